"""A refusal is data: the failed check's code and, exactly why, a message code with its parameters.

The CLI's JSON carries both (`check`, `why`), its text says the English; the windows say the same
code in the user's language (tests/ui/test_bundle_messages.py).
"""

from __future__ import annotations

import json

from app.bundles import verify_file
from app.bundles.format import BundleError, key_id_for, refused
from app.bundles.importer import REFUSED, import_data
from app.bundles.trust import remove
from app.cli import main
from app.messages import TEXT, Message, message


def test_a_revoked_signer_is_refused_with_a_code_and_its_parameters(world, secretariat, tmp_path, capsys):
    key = key_id_for(world.chair_public_key)
    remove(secretariat.store, key)
    receipt = import_data(secretariat, world.table_bundle, "bord-5.rbz")
    assert receipt.status == REFUSED and receipt.check == "revoked"
    assert receipt.why == message("signed-by-revoked", key=key)
    assert receipt.reason == f"signed by the key {key}, which was revoked or rejected here"
    assert receipt.as_json()["why"] == {"code": "signed-by-revoked", "params": {"key": key}}

    path = tmp_path / "bord-5.rbz"
    path.write_bytes(world.table_bundle)
    verdict = verify_file(path, secretariat.store)
    assert verdict.ok and verdict.import_problem_why == receipt.why  # verify and import say one thing

    capsys.readouterr()
    main(["--workspace", str(secretariat.dir), "import", "--json", str(path)])
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["why"] == {"code": "signed-by-revoked", "params": {"key": key}}
    main(["--workspace", str(secretariat.dir), "verify", "--json", str(path)])
    assert json.loads(capsys.readouterr().out)["import_problem_why"]["code"] == "signed-by-revoked"


def test_a_cut_short_file_is_refused_as_incomplete_with_its_reason(world, secretariat) -> None:
    receipt = import_data(secretariat, world.table_bundle[:-200], "halv.rbz")
    assert receipt.status == REFUSED and receipt.check == "incomplete" and receipt.incomplete
    assert receipt.why is not None and receipt.why.code in {"zip-directory-missing", "zip-directory-cut"}
    assert receipt.why.english() == receipt.reason


def test_a_bundle_error_is_its_reason_in_english() -> None:
    error = refused("clock", "clock-future", days=40, tolerance=1)
    assert isinstance(error, BundleError) and error.check == "clock"
    assert error.why == Message("clock-future", {"days": 40, "tolerance": 1})
    assert str(error).startswith("its clock stamps lie 40 days in the future (more than 1 are not taken)")
    assert BundleError("zip", "damaged zip").why == Message(TEXT, {"text": "damaged zip"})
