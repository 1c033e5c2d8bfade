"""The preparation edits of the command line (`conference edit`, `question edit|move|delete`, `table
edit|delete`, `process edit`, `theme rename`) take the rev their listing printed as `--expect-rev`: a
change another secretary made meanwhile is never overwritten unseen. One line, exit 2, nothing written;
required on PostgreSQL, `any` overrides."""

from __future__ import annotations

import json
import re

from app import conferences, prepare
from tests.two_secretaries import run_cli as run


def listed(capsys, workspace, *args: str) -> list[dict]:
    code, out, err = run(capsys, workspace, *args, "--json")
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


def refused(pair, code: int, out: str, err: str, what: str, read: str) -> str:
    """The one-line refusal; returns the rev it says the thing is at now."""
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    who = "another command or window of this workspace" if pair.shared_folder else "Britt Ek"
    assert f"{what} was changed by {who} after rev {read}" in err and "nothing was written" in err, err
    found = re.search(r"it is at rev ([0-9a-f]{8}) now", err)
    assert found, err
    return found.group(1)


def test_a_question_edit_on_a_question_changed_since_is_refused_and_writes_nothing(pair, capsys) -> None:
    cid = pair.conference_id
    [first, *_] = listed(capsys, pair.anna, "question", "list", "--conference", cid)
    _code, out, _ = run(capsys, pair.anna, "question", "list", "--conference", cid)
    assert f"rev {first['rev']})" in out.splitlines()[0]  # the plain listing prints it too
    britt = pair.britt.store
    prepare.edit_question(britt, first["id"], text="Britts fråga")  # meanwhile

    edit = ("question", "edit", "--conference", cid, "1", "--text", "Annas fråga")
    now = refused(
        pair, *run(capsys, pair.anna, *edit, "--expect-rev", first["rev"]), "question 1", first["rev"]
    )
    assert conferences.questions(britt, cid)[0].text == "Britts fråga"
    assert now == listed(capsys, pair.anna, "question", "list", "--conference", cid)[0]["rev"]
    assert run(capsys, pair.anna, *edit, "--expect-rev", now)[0] == 0
    assert conferences.questions(britt, cid)[0].text == "Annas fråga"


def test_a_question_moved_meanwhile_is_not_the_one_typed_and_is_refused(pair, capsys) -> None:
    cid = pair.conference_id
    [first, second, *_] = listed(capsys, pair.anna, "question", "list", "--conference", cid)
    prepare.move_question(pair.britt.store, second["id"], 1)  # question 1 is another one now

    code, out, err = run(
        capsys, pair.anna, "question", "move", "--conference", cid, "1", "3", "--expect-rev", first["rev"]
    )
    refused(pair, code, out, err, "question 1", first["rev"])
    assert [q.id for q in conferences.questions(pair.britt.store, cid)][:2] == [second["id"], first["id"]]

    code, out, err = run(
        capsys, pair.anna, "question", "delete", "--conference", cid, "1", "--expect-rev", first["rev"]
    )
    refused(pair, code, out, err, "question 1", first["rev"])


def test_a_question_deleted_with_the_rev_read_goes_and_a_stale_delete_is_refused(pair, capsys) -> None:
    cid = pair.conference_id
    britt = pair.britt.store
    new_id = prepare.add_question(britt, cid, "Tom fråga")
    [new] = [
        q for q in listed(capsys, pair.anna, "question", "list", "--conference", cid) if q["id"] == new_id
    ]
    prepare.edit_question(britt, new_id, round_minutes=5)
    delete = ("question", "delete", "--conference", cid, str(new["number"]))
    now = refused(
        pair,
        *run(capsys, pair.anna, *delete, "--expect-rev", new["rev"]),
        f"question {new['number']}",
        new["rev"],
    )
    assert new_id in [q.id for q in conferences.questions(britt, cid)]
    assert run(capsys, pair.anna, *delete, "--expect-rev", now) == (0, "", "")
    assert new_id not in [q.id for q in conferences.questions(britt, cid)]


