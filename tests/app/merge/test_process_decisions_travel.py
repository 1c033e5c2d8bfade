"""A decision on a process's or a theme's field (shared by every conference of the process) travels in
the follow-up of every conference of the process, whether it was taken on the command line with or
without `--conference` or in the window; each conference lists it once among its settled conflicts, and
reopening it withdraws it everywhere. A chair's laptop of the other conference takes that conference's
follow-up with the decision in it. On SQLite and PostgreSQL."""

from __future__ import annotations

import json

from app import conflicts, notes
from app.bundles import import_files
from app.bundles.export import export_pack
from app.proposals.exchange import export_followup, followup_records
from app.workspace import Workspace
from tests.app.merge.test_process_conflicts_listed import _conflicted, _listed
from tests.two_secretaries import run_cli


def chair_of_table_1(kansli: Workspace, conference_id: str, folder) -> Workspace:
    """A chair's laptop at table 1: it opened the conference's pack and wrote a note there, so it takes
    table 1's follow-up (app/bundles/table_scope.py)."""
    chair = Workspace.create(folder / "ordförande", "chair")
    [pack] = import_files(chair, [export_pack(kansli, conference_id, folder / "pack.rbz").path])
    assert pack.status == "imported", pack.reason
    notes.add_note(chair.store, conference_id, 1, 1, "Fler mötesplatser för unga")
    return chair


def _carried(store, conference_id: str, record_id: str) -> list[dict]:
    return [
        r
        for r in followup_records(store, conference_id)
        if r["type"] == "conflict_resolution" and r["fields"]["record_id"] == record_id
    ]


def test_settled_without_a_conference_it_travels_in_the_follow_up_of_every_conference_of_the_process(
    backend: str, tmp_path, request, capsys
) -> None:
    kansli, colleague, conference_id, other_id, process_id, _theme_id, _follow_up = _conflicted(
        request, backend, tmp_path
    )
    chair = None
    try:
        code, out, _ = run_cli(capsys, kansli, "conflict", "list", "--json")
        [line] = [json.loads(x) for x in out.splitlines() if json.loads(x)["record"] == process_id]
        assert line["conference"] is None  # the whole store's list names no conference for it
        code, out, err = run_cli(
            capsys,
            kansli,
            "conflict",
            "resolve",
            line["id"][:8],
            "--keep",
            "theirs",
            "--expect-rev",
            line["rev"],
        )
        assert code == 0, err
        assert "the process is shared: the decision travels in the follow-ups of" in out
        assert "Hösten" in out
        assert _listed(kansli.store, conference_id) == _listed(kansli.store, other_id)
        assert [c for c in _listed(kansli.store, other_id) if c[0] == "process"] == []

        # One copy in each conference's follow-up, naming that conference; before, none in either.
        for each in (conference_id, other_id):
            [carried] = _carried(kansli.store, each, process_id)
            assert carried["fields"]["conference_id"] == each and not carried["deleted"]

        # The other conference's chair takes its follow-up (the chair trusts that conference's
        # secretariat with that conference's records only): the decision is on the laptop.
        chair = chair_of_table_1(kansli, other_id, tmp_path)
        bundle = export_followup(kansli, other_id, tmp_path / "hösten-uppföljning.rbz", table=1)
        [receipt] = import_files(chair, [bundle.path])
        assert receipt.status == "imported", receipt.reason
        [on_laptop] = chair.store.select("conflict_resolution", "record_id = ?", (process_id,))
        assert on_laptop["conference_id"] == other_id
        assert chair.store.require("process", process_id)["organisation"] == "Region Norr"

        # Settled once under each conference, and once in the whole store's list.
        for each in (conference_id, other_id, None):
            shown = [s for s in conflicts.settled(kansli.store, each) if s.record_id == process_id]
            assert len(shown) == 1, each
            assert shown[0].kept == "Region Norr"
        code, out, _ = run_cli(capsys, kansli, "conflict", "list", "--settled", "--conference", other_id)
        assert out.count("process") == 1 and "kept:      Region Norr" in out

        # Reopening it (from either conference's list) withdraws every copy: open again under both.
        [shown] = [s for s in conflicts.settled(kansli.store, other_id) if s.record_id == process_id]
        code, out, err = run_cli(capsys, kansli, "conflict", "reopen", shown.id[:8])
        assert code == 0, err
        for each in (conference_id, other_id):
            assert [c[0] for c in _listed(kansli.store, each)].count("process") == 1
            [carried] = _carried(kansli.store, each, process_id)
            assert carried["deleted"]  # the withdrawal travels in both follow-ups too
        assert not [s for s in conflicts.settled(kansli.store, None) if s.record_id == process_id]
    finally:
        if chair is not None:
            chair.close()
        colleague.close()
        kansli.close()


def test_a_decision_recorded_under_one_conference_is_listed_as_settled_under_the_others(
    backend: str, tmp_path, request
) -> None:
    """A decision taken before decisions were copied named one conference (or none): every conference of
    the process lists it among its settled conflicts."""
    kansli, colleague, conference_id, other_id, process_id, theme_id, _follow_up = _conflicted(
        request, backend, tmp_path
    )
    try:
        for record_type, record_id, named in (
            ("process", process_id, conference_id),
            ("theme", theme_id, ""),
        ):
            [conflict] = [c for c in conflicts.open_conflicts(kansli.store) if c.record_id == record_id]
            record = kansli.store.require(record_type, record_id)
            versions = [
                {
                    "rev": conflict.theirs_stamp[0],
                    "origin": conflict.theirs_stamp[1],
                    "value": conflict.theirs,
                },
                {"rev": conflict.ours_stamp[0], "origin": conflict.ours_stamp[1], "value": conflict.ours},
            ]
            kansli.store.write(
                "conflict_resolution",
                None,
                {
                    "conference_id": named,
                    "record_type": record_type,
                    "record_id": record_id,
                    "field": conflict.field,
                    "choice": "ours",
                    "kept": record["stamps"][conflict.field],
                    "reviewed": [json.dumps(v, ensure_ascii=False, sort_keys=True) for v in versions],
                },
            )
        for each in (conference_id, other_id):
            shown = sorted(s.record_type for s in conflicts.settled(kansli.store, each))
            assert shown == ["process", "theme"], each
    finally:
        colleague.close()
        kansli.close()
