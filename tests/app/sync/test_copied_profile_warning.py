"""A chair's laptop profile copied to a second laptop: each laptop learns it from the other's export on
the shared folder, is told plainly with the remedy, and nothing on the target is touched. The remedy
works: each laptop renews its identity (new key, new origin), the secretariat trusts the new key cards,
and every note of both laptops reaches it; the warnings stop."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

from tests.app.test_whole_day_cli import CONFERENCE_TOML, ok, rundabord

TABLE = 2
CHAIR = "Mikael Järvinen"
WARNING = "Another computer is signing as this laptop (table 2"


def _target_files(share: Path) -> dict[str, str]:
    return {
        str(p.relative_to(share)): hashlib.sha256(p.read_bytes()).hexdigest() for p in share.rglob("*.rbz")
    }


def _add(laptop: Path, conference: str, text: str, question: int = 1) -> str:
    return ok(
        laptop, "note", "add", "--conference", conference, "--table", TABLE, "--question", question, text
    )


def _export_and_sync(laptop: Path, conference: str) -> str:
    ok(laptop, "export", "--conference", conference, "--table", TABLE)
    return ok(laptop, "sync")


def _notes(kansli: Path, conference: str) -> list[str]:
    lines = ok(kansli, "note", "list", "--conference", conference, "--json").splitlines()
    return sorted(json.loads(line)["text"] for line in lines)


def _office_and_laptop(tmp_path: Path) -> tuple[Path, Path, Path, str, str]:
    """The secretariat's workspace, the shared folder, table 2's laptop (its first export imported),
    the conference and the id of the laptop's first note."""
    kansli, share, original = tmp_path / "kansli", tmp_path / "delad-mapp", tmp_path / "bord2"
    share.mkdir()
    (tmp_path / "anje.toml").write_text(CONFERENCE_TOML, encoding="utf-8")
    ok(kansli, "init", "--role", "secretariat")
    ok(kansli, "identity", "create", "--name", "Region Norrlän, kansliet")
    conference = ok(kansli, "conference", "create", tmp_path / "anje.toml").strip()
    ok(kansli, "sync", "configure", "--target", share)
    ok(kansli, "pack", "export", "--conference", conference)

    ok(original, "init", "--role", "chair")
    ok(original, "sync", "configure", "--target", share)
    ok(original, "sync")
    ok(original, "identity", "create", "--name", CHAIR)
    ok(original, "identity", "export", "-o", tmp_path / "bord2.keycard")
    shared_note = _add(original, conference, "Företagen hittar inte folk med rätt utbildning").strip()
    _export_and_sync(original, conference)
    ok(kansli, "trust", "add", tmp_path / "bord2.keycard", "--role", "chair", "--conference", conference,
       "--table", TABLE)  # fmt: skip
    assert "imported" in ok(kansli, "sync")
    return kansli, share, original, conference, shared_note


def test_two_copies_of_a_laptop_are_told_and_recover_with_their_own_identities(tmp_path: Path) -> None:
    kansli, share, original, conference, shared_note = _office_and_laptop(tmp_path)

    # IT copies the whole profile, keys and all, to a second laptop; both go on writing.
    copy = tmp_path / "bord2-kopia"
    shutil.copytree(original, copy)  # the whole folder, as IT copies it
    _add(original, conference, "Ett gemensamt kontor för distansarbete")
    ok(original, "note", "edit", shared_note, "Företagen hittar inte folk – särskilt inte inom vården")
    _add(copy, conference, "”Bygdepeng” till lokala initiativ & föreningar", question=2)
    ok(copy, "note", "edit", shared_note, "Företagen hittar inte folk med rätt utbildning, säger Åsa")
    assert WARNING not in _export_and_sync(original, conference)  # nothing of the copy's there yet
    before = _target_files(share)
    told = _export_and_sync(copy, conference)
    assert WARNING in told, told
    assert "rundabord identity renew" in told and "Nothing on the target was changed" in told
    told = ok(original, "sync")
    assert WARNING in told, told
    after = _target_files(share)
    assert {name: after[name] for name in before} == before  # nothing overwritten or removed
    assert len(after) == len(before) + 1  # the copy's export beside the original's

    # The secretariat takes both (a fork shows as a conflict, not a refusal).
    report = ok(kansli, "sync").splitlines()
    assert sum(line.startswith("imported ") for line in report) == 2, report
    assert any("opened 1 conflict to review" in line for line in report), report
    conflicts = [json.loads(line) for line in ok(kansli, "conflict", "list", "--json").splitlines()]
    assert len(conflicts) == 1, conflicts

    # The remedy: each laptop that was told exports what it has, then renews its identity. (Not the
    # secretariat's workspace: chairs pinned its key, and its conferences are its origin's.)
    code, _out, err = rundabord(kansli, "identity", "renew", "--name", "Kansliet")
    assert code != 0 and "runs a conference's secretariat" in err, err
    _add(copy, conference, "Skrivet efter varningen på kopian")
    code, _out, err = rundabord(copy, "identity", "renew", "--name", CHAIR)
    assert code != 0 and "export first: table 2" in err, err
    cards = {}
    for laptop in (copy, original):
        _export_and_sync(laptop, conference)
        renewed = ok(laptop, "identity", "renew", "--name", CHAIR)
        assert "with a key of its own" in renewed
        cards[laptop] = tmp_path / f"{laptop.name}-ny.keycard"
        ok(laptop, "identity", "export", "-o", cards[laptop])
    _add(copy, conference, "Kopian skriver med egen nyckel")
    _add(original, conference, "Originalet skriver med egen nyckel")
    for laptop in (copy, original):
        told = _export_and_sync(laptop, conference)
        assert WARNING not in told, told
    for laptop in (copy, original):
        ok(kansli, "trust", "add", cards[laptop], "--role", "chair", "--conference", conference,
           "--table", TABLE)  # fmt: skip
    report = ok(kansli, "sync")
    assert "refused" not in report, report
    texts = _notes(kansli, conference)
    for text in (
        "Ett gemensamt kontor för distansarbete",
        "”Bygdepeng” till lokala initiativ & föreningar",
        "Skrivet efter varningen på kopian",
        "Kopian skriver med egen nyckel",
        "Originalet skriver med egen nyckel",
    ):
        assert text in texts, (text, texts)
    assert WARNING not in ok(original, "sync") + ok(copy, "sync")


