"""A chair's bundle refused because a secretariat's pack named its laptop's workspace as the
secretariat's (app/bundles/team_origins.py) says in the window, in Swedish, which secretariat's pack
named it, by the name the secretariat trusts that key under (the key id as the detail), and what the
chair and secretariat can do."""

from __future__ import annotations

from app.messages import message
from ui import bundle_messages, i18n


def test_the_refusal_names_the_packs_secretariat_and_the_oldest_format(qapp) -> None:
    why = message(
        "origin-secretariat-named", origin="0123456789abcdef", key="fedcba9876543210", name="Region Norr"
    )
    assert "--oldest-format" in why.english()
    assert "the secretariat you trust as 'Region Norr' (key fedcba9876543210)" in why.english()
    i18n.install("sv", qapp)
    try:
        said = bundle_messages.say_why(why)
    finally:
        i18n.install("en", qapp)
    assert said.startswith("Närmare bestämt: paketet säger att det gjordes på en dator")
    assert "från sekretariatet ”Region Norr” (nyckel fedcba9876543210 i Betrodda nycklar)" in said
    assert "fråga det sekretariatet" in said
    assert "rundabord export --oldest-format" in said


def test_a_bundle_naming_a_secretarys_workspace_is_told_in_swedish(qapp) -> None:
    why = message("origin-store-writer", origin="0123456789abcdef")
    i18n.install("sv", qapp)
    try:
        said = bundle_messages.say_why(why)
    finally:
        i18n.install("en", qapp)
    assert said == (
        "Närmare bestämt: paketet säger att det gjordes på en dator som är en av sekretariatets egna:"
        " en ordförandes nyckel signerar bara paket från hennes egna datorer"
    )