def test_a_table_edit_or_delete_on_a_table_changed_since_is_refused(pair, capsys) -> None:
    cid = pair.conference_id
    britt = pair.britt.store
    table_id = prepare.add_table(britt, cid, 90, name="Bord nittio")
    [read] = [t for t in listed(capsys, pair.anna, "table", "list", "--conference", cid) if t["number"] == 90]
    _code, out, _ = run(capsys, pair.anna, "table", "list", "--conference", cid)
    assert f"(rev {read['rev']})" in out
    prepare.edit_table(britt, table_id, chair_name="Britt")  # meanwhile

    edit = ("table", "edit", "--conference", cid, "90", "--chair", "Anna")
    now = refused(pair, *run(capsys, pair.anna, *edit, "--expect-rev", read["rev"]), "table 90", read["rev"])
    delete = ("table", "delete", "--conference", cid, "90")
    refused(pair, *run(capsys, pair.anna, *delete, "--expect-rev", read["rev"]), "table 90", read["rev"])
    assert prepare.table_by_id(britt, table_id).chair_name == "Britt"
    # A table's facts have a rev of their own: setting them does not make a name edit stale.
    conferences.set_table_facts(britt, cid, 90, participants=6)
    assert run(capsys, pair.anna, *edit, "--expect-rev", now) == (0, "", "")
    assert prepare.table_by_id(britt, table_id).chair_name == "Anna"


def test_conference_process_and_theme_edits_are_checked_too(pair, capsys) -> None:
    cid = pair.conference_id
    britt = pair.britt.store
    [conference] = listed(capsys, pair.anna, "conference", "list")
    assert f"rev {conference['rev']})" in run(capsys, pair.anna, "conference", "list")[1]
    prepare.edit_conference(britt, cid, venue="Britts lokal")
    code, out, err = run(
        capsys,
        pair.anna,
        "conference",
        "edit",
        cid,
        "--venue",
        "Annas lokal",
        "--expect-rev",
        conference["rev"],
    )
    refused(pair, code, out, err, f"conference {cid[:8]}", conference["rev"])
    assert conferences.conference(britt, cid).venue == "Britts lokal"

    [process] = listed(capsys, pair.anna, "process", "list")
    prepare.edit_process(britt, process["id"], organisation="Britts region")
    code, out, err = run(
        capsys,
        pair.anna,
        "process",
        "edit",
        process["id"],
        "--organisation",
        "X",
        "--expect-rev",
        process["rev"],
    )
    refused(pair, code, out, err, f"process {process['name']!r}", process["rev"])
    assert prepare.process(britt, process["id"]).organisation == "Britts region"

    [theme, *_] = listed(capsys, pair.anna, "theme", "list", "--conference", cid)
    prepare.rename_theme(britt, theme["id"], "Britts tema")
    code, out, err = run(
        capsys,
        pair.anna,
        "theme",
        "rename",
        "--conference",
        cid,
        theme["id"],
        "Annas tema",
        "--expect-rev",
        theme["rev"],
    )
    refused(pair, code, out, err, f"theme {theme['id']!r}", theme["rev"])
    assert prepare.theme(britt, theme["id"]).name == "Britts tema"


def test_without_a_rev_a_shared_store_asks_for_one_and_any_writes_over(pair, capsys, backend) -> None:
    cid = pair.conference_id
    britt = pair.britt.store
    edit = ("question", "edit", "--conference", cid, "1", "--text", "Utan rev")
    code, out, err = run(capsys, pair.anna, *edit)
    if backend == "postgresql":
        assert code == 2 and out == "" and "--expect-rev REV" in err and len(err.strip().splitlines()) == 1
        assert "question list --conference" in err
        assert conferences.questions(britt, cid)[0].text != "Utan rev"
        code, out, err = run(capsys, pair.anna, *edit, "--expect-rev", "any")
    assert (code, err) == (0, ""), err
    assert conferences.questions(britt, cid)[0].text == "Utan rev"
    for command in (
        ("conference", "edit", cid, "--venue", "V"),
        ("table", "edit", "--conference", cid, "1", "--name", "N"),
        (
            "theme",
            "rename",
            "--conference",
            cid,
            conferences.themes(britt, conferences.conference(britt, cid).process_id)[0].name,
            "T",
        ),
    ):
        code, out, err = run(capsys, pair.anna, *command)
        assert (code == 2 and "--expect-rev REV" in err) if backend == "postgresql" else code == 0, (
            command,
            err,
        )


