"""`rundabord store prune`: a pruned store sheds the digests of superseded lines and keeps each export's
lines as its change since the one before, and then judges a re-export, a copied profile's fork and an
export arriving late exactly as the unpruned store does: the same receipts, records, conflicts and
fork evidence."""

from __future__ import annotations

from app import conflicts, notes
from app.bundles import import_files
from app.cli import main
from app.merge.forks import load_evidence
from app.store_prune import prune

from . import test_copied_profile
from .conftest import canonical_dump

day = test_copied_profile.day  # the fixture: the office, table 7's laptop and its copies


def _receipts(office, paths) -> list[tuple]:
    return [(r.status, r.check, tuple(sorted((r.counts or {}).items()))) for r in import_files(office, paths)]


def _evidence(office) -> object:
    evidence = load_evidence(office.store)
    if evidence is None:
        return None
    versions = {rid: (kind, sorted(map(repr, found))) for rid, (kind, found) in evidence.versions.items()}
    return evidence.forked, sorted(evidence.carriers), evidence.ancestors, versions


def _size(office, sql: str) -> int:
    return office.store.conn.execute(sql).fetchone()[0] or 0


def test_a_pruned_store_judges_re_exports_forks_and_late_exports_as_before(day, capsys):
    first = [day.note(day.laptop, f"Anteckning {n}: fler bussar till Åby") for n in range(6)]
    exports = [day.export(day.laptop)]
    notes.edit_note(day.laptop.store, first[0], text="Ändrad: bussar även på helgerna")
    day.note(day.laptop, "En ny anteckning om mötesplatser")
    exports.append(day.export(day.laptop))
    notes.edit_note(day.laptop.store, first[1], text="Ändrad: ”sista bussen går 21.10”")
    exports.append(day.export(day.laptop))
    plain, pruned = day.secretariat("kansli-a"), day.secretariat("kansli-b")
    assert _receipts(plain, exports) == _receipts(pruned, exports)

    digests = _size(pruned, "SELECT count(*) FROM merge_lines WHERE record_id IS NOT NULL")
    listed = _size(pruned, "SELECT sum(length(lines)) FROM merge_carriers")
    done = prune(pruned.store)
    assert done.digests == 2  # the first lines of the two edited notes
    assert _size(pruned, "SELECT count(*) FROM merge_lines WHERE record_id IS NOT NULL") == digests - 2
    assert done.exports == 2 and _size(pruned, "SELECT sum(length(lines)) FROM merge_carriers") < listed
    assert prune(pruned.store).digests == 0  # nothing more to prune; the deltas stay as they are

    later = [day.export(day.laptop)]  # a re-export, nothing changed
    twin = day.copy_profile()  # then the profile is copied, and both copies edit the same note
    notes.edit_note(twin.store, first[2], text="Kopian: bussar till sjukhuset")
    notes.edit_note(day.laptop.store, first[2], text="Originalet: bussar till skolan")
    notes.edit_note(day.laptop.store, first[0], text="Originalet igen: helgbussar")
    copy_export, original_export = day.export(twin), day.export(day.laptop)
    twin.close()
    later += [original_export, copy_export, exports[0]]  # the copy's arrives after; an old one again
    assert _receipts(plain, later) == _receipts(pruned, later)
    assert canonical_dump(plain.store) == canonical_dump(pruned.store)
    assert (
        {(c.ours, c.theirs) for c in conflicts.open_conflicts(plain.store)}
        == {(c.ours, c.theirs) for c in conflicts.open_conflicts(pruned.store)}
        != set()
    )
    assert _evidence(plain) == _evidence(pruned) is not None

    pruned.close()
    capsys.readouterr()
    assert main(["--workspace", str(day.tmp / "kansli-b"), "store", "prune"]) == 0
    said = capsys.readouterr().out
    assert "digests of superseded lines" in said and "kept as their change since the one before" in said
    plain.close()
