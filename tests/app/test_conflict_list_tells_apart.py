"""`conflict list` cuts each side to one line. A chair's pasted e-mail corrected at its end on one laptop
and the secretariat's correction at the same end printed the same cut line twice: the secretary could
not tell which to keep. Two sides alike up to the cut are now shown from a little before they part."""

from __future__ import annotations

from app import notes
from app.demo import ensure_demo
from app.workspace import Workspace
from tests.edited_on_both import corrected_on_both
from tests.two_secretaries import run_cli as run

PASTED = (
    "Inklistrat från mejlet:\n\n\tPunkt 1\tbudget för ungdomsrådet\n\tPunkt 2\tlokaler i Folkets hus"
    "\n\n— Hälsningar"
)


def test_two_long_sides_alike_at_the_start_print_where_they_differ(capsys, tmp_path) -> None:
    office = Workspace.create(tmp_path / "kansli", "secretariat")
    conference_id = ensure_demo(office.store)
    note_id = notes.add_note(office.store, conference_id, 7, 1, PASTED)
    ours, theirs = f"{PASTED}, Karin (rättat av sekretariatet)", f"{PASTED}, Karin (rättat vid bordet)"
    corrected_on_both(office.store, note_id, tmp_path / "bord-7", ours, theirs)

    code, out, err = run(capsys, office, "conflict", "list")
    assert (code, err) == (0, ""), err
    [ours] = [line for line in out.splitlines() if line.startswith("    ours:")]
    [theirs] = [line for line in out.splitlines() if line.startswith("    theirs:")]
    assert ours.split(":", 1)[1].strip() != theirs.split(":", 1)[1].strip(), out
    assert "(rättat av sekretariatet)" in ours + theirs and "(rättat vid bordet)" in ours + theirs, out
    assert all(len(line.split(":", 1)[1].strip()) <= 70 for line in (ours, theirs))
    office.close()
