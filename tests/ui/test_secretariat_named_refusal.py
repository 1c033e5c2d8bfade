"""A chair's bundle refused because a secretariat's pack named its laptop's workspace as the
secretariat's (app/bundles/team_origins.py) says in the window, in Swedish, which pack's key named it
and what the chair and secretariat can do."""

from __future__ import annotations

from app.messages import message
from ui import bundle_messages, i18n


def test_the_refusal_names_the_packs_key_and_the_oldest_format(qapp) -> None:
    why = message("origin-secretariat-named", origin="0123456789abcdef", key="fedcba9876543210")
    assert "--oldest-format" in why.english() and "fedcba9876543210" in why.english()
    i18n.install("sv", qapp)
    try:
        said = bundle_messages.say_why(why)
    finally:
        i18n.install("en", qapp)
    assert said.startswith("Närmare bestämt: paketet säger att det gjordes på en dator")
    assert "nyckeln fedcba9876543210" in said
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
