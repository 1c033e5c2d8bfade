"""A chair's new key, held in quarantine, keeps her trusted name on `quarantine accept` while her old key
is still trusted: its bundle carries the old key's workspace, so it is her renewed laptop, not a second
one that needs a name of its own."""

from __future__ import annotations

from app import notes
from app.bundles import import_files, quarantine, trust
from app.workspace import Workspace

from . import test_copied_profile
from .test_copied_profile import TABLE
from .test_lost_key_edits import EDITED, _lost_key_after_edits, _run

day = test_copied_profile.day  # the fixture: the office, table 7's laptop and its copies


def test_a_renewed_key_is_accepted_under_its_chairs_trusted_name(day, capsys):
    note_id, old_key, _old_origin, export = _lost_key_after_edits(day)
    [receipt] = import_files(day.office, [export])
    assert receipt.status == "quarantined"
    [held] = quarantine.held(day.office.store)
    assert any(e.key_id == old_key and e.active for e in trust.entries(day.office.store))
    day.office.close()
    capsys.readouterr()
    assert _run("--workspace", day.tmp / "kansli", "quarantine", "accept", held.key_id) == 0
    out = capsys.readouterr().out
    assert f"trusted Karin Sjöström ({held.key_id}) as chair of table {TABLE}" in out, out
    assert "takes over the edits its laptop made" in out
    day.office = Workspace(day.tmp / "kansli")
    assert day.office.store.get("note", note_id)["text"] == EDITED
    texts = {n.text for n in notes.list_notes(day.office.store, day.conference_id, table_number=TABLE)}
    assert "Skrivet med den nya nyckeln" in texts
