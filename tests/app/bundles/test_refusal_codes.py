"""Real hostile bundles of every kind are refused with their check and exactly why, as a code with its
parameters: `import --json` and `verify --json` carry the code, the plain output its English, and the
store is left as it was. (The secretariat's window says the same refusals in Swedish:
tests/ui/secretariat/test_refusals_in_swedish.py.)"""

from __future__ import annotations

import json

from app.bundles.importer import IMPORTED, import_data
from app.cli import main
from app.messages import Message

from .hostile_set import hostile_bundles


def test_every_kind_of_hostile_bundle_is_refused_with_its_code_in_the_cli(
    world, secretariat, tmp_path, capsys
):
    assert import_data(secretariat, world.table_bundle, "bord-3.rbz").status == IMPORTED
    cases = hostile_bundles(world, secretariat)
    assert len({c.check for c in cases}) >= 10  # zip, member, signature, manifest, field, attachment, ...
    folder = str(secretariat.dir)
    for case in cases:
        path = tmp_path / case.name
        path.write_bytes(case.data)
        before = world.snapshot(secretariat)
        capsys.readouterr()
        assert main(["--workspace", folder, "import", "--json", str(path)]) == 1, case.name
        [line] = capsys.readouterr().out.splitlines()
        receipt = json.loads(line)
        assert (receipt["status"], receipt["check"]) == ("refused", case.check), (case.name, receipt)
        assert receipt["why"]["code"] == case.code, (case.name, receipt["why"])
        why = Message.from_json(receipt["why"])
        assert receipt["reason"] == why.english() and not why.english().startswith(case.code)
        assert world.snapshot(secretariat) == before, case.name  # nothing of it was kept

        assert main(["--workspace", folder, "import", str(path)]) == 1
        assert why.english() in capsys.readouterr().out  # the plain output says it in English

        main(["--workspace", folder, "verify", "--json", str(path)])
        verdict = json.loads(capsys.readouterr().out)
        said = verdict["why"] or verdict["import_problem_why"]
        # verify runs the import's checks, those against the records held here too: it foresees all
        assert said == receipt["why"], (case.name, verdict)


def test_the_codes_carry_their_parameters(world, secretariat):
    import_data(secretariat, world.table_bundle, "bord-3.rbz")
    by_code = {}
    for case in hostile_bundles(world, secretariat):
        by_code[case.code] = import_data(secretariat, case.data, case.name).why
    assert by_code["member-missing"].params == {"member": "signature"}
    assert by_code["manifest-malformed"].params == {"part": "sequence"}
    assert by_code["role-table"].params["table"] == 4
    assert by_code["role-table"].params["trusted"] == [
        {"code": "grant-chair", "params": {"table": 3, "conference": world.conference_id}}
    ]
    line = by_code["line"].params
    assert line["line"] == 1 and line["problem"] == {
        "code": "field-domain",
        "params": {"field": "votes", "type": "note", "value": "-3"},
    }
    assert by_code["attachment-image"].params["problem"]["code"] == "image-undecodable"
    assert by_code["relay-over-own"].params["key"] and by_code["origin-home"].params["home"]
