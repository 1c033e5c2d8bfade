"""A chair opens the secretariat's follow-up from a file (Swedish): her own table's is opened and she is
told what it brought (and, a second time, that it brought nothing new); another table's follow-up (the
secretariat's folder holds one per table) is refused in her language, and no "opened" is said."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import notes
from app.proposals.exchange import export_followup
from tests.app.proposals.followup_world import _World

from .real_hands import in_swedish, open_table


@pytest.fixture
def world(tmp_path: Path):
    made = _World(tmp_path)
    yield made
    made.close()


def _open(qtbot, chair, path: Path, boxes, **accepted) -> None:
    """The file as the chair picks it in the picker's Öppna fil…, and the answer to it on the screen."""
    chair.show_picker()
    before = boxes.question.call_count + boxes.information.call_count
    chair.picker.open_file(path, **accepted)
    qtbot.waitUntil(lambda: boxes.question.call_count + boxes.information.call_count > before)


def _table_notes(workspace, cid: str, table: int) -> list[str]:
    rows = workspace.store.select("note")
    return [r["text"] for r in rows if r["conference_id"] == cid and r["table_number"] == table]


def test_her_tables_follow_up_says_what_it_brought_and_a_second_time_that_it_brought_nothing(
    qtbot, qapp, world, boxes
):
    in_swedish(qapp)
    cid = world.conference_id
    followup = export_followup(world.kansli, cid, world.folder / "uppf-bord1.rbz", table=1).path
    chair = open_table(qtbot, world.laptop, cid, 1)
    _open(qtbot, chair, followup, boxes)
    boxes.question.assert_not_called()
    (_parent, title, text), _ = boxes.information.call_args
    assert title == "Uppföljning öppnad"
    assert "uppföljning för bord 1" in text and "0 nya och 1 ändrade" in text
    assert "Bussen går sällan" in _table_notes(world.laptop, cid, 1)  # the secretariat's correction

    _open(qtbot, chair, followup, boxes)
    (_parent, title, text), _ = boxes.information.call_args
    assert title == "Redan öppnad" and "inget nytt" in text
    chair.close()


def test_another_tables_follow_up_is_refused_in_swedish_and_nothing_is_taken(qtbot, qapp, world, boxes):
    in_swedish(qapp)
    cid = world.conference_id
    notes.add_note(world.kansli.store, cid, 2, 2, "Bord tvås egna ord")
    followup = export_followup(world.kansli, cid, world.folder / "uppf-bord2.rbz", table=2).path
    chair = open_table(qtbot, world.laptop, cid, 1)
    chair.show_picker()
    chair.picker.open_file(followup)
    qtbot.waitUntil(lambda: boxes.error.called)
    boxes.information.assert_not_called()  # no "opened" for a file that was not
    (_parent, title, text), _ = boxes.error.call_args
    assert "uppf-bord2.rbz" in title and "bord 2" in text and "bord 1" in text, (title, text)
    assert _table_notes(world.laptop, cid, 2) == []
    chair.close()
