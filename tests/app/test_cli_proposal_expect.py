"""The command line's proposal edits (`status`, `summary`, `add`, `remove`, `link`, `unlink`, `unmerge`,
`merge`) never write over a change they did not see: each takes `--expect-rev`, the rev `proposal show` or
`proposal list --json` printed, and is refused with one line of English and exit code 2, writing
nothing, when the proposal changed since. On PostgreSQL (two secretaries, two workspaces) the rev is
required; on SQLite (one workspace used twice) it is checked when given.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from app import notes, proposals
from app.typed_ids import short_id
from tests.two_secretaries import autumn_conference, two_secretaries
from tests.two_secretaries import run_cli as run

SPRING = (
    ("Busskort för alla under 20 – även sommarlovet!!", 4),
    ("Gratis busskort för unga hela året", 3),
    ("Läxhjälp på biblioteket i Åsele, två kvällar i veckan", 2),
)


@dataclass
class Office:
    pair: object
    ids: list[str]  # three spring proposals
    group: str  # the first two, merged
    autumn: str  # a proposal of the autumn conference, raised again


@pytest.fixture
def office(backend, tmp_path, request):
    dsn = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    pair = two_secretaries(backend, tmp_path, dsn)
    anna = pair.anna.store
    ids = [
        notes.add_note(anna, pair.conference_id, table, 2, text, kind="proposal", votes=votes)
        for table, (text, votes) in enumerate(SPRING, start=1)
    ]
    group = proposals.merge(anna, ids[:2], text="Busskort för unga, hela året")
    autumn = notes.add_note(
        anna, autumn_conference(anna), 5, 2, "Busskorten igen: fortfarande för dyra?", kind="proposal"
    )
    yield Office(pair, ids, group, autumn)
    pair.close()


def shown_rev(capsys, workspace, proposal_id: str) -> str:
    code, out, err = run(capsys, workspace, "proposal", "show", proposal_id, "--json")
    assert (code, err) == (0, ""), err
    return json.loads(out)["rev"]


def state(store, office: Office) -> list:
    """Everything the commands below could change, to see that a refused one changed nothing."""
    found = []
    for pid in (office.group, office.ids[2], office.autumn):
        try:
            p = proposals.find_proposal(store, pid)
        except Exception:
            found.append(None)
            continue
        links = sorted(r.id for r in proposals.recurrences(store, [p]))
        found.append(
            (p.id, p.text, p.status, [n.id for n in p.originals], links, proposals.summary_of(store, p.id))
        )
    return found


# Each command, what it is checked on (the proposal whose rev it is given), and what it did when it went
# through.
COMMANDS = {
    "status": (lambda o: ["status", o.group, "selected", "--decision", "Tas upp i Tillväxtrådet"], "group"),
    "summary": (lambda o: ["summary", o.group, "Regionen utreder busskort för unga."], "group"),
    "add": (lambda o: ["add", o.group, o.ids[2]], "group"),
    "remove": (lambda o: ["remove", o.group, o.ids[1]], "group"),
    "unmerge": (lambda o: ["unmerge", o.group], "group"),
    "link": (lambda o: ["link", o.autumn, o.group], "autumn"),
    "unlink": (lambda o: ["unlink", o.autumn, o.group], "autumn"),
}


def _went_through(store, office: Office, command: str) -> bool:
    if command in ("unmerge", "remove"):  # the original is a proposal of its own again
        return proposals.find_proposal(store, office.ids[1]).id == office.ids[1]
    later = proposals.find_proposal(store, office.autumn)
    linked = bool(proposals.recurrences(store, [later]))
    group = proposals.find_proposal(store, office.group)
    return {
        "status": group.status == "selected",
        "summary": proposals.summary_of(store, office.group) == "Regionen utreder busskort för unga.",
        "add": len(group.originals) == 3,
        "link": linked,
        "unlink": not linked,
    }[command]


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_each_edit_from_a_rev_someone_changed_since_is_refused_and_writes_nothing(
    office, capsys, command
) -> None:
    pair = office.pair
    anna, britt = pair.anna.store, pair.britt.store
    if command == "unlink":
        proposals.link_again(anna, office.autumn, office.group)
    args, checked = COMMANDS[command]
    target = getattr(office, checked)
    anna_read = shown_rev(capsys, pair.anna, target)
    assert shown_rev(capsys, pair.britt, target) == anna_read  # both read the same proposal

    proposals.set_status(britt, target, "shortlisted", decided_by="Britt Ek")  # Britt decides meanwhile
    before = state(anna, office)
    code, out, err = run(capsys, pair.anna, "proposal", *args(office), "--expect-rev", anna_read)
    assert code == 2 and out == "", (out, err)
    assert len(err.strip().splitlines()) == 1
    who = "another command or window of this workspace" if pair.shared_folder else "Britt Ek"
    assert f"was changed after rev {anna_read} (its status by {who})" in err
    assert "nothing was written" in err
    assert state(anna, office) == before
    assert not _went_through(anna, office, command)

    # Read again, do it again: now it is made on what she saw.
    now = shown_rev(capsys, pair.anna, target)
    assert f"--expect-rev {now}" in err and now != anna_read
    code, out, err = run(capsys, pair.anna, "proposal", *args(office), "--expect-rev", now)
    assert (code, err) == (0, "")
    assert _went_through(britt, office, command)


def test_unmerging_a_proposal_reworded_since_is_refused_and_says_so(office, capsys) -> None:
    pair = office.pair
    anna_read = shown_rev(capsys, pair.anna, office.group)
    proposals.rename_group(pair.britt.store, office.group, "Busskort för alla unga i länet")
    code, _out, err = run(capsys, pair.anna, "proposal", "unmerge", office.group, "--expect-rev", anna_read)
    assert code == 2
    who = "another command or window of this workspace" if pair.shared_folder else "Britt Ek"
    assert f"(its wording by {who})" in err
    assert proposals.find_proposal(pair.anna.store, office.group).text == "Busskort för alla unga i länet"


def test_list_json_gives_the_same_rev_as_show(office, capsys) -> None:
    pair = office.pair
    proposals.set_summary(pair.anna.store, office.group, "Regionen svarar i maj.")
    code, out, _ = run(capsys, pair.anna, "proposal", "list", "--conference", pair.conference_id, "--json")
    assert code == 0
    listed = {json.loads(line)["id"]: json.loads(line)["rev"] for line in out.splitlines()}
    assert listed[office.group] == shown_rev(capsys, pair.anna, office.group)
    assert listed[office.ids[2]] == shown_rev(capsys, pair.anna, office.ids[2])
    code, out, _ = run(capsys, pair.anna, "proposal", "show", office.group)
    assert "summary:  Regionen svarar i maj." in out and "merged:   " in out


def test_without_a_rev_a_shared_store_asks_for_one_and_any_writes_over(office, capsys, backend) -> None:
    pair = office.pair
    code, out, err = run(capsys, pair.anna, "proposal", "summary", office.group, "Utreds.")
    if backend == "postgresql":
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
        assert "--expect-rev REV" in err and f"rundabord proposal show {office.group}" in err
        assert proposals.summary_of(pair.britt.store, office.group) == ""
        code, out, err = run(
            capsys, pair.anna, "proposal", "summary", office.group, "Utreds.", "--expect-rev", "any"
        )
    assert (code, err) == (0, "")
    assert proposals.summary_of(pair.britt.store, office.group) == "Utreds."


@pytest.mark.parametrize("rev", ["0000-nej", "12ae32-12c775-12ae32-35b523", "ÅÄÖ"])
def test_a_rev_of_another_shape_is_refused(office, capsys, rev) -> None:
    pair = office.pair
    code, _out, err = run(capsys, pair.anna, "proposal", "unmerge", office.group, "--expect-rev", rev)
    assert code == 2 and "is not a proposal's rev" in err and len(err.strip().splitlines()) == 1
    assert proposals.find_proposal(pair.anna.store, office.group).is_group


# `proposal merge` names several proposals: one rev each, in the order of the ids.
MEANWHILE = {
    "status": (
        lambda britt, o, extra: proposals.set_status(britt, extra, "shortlisted", decided_by="Britt Ek")
    ),
    "wording": (lambda britt, o, extra: notes.edit_note(britt, extra, text="Läxhjälp i Åsele varje kväll")),
    "members": (lambda britt, o, extra: proposals.merge(britt, [o.ids[2], extra])),
}
ASPECT_SAID = {"status": "its status", "wording": "its wording", "members": "what it is merged from"}


def _groups(store) -> list[str]:
    return sorted(r["id"] for r in store.select("proposal_group", include_deleted=True))


@pytest.mark.parametrize("change", sorted(MEANWHILE))
def test_merging_proposals_one_of_which_changed_since_read_is_refused_and_writes_nothing(
    office, capsys, change
) -> None:
    pair = office.pair
    anna, britt = pair.anna.store, pair.britt.store
    extra = notes.add_note(anna, pair.conference_id, 4, 2, "Läxhjälp i Åsele", kind="proposal")
    ids = [office.ids[2], extra]
    read = [shown_rev(capsys, pair.anna, pid) for pid in ids]

    MEANWHILE[change](britt, office, extra)
    before_groups, before = _groups(anna), state(anna, office)
    code, out, err = run(
        capsys, pair.anna, "proposal", "merge", *ids, "--expect-rev", read[0], "--expect-rev", read[1]
    )
    assert code == 2 and out == "", (out, err)
    assert len(err.strip().splitlines()) == 1
    who = "another command or window of this workspace" if pair.shared_folder else "Britt Ek"
    changed = office.ids[2] if change == "members" else extra  # Britt's merge took the first one too
    assert f"proposal {short_id(changed)} was changed after rev" in err
    assert f"({ASPECT_SAID[change]} by {who})" in err and "nothing was written" in err
    assert (_groups(anna), state(anna, office)) == (before_groups, before)
    if change == "members":
        return  # merged meanwhile: what Anna meant is now `proposal add`
    # Read again, merge again: made on what she saw, the merged proposal keeps Britt's change.
    fresh = [shown_rev(capsys, pair.anna, pid) for pid in ids]
    code, out, err = run(capsys, pair.anna, "proposal", "merge", *ids, *_revs(fresh))
    assert (code, err) == (0, ""), err
    merged = proposals.find_proposal(britt, out.strip())
    assert sorted(n.id for n in merged.originals) == sorted(ids)


def _revs(revs: list[str]) -> list[str]:
    return [part for rev in revs for part in ("--expect-rev", rev)]


def test_merging_with_unchanged_revs_goes_through_on_both_backends(office, capsys) -> None:
    pair = office.pair
    extra = notes.add_note(pair.anna.store, pair.conference_id, 4, 2, "Läxhjälp i Åsele", kind="proposal")
    ids = [short_id(office.ids[2]).upper(), extra]  # a typed prefix, in capitals, is the proposal it names
    revs = [shown_rev(capsys, pair.anna, pid) for pid in ids]
    code, out, err = run(capsys, pair.anna, "proposal", "merge", *ids, *_revs(revs), "--text", "Läxhjälp")
    assert (code, err) == (0, ""), err
    merged = proposals.find_proposal(pair.britt.store, out.strip())
    assert merged.text == "Läxhjälp" and sorted(n.id for n in merged.originals) == sorted(
        [office.ids[2], extra]
    )


def test_merging_without_a_rev_for_each_proposal(office, capsys, backend) -> None:
    pair = office.pair
    extra = notes.add_note(pair.anna.store, pair.conference_id, 4, 2, "Läxhjälp i Åsele", kind="proposal")
    ids = [office.ids[2], extra]
    groups = _groups(pair.anna.store)
    one = shown_rev(capsys, pair.anna, ids[0])
    code, out, err = run(capsys, pair.anna, "proposal", "merge", *ids, "--expect-rev", one)  # one of two
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "give one --expect-rev for each proposal merged, in the order of their ids (1 given for 2)" in err
    code, out, err = run(capsys, pair.anna, "proposal", "merge", *ids)
    if backend == "postgresql":  # others share the store: a rev is required
        assert code == 2 and out == "" and "(0 given for 2)" in err
        assert _groups(pair.britt.store) == groups
        code, out, err = run(capsys, pair.anna, "proposal", "merge", *ids, "--expect-rev", "any")
    assert (code, err) == (0, ""), err
    assert proposals.find_proposal(pair.britt.store, ids[1]).id == out.strip()