def test_a_privacy_decision_over_one_made_since_is_refused_and_writes_nothing(pair, capsys, backend) -> None:
    from app import notes
    from app.privacy.review import decide, review

    cid = pair.conference_id
    britt = pair.britt.store
    notes.add_note(britt, cid, 1, 1, "Ring Sigge på 0701234567 om lokalen")
    [phone] = [
        h for h in listed(capsys, pair.anna, "privacy", "review", "--conference", cid) if h["kind"] == "phone"
    ]
    assert f"(rev {phone['rev']})" in run(capsys, pair.anna, "privacy", "review", "--conference", cid)[1]
    [hit] = [h for h in review(britt, cid) if h.id == phone["id"]]
    decide(britt, cid, hit, "keep")  # Britt, meanwhile

    remove = ("privacy", "decide", "--conference", cid, phone["id"], "--remove")
    code, out, err = run(capsys, pair.anna, *remove, "--expect-rev", phone["rev"])
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    who = "another command or window of this workspace" if pair.shared_folder else "Britt Ek"
    assert f"finding {phone['id']} was decided by {who} after rev {phone['rev']}" in err
    assert [h.decision.action for h in review(britt, cid) if h.id == phone["id"]] == ["keep"]

    now = re.search(r"at rev ([0-9a-f]{8}) now", err).group(1)
    if backend == "postgresql":
        code, out, err = run(capsys, pair.anna, *remove)
        assert code == 2 and "--expect-rev REV" in err
    assert run(capsys, pair.anna, *remove, "--expect-rev", now)[0] == 0
    assert [h.decision.action for h in review(britt, cid) if h.id == phone["id"]] == ["remove"]


def test_a_trusted_key_renamed_meanwhile_is_not_renamed_over_unseen(pair, capsys, backend) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from app.bundles import naming, trust

    britt = pair.britt.store
    public = (
        Ed25519PrivateKey.generate()
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    entry = trust.add(britt, public, "Karin Sjöström", "chair", pair.conference_id, 2)
    [read] = [k for k in listed(capsys, pair.anna, "trust", "list") if k["key_id"] == entry.key_id]
    assert f"(rev {read['rev']})" in run(capsys, pair.anna, "trust", "list")[1]
    naming.rename(britt, entry.key_id, "Karin Sjöström (laptop 2)")  # Britt, meanwhile

    rename = ("trust", "rename", entry.key_id[:10], "Karin S")
    code, out, err = run(capsys, pair.anna, *rename, "--expect-rev", read["rev"])
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    assert f"the name of key {entry.key_id[:10]} was changed by someone else after rev {read['rev']}" in err
    assert [e.name for e in trust.entries(britt) if e.key_id == entry.key_id] == ["Karin Sjöström (laptop 2)"]
    now = re.search(r"at rev ([0-9a-f]{8}) now", err).group(1)
    assert (
        now
        == next(k for k in listed(capsys, pair.anna, "trust", "list") if k["key_id"] == entry.key_id)["rev"]
    )
    if backend == "postgresql":
        code, out, err = run(capsys, pair.anna, *rename)
        assert code == 2 and "--expect-rev REV" in err
    assert run(capsys, pair.anna, *rename, "--expect-rev", now)[0] == 0
    assert [e.name for e in trust.entries(britt) if e.key_id == entry.key_id] == ["Karin S"]
