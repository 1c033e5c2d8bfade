"""A conflict on a process's or a theme's field (they belong to a county's programme, not to one
conference) is listed under every conference of the process, once, in `open_conflicts` and so in the
window and `conflict list --conference`; settling it from one conference sends the decision in that
conference's signed follow-up, and the other store closes the conflict too."""

from __future__ import annotations

import dataclasses
import json

from app import conferences, conflicts, demo, prepare
from app.bundles import import_files
from app.bundles import trust as trust_list
from app.bundles.identity import create_identity
from app.proposals.exchange import SECRETARIAT, export_followup, followup_records
from app.workspace import Workspace
from tests.clocks import edits_after


def _conflicted(request, backend: str, tmp_path):
    """Two trusting secretariats that edited the process's organisation and the first theme's name at
    once; the colleague's follow-up has reached the secretariat. (kansli, colleague, conference, other
    conference of the same process, process id, theme id, follow_up)"""
    database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    kansli = Workspace.create(tmp_path / "kansli", "secretariat", database=database)
    colleague = Workspace.create(tmp_path / "kollega", "secretariat")
    sent: list[int] = []

    def follow_up(source: Workspace, target: Workspace, conference_id: str) -> None:
        sent.append(len(sent) + 1)
        bundle = export_followup(
            source, conference_id, tmp_path / f"follow-up-{sent[-1]}.rbz", recipient=SECRETARIAT
        )
        [receipt] = import_files(target, [bundle.path])
        assert receipt.status == "imported", receipt.reason

    kansli_key = create_identity(kansli, "Kansliet Åsele")
    colleague_key = create_identity(colleague, "Britt Ek")
    trust_list.add(kansli.store, colleague_key.public_key, "Britt Ek", "secretariat")
    trust_list.add(colleague.store, kansli_key.public_key, "Kansliet Åsele", "secretariat")
    conference_id = demo.ensure_demo(kansli.store)
    description = demo.demo_description()
    autumn = dataclasses.replace(description, conference={**description.conference, "title": "Hösten"})
    other_id = conferences.create_conference(kansli.store, autumn)
    process_id = conferences.conference(kansli.store, conference_id).process_id
    theme_id = conferences.themes(kansli.store, process_id)[0].id
    follow_up(kansli, colleague, conference_id)

    prepare.edit_process(kansli.store, process_id, organisation="Region Norr")
    prepare.rename_theme(kansli.store, theme_id, "Kollektivtrafik")
    edits_after(colleague.store, kansli.store)  # the colleague's values are the later ones
    prepare.edit_process(colleague.store, process_id, organisation="Region Nord")
    prepare.rename_theme(colleague.store, theme_id, "Bussar och tåg")
    follow_up(colleague, kansli, conference_id)
    return kansli, colleague, conference_id, other_id, process_id, theme_id, follow_up


def _listed(store, conference_id: str) -> list[tuple[str, str, object, object]]:
    return sorted(
        (c.record_type, c.field, c.ours, c.theirs)
        for c in conflicts.open_conflicts(store, conference_id)
        if c.record_type in ("process", "theme")
    )


def test_a_process_or_theme_conflict_is_listed_under_its_conferences_and_settling_travels(
    backend: str, tmp_path, request
) -> None:
    kansli, colleague, conference_id, other_id, process_id, theme_id, follow_up = _conflicted(
        request, backend, tmp_path
    )
    try:
        expected = [
            ("process", "organisation", "Region Nord", "Region Norr"),
            ("theme", "name", "Bussar och tåg", "Kollektivtrafik"),
        ]
        assert _listed(kansli.store, conference_id) == expected  # once each
        assert _listed(kansli.store, other_id) == expected
        found = conflicts.open_conflicts(kansli.store, conference_id)
        assert {c.conference_id for c in found} == {conference_id}

        by_type = {c.record_type: c for c in found}
        conflicts.resolve(
            kansli.store, by_type["process"].id, "theirs", conference_id=by_type["process"].conference_id
        )
        resolution_id = conflicts.resolve(
            kansli.store, by_type["theme"].id, "ours", conference_id=conference_id
        )
        assert _listed(kansli.store, conference_id) == [] and _listed(kansli.store, other_id) == []
        travelling = {r["id"] for r in followup_records(kansli.store, conference_id)}
        assert resolution_id in travelling

        follow_up(kansli, colleague, conference_id)
        assert _listed(colleague.store, conference_id) == []
        assert prepare.process(colleague.store, process_id).organisation == "Region Norr"
        assert prepare.theme(colleague.store, theme_id).name == "Bussar och tåg"
        assert resolution_id in {r["id"] for r in colleague.store.dump("conflict_resolution")}
    finally:
        colleague.close()
        kansli.close()


def test_the_cli_lists_it_under_the_conference_and_settles_it_for_that_conference(
    backend: str, tmp_path, request, capsys
) -> None:
    from tests.two_secretaries import run_cli

    kansli, colleague, conference_id, _other_id, process_id, _theme_id, _follow_up = _conflicted(
        request, backend, tmp_path
    )
    try:
        code, out, _ = run_cli(capsys, kansli, "conflict", "list", "--conference", conference_id, "--json")
        assert code == 0
        listed = [json.loads(line) for line in out.splitlines()]
        [process_line] = [line for line in listed if line["record"] == process_id]
        assert (process_line["type"], process_line["conference"]) == ("process", conference_id)
        code, _, err = run_cli(
            capsys,
            kansli,
            "conflict",
            "resolve",
            process_line["id"][:8],
            "--keep",
            "theirs",
            "--expect-rev",
            process_line["rev"],
            "--conference",
            conference_id,
        )
        assert code == 0, err
        # One copy for each conference of the process, each in its own conference's follow-up
        copies = kansli.store.select("conflict_resolution", "record_id = ?", (process_id,))
        assert sorted(r["conference_id"] for r in copies) == sorted([conference_id, _other_id])
        for resolution in copies:
            carried = {r["id"] for r in followup_records(kansli.store, resolution["conference_id"])}
            assert resolution["id"] in carried
    finally:
        colleague.close()
        kansli.close()
