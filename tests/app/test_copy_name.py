"""The name a table's bundle gets on a USB stick, from a region's real conference titles."""

from __future__ import annotations

from app.handoff import copy_name


def test_a_long_title_is_shortened_between_words():
    name = copy_name(
        "Rundabordssamtal om framtidens välfärdsförsörjning i glesbygdskommunerna – vår 2027",
        "2027-04-20",
        12,
    )
    assert name == "Bord-12-Rundabordssamtal-om-framtidens-valfardsforsorjning-i-2027-04-20.rbz"


def test_a_short_title_is_kept_whole_and_marks_are_folded():
    assert (
        copy_name("Rundabordssamtal våren 2026", "2026-03-12", 7)
        == "Bord-07-Rundabordssamtal-varen-2026-03-12.rbz"
    )
    assert (
        copy_name('Möte: "Framtid/Nu" <2027>?', "2027-04-20", 3) == "Bord-03-Mote-framtid-nu-2027-04-20.rbz"
    )
