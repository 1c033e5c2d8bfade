"""Claims are checked, names are ours: tables claimed must be granted and present, printed signer names
are the trusted ones, control characters never reach the terminal raw, a rolled-back sequence is refused."""

from __future__ import annotations

import copy

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.bundles import ledger
from app.bundles.importer import IMPORTED, import_data
from app.cli import main

EVIL = "Mallory\x1b[2J\x1b[31m\r\u202eKansliet"


def test_a_claimed_table_without_records_is_refused(world, secretariat) -> None:
    world.refused(secretariat, world.anna_signs(world.table_records(), tables=(3, 4)), "claims")
    world.refused(secretariat, world.anna_signs([], tables=(3,)), "claims")


def test_a_claimed_table_the_signer_is_not_granted_is_refused(world, secretariat) -> None:
    records = copy.deepcopy(world.table_records())
    records = [r for r in records if r["type"] == "table"]
    other = copy.deepcopy(records[0])
    other["id"] = "00000000-0000-4000-8000-0000000000c4"
    other["fields"]["number"] = 4
    receipt = world.refused(secretariat, world.anna_signs([records[0], other], tables=(3, 4)), "role")
    assert "4" in receipt.reason


def test_the_printed_signer_name_is_the_trusted_one(world, secretariat, capsys, tmp_path) -> None:
    receipt = import_data(secretariat, world.anna_signs(world.table_records(), signer_name=EVIL), "anna.rbz")
    assert receipt.status == IMPORTED and receipt.signer_name == "Anna Berg", receipt
    [entry] = [e for e in ledger.imports(secretariat.store) if e.key_id == receipt.key_id]
    assert entry.signer_name == "Anna Berg"
    secretariat.close()
    assert main(["--workspace", str(secretariat.dir), "imports"]) == 0
    out = capsys.readouterr().out
    assert "Anna Berg" in out and "Mallory" not in out


def test_control_characters_and_ansi_escapes_are_shown_escaped(world, secretariat, capsys, tmp_path) -> None:
    stranger = Ed25519PrivateKey.generate()
    public = stranger.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    path = tmp_path / "evil.rbz"
    path.write_bytes(
        world.signed_bundle(
            stranger, public, world.table_records(), conference_id=world.conference_id, signer_name=EVIL
        )
    )
    secretariat.close()
    for command in (["verify", str(path)], ["import", str(path)], ["quarantine", "list"]):
        main(["--workspace", str(secretariat.dir), *command])
        captured = capsys.readouterr()
        printed = captured.out + captured.err
        assert "Mallory" in printed or command[0] == "import", command
        assert not any(c in printed for c in "\x1b\r\u202e"), (command, printed)
        assert "\\u001b[2J" in printed or command[0] == "import"


def test_a_rolled_back_sequence_is_refused(world, secretariat) -> None:
    records = world.table_records()
    newer = world.anna_signs(records, sequence=5, created_hlc="001700000000000-000000")
    assert import_data(secretariat, newer, "five.rbz").status == IMPORTED
    resigned = world.anna_signs(records, sequence=3, created_hlc="001700000000100-000000")
    receipt = world.refused(secretariat, resigned, "rollback")
    assert "rollback" in receipt.reason


def test_an_older_bundle_arriving_late_is_still_taken(world, secretariat) -> None:
    records = world.table_records()
    assert import_data(
        secretariat, world.anna_signs(records, sequence=5, created_hlc="001700000000100-000000"), "5"
    ).ok
    late = import_data(
        secretariat, world.anna_signs(records, sequence=3, created_hlc="001700000000000-000000"), "3"
    )
    assert late.status == IMPORTED, late


def test_an_unknown_keys_name_is_shown_as_its_claim_never_as_a_trusted_name(
    world, secretariat, capsys, tmp_path
) -> None:
    stranger = Ed25519PrivateKey.generate()
    public = stranger.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    path = tmp_path / "kansliet.rbz"
    path.write_bytes(
        world.signed_bundle(
            stranger, public, world.table_records(), conference_id=world.conference_id, signer_name="Kansliet"
        )
    )
    secretariat.close()
    workspace = ["--workspace", str(secretariat.dir)]
    assert main([*workspace, "import", str(path)]) == 0
    capsys.readouterr()
    for command in (["verify", str(path)], ["quarantine", "list"]):
        assert main([*workspace, *command]) == 0
        out = capsys.readouterr().out
        assert 'claims to be "Kansliet" (unverified)' in out, (command, out)
        assert not any(line.endswith("Kansliet") or "  Kansliet  " in line for line in out.splitlines())
    key_id = next(line.split()[0] for line in out.splitlines() if "claims to be" in line)
    assert main([*workspace, "quarantine", "reject", key_id]) == 0
    assert 'claimed to be "Kansliet"' in capsys.readouterr().out
