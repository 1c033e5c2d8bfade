"""The CLI twins: identity, trust, export, pack export, verify, import, quarantine, imports."""

from __future__ import annotations

import json
import stat

import pytest

from app.cli import main


@pytest.fixture
def cli(capsys):
    def run(workspace, *args: str) -> tuple[int, str, str]:
        code = main(["--workspace", str(workspace), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_a_whole_round_from_keys_to_receipts(cli, tmp_path, monkeypatch) -> None:
    sec, chair = tmp_path / "sec", tmp_path / "chair"
    code, cid, _ = cli(sec, "demo", "--role", "secretariat")
    cid = cid.strip()
    code, _, err = cli(sec, "pack", "export", "--conference", cid, "-o", str(tmp_path / "pack.rbz"))
    assert code == 2 and "rundabord identity create --name NAME" in err and err.count("\n") == 1
    (tmp_path / "pass").write_text("kansliets lösen\n")
    code, out, _ = cli(
        sec, "identity", "create", "--name", "Kansliet", "--passphrase-file", str(tmp_path / "pass")
    )
    assert code == 0 and "fingerprint:" in out
    assert stat.S_IMODE((sec / "keys" / "identity.key").stat().st_mode) == 0o600
    code, _, err = cli(sec, "pack", "export", "--conference", cid, "-o", str(tmp_path / "pack.rbz"))
    assert code == 2 and "passphrase" in err
    monkeypatch.setenv("RUNDABORD_PASSPHRASE", "kansliets lösen")
    code, out, _ = cli(sec, "pack", "export", "--conference", cid[:8], "-o", str(tmp_path / "pack.rbz"))
    assert code == 0 and "signed conference-pack" in out

    code, out, err = cli(chair, "verify", str(tmp_path / "pack.rbz"))  # no workspace there yet
    assert code == 2 and out == "" and err.count("\n") == 1 and "init --role chair|secretariat" in err
    assert not chair.exists(), "refusing creates nothing"
    assert cli(chair, "init", "--role", "chair")[0] == 0
    code, out, _ = cli(chair, "verify", str(tmp_path / "pack.rbz"))
    assert code == 0 and "whole and signed" in out and "pins this key" in out
    code, out, _ = cli(chair, "import", str(tmp_path / "pack.rbz"))
    assert code == 0 and ": imported" in out and "pinned" in out
    cli(chair, "identity", "create", "--name", "Anna Berg")
    code, out, _ = cli(chair, "identity", "show")
    key_id = out.split("key id:")[1].split()[0]
    fingerprint = out.split("fingerprint:")[1].splitlines()[0].strip()
    assert len(fingerprint.split(" ")) == 8 and fingerprint.replace(" ", "").startswith(key_id)
    cli(chair, "identity", "export", "-o", str(tmp_path / "anna.keycard"))
    cli(chair, "note", "add", "--conference", cid, "--table", "3", "--question", "1", "Fler bussar")
    code, out, _ = cli(chair, "export", "--conference", cid, "--table", "3")
    assert code == 0
    exported = out.split("wrote ")[1].strip()
    assert exported.startswith(str(chair / "outbox"))
    code, out, _ = cli(chair, "verify", exported)
    assert code == 0 and "trusted as:  this workspace's own key" in out

    code, out, _ = cli(sec, "import", exported)
    assert code == 0 and "quarantined" in out
    code, out, _ = cli(sec, "quarantine", "list", "--json")
    assert json.loads(out)["key_id"] == key_id
    code, out, _ = cli(
        sec,
        "trust",
        "add",
        str(tmp_path / "anna.keycard"),
        "--role",
        "chair",
        "--conference",
        cid,
        "--table",
        "3",
    )
    # The held bundle is imported at once, every check again: no command left for the secretary.
    assert code == 0 and "imported 1 held bundle from Anna Berg, now trusted" in out
    assert "waits in quarantine" not in out
    assert f"fingerprint: {fingerprint} (compare it with the one Anna Berg reads to you)" in out
    code, out, _ = cli(sec, "quarantine", "list", "--json")
    assert code == 0 and out.strip() == ""
    code, out, _ = cli(sec, "imports", "--json")
    [entry] = [json.loads(line) for line in out.splitlines()]
    assert entry["signer_name"] == "Anna Berg" and entry["counts"]["new"] == 1
    code, out, _ = cli(sec, "trust", "list", "--json")
    assert [json.loads(line)["role"] for line in out.splitlines()] == ["chair"]
    code, out, _ = cli(sec, "trust", "list")
    assert "this workspace's own key" in out
    code, out, _ = cli(sec, "import", exported)
    assert code == 0 and "already-imported" in out

    code, out, _ = cli(sec, "trust", "remove", key_id)
    assert code == 0 and "revoked" in out
    code, out, _ = cli(sec, "verify", "--json", exported)
    verdict = json.loads(out)
    assert code == 0 and verdict["ok"] and verdict["revoked"] and "revoked" in verdict["import_problem"]


def test_verify_and_import_refusals(cli, tmp_path, world) -> None:
    (tmp_path / "bad.rbz").write_bytes(b"not a bundle at all")
    (tmp_path / "half.rbz").write_bytes(world.table_bundle[: len(world.table_bundle) // 2])
    (tmp_path / "good.rbz").write_bytes(world.table_bundle)
    ws = tmp_path / "ws"
    assert cli(ws, "init", "--role", "secretariat")[0] == 0
    code, out, _ = cli(ws, "verify", str(tmp_path / "bad.rbz"))
    assert code == 1 and out.count("\n") == 1 and "not a zip" in out
    code, out, _ = cli(ws, "verify", "--json", str(tmp_path / "half.rbz"))
    assert code == 1 and json.loads(out)["incomplete"] is True
    code, out, _ = cli(ws, "verify", str(tmp_path / "good.rbz"))
    assert code == 0 and "unknown key" in out and "Anna Berg" in out
    code, out, _ = cli(
        ws, "import", "--json", *(str(tmp_path / n) for n in ("bad.rbz", "half.rbz", "good.rbz"))
    )
    statuses = [json.loads(line)["status"] for line in out.splitlines()]
    assert code == 1 and statuses == ["refused", "refused", "quarantined"]
    code, _, err = cli(ws, "quarantine", "reject", "0000")
    assert code == 2 and "at least 8 characters" in err
    code, _, err = cli(ws, "quarantine", "accept", "ffffffffffff")
    assert code == 2 and "nothing in quarantine matches" in err
    code, out, err = cli(ws, "verify", str(tmp_path / "missing.rbz"))
    assert code == 2 and out == "" and err.count("\n") == 1 and "missing.rbz: no such file" in err
    code, out, err = cli(ws, "verify", "--json", str(tmp_path))
    assert code == 2 and out == "" and "is a folder" in err


def test_import_with_a_mistyped_name_imports_nothing(cli, tmp_path, world) -> None:
    (tmp_path / "good.rbz").write_bytes(world.table_bundle)
    ws = tmp_path / "ws"
    assert cli(ws, "init", "--role", "secretariat")[0] == 0
    code, out, err = cli(ws, "import", str(tmp_path / "good.rbz"), str(tmp_path / "god.rbz"))
    assert code == 2 and out == "" and "god.rbz: no such file" in err
    code, out, _ = cli(ws, "quarantine", "list", "--json")
    assert code == 0 and out == ""


def test_trust_add_needs_a_card_or_a_key(cli, tmp_path) -> None:
    ws = tmp_path / "ws"
    assert cli(ws, "init", "--role", "secretariat")[0] == 0
    code, _, err = cli(ws, "trust", "add", "--role", "secretariat")
    assert code == 2 and "key card" in err
    code, _, err = cli(ws, "trust", "add", "--key", "bm90IGEga2V5", "--name", "X", "--role", "secretariat")
    assert code == 2 and "32 bytes" in err
    code, _, err = cli(ws, "trust", "add", "--key", "A" * 43 + "=", "--name", "X", "--role", "secretariat")
    assert code == 2 and "weak Ed25519" in err  # 32 zero bytes: a point of order 4
    key = "9LF1Xjac68BDTWG7hCjy8sD+ffdhsrcU7yNI+P52/kg="  # a real key: 32 zero bytes are a small-order point
    code, out, _ = cli(ws, "trust", "add", "--key", key, "--name", "Kansliet", "--role", "secretariat")
    assert code == 0 and "as secretariat" in out
    code, _, err = cli(ws, "trust", "add", "--key", key, "--name", "X", "--role", "chair", "--table", "2")
    assert code == 2 and "--conference" in err