def test_a_copy_whose_keys_were_deleted_gets_a_new_origin_with_its_new_key(tmp_path: Path) -> None:
    """IT "fixes" the copy by deleting its keys folder and making a new identity: its origin was bound
    to the old key at the secretariat, so the new key writes under a new one, and nothing is refused."""
    kansli, _share, original, conference, _note = _office_and_laptop(tmp_path)
    copy = tmp_path / "bord2-kopia"
    shutil.copytree(original, copy)
    shutil.rmtree(copy / "keys")
    ok(copy, "identity", "create", "--name", "Mikael Järvinen (reservdatorn)")
    ok(copy, "identity", "export", "-o", tmp_path / "reserv.keycard")
    _add(copy, conference, "Reservdatorn: ”sista bussen går 21.10”")
    assert WARNING not in _export_and_sync(copy, conference)
    ok(kansli, "trust", "add", tmp_path / "reserv.keycard", "--role", "chair", "--conference", conference,
       "--table", TABLE)  # fmt: skip
    report = ok(kansli, "sync")
    assert "refused" not in report and report.startswith("imported "), report
    assert "Reservdatorn: ”sista bussen går 21.10”" in _notes(kansli, conference)


def test_over_webdav_each_copy_is_told_and_the_target_keeps_every_file(dav, tmp_path: Path) -> None:
    from app import notes
    from app.bundles import export_pack, export_table, import_files
    from app.bundles.identity import create_identity
    from app.demo import ensure_demo
    from app.sync import settings
    from app.workspace import Workspace
    from bench import webdav_loopback as loopback
    from tests.sync_fixtures import sync_once

    def sync(workspace: Workspace) -> list[str]:
        return sync_once(workspace).lines()

    office = Workspace.create(tmp_path / "kansli", "secretariat")
    create_identity(office, "Region Norrlän, kansliet")
    conference_id = ensure_demo(office.store)
    pack = export_pack(office, conference_id, tmp_path / "paket.rbz").path
    office.close()
    laptop = Workspace.create(tmp_path / "bord3")
    import_files(laptop, [pack])
    create_identity(laptop, "Karin Sjöström")
    settings.configure(laptop.store, dav.url, user=loopback.USER, password=loopback.PASSWORD)
    notes.add_note(laptop.store, conference_id, 3, 1, "Fler bussar till sjukhuset – även helger!")
    export_table(laptop, conference_id, 3)
    sync(laptop)
    laptop.close()
    shutil.copytree(tmp_path / "bord3", tmp_path / "kopia", ignore=shutil.ignore_patterns("*-wal", "*-shm"))
    laptops = [Workspace(tmp_path / "bord3"), Workspace(tmp_path / "kopia")]
    try:
        for laptop, text in zip(
            laptops, ("Cykelväg längs ån", "Ungdomsrådet vill ha egen budget"), strict=True
        ):
            notes.add_note(laptop.store, conference_id, 3, 2, text)
            export_table(laptop, conference_id, 3)
        assert not any(line.startswith("warning:") for line in sync(laptops[0]))
        before = _target_files(dav.root)
        for laptop in (laptops[1], laptops[0]):
            said = [line for line in sync(laptop) if line.startswith("warning:")]
            assert len(said) == 1 and "Another computer is signing as this laptop (table 3" in said[0], said
        after = _target_files(dav.root)
        assert {name: after[name] for name in before} == before and len(after) == len(before) + 1
    finally:
        for laptop in laptops:
            laptop.close()
