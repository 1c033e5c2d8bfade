"""`rundabord table facts` prints the facts' rev and a write takes it back as `--expect-rev`: a band or a
count another secretary set meanwhile is never dropped unseen (a band given adds to the bands read). One
line, exit 2, nothing written; required on PostgreSQL, `any` overrides."""

from __future__ import annotations

import json

from app import conferences
from app.cli import main


def facts(capsys, workspace, conference_id: str, *args: str) -> tuple[int, str, str]:
    code = main(
        ["--workspace", str(workspace.dir), "table", "facts", "--conference", conference_id, "4", *args]
    )
    out, err = capsys.readouterr()
    return code, out, err


def test_a_write_on_facts_changed_since_they_were_read_is_refused_and_writes_nothing(pair, capsys) -> None:
    code, out, _ = facts(capsys, pair.anna, pair.conference_id, "--json")
    read = json.loads(out)["rev"]
    assert f"(rev {read})" in facts(capsys, pair.anna, pair.conference_id)[1]  # the plain line too
    britt = pair.britt.store
    conferences.set_table_facts(britt, pair.conference_id, 4, bands={"gender:woman": 4})  # Britt, meanwhile

    code, out, err = facts(capsys, pair.anna, pair.conference_id, "--band", "age:-24=3", "--expect-rev", read)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1, err
    who = "another command or window of this workspace" if pair.shared_folder else "Britt Ek"
    assert f"table 4's facts were changed by {who} after rev {read}" in err and "nothing was written" in err
    assert conferences.table(britt, pair.conference_id, 4).bands == {"gender:woman": 4}

    now = json.loads(facts(capsys, pair.anna, pair.conference_id, "--json")[1])["rev"]
    assert f"rev {now} now" in err
    code, out, err = facts(capsys, pair.anna, pair.conference_id, "--band", "age:-24=3", "--expect-rev", now)
    assert (code, err) == (0, ""), err
    assert conferences.table(britt, pair.conference_id, 4).bands == {"gender:woman": 4, "age:-24": 3}


def test_without_a_rev_a_shared_store_asks_for_one_and_any_writes_over(pair, capsys, backend) -> None:
    code, out, err = facts(capsys, pair.anna, pair.conference_id, "--participants", "9")
    if backend == "postgresql":
        assert code == 2 and out == "" and "--expect-rev REV" in err and len(err.strip().splitlines()) == 1
        assert conferences.table(pair.britt.store, pair.conference_id, 4).participants == 10
        code, out, err = facts(
            capsys, pair.anna, pair.conference_id, "--participants", "9", "--expect-rev", "any"
        )
    assert (code, err) == (0, ""), err
    assert conferences.table(pair.britt.store, pair.conference_id, 4).participants == 9
    # Reading needs no rev.
    assert facts(capsys, pair.britt, pair.conference_id)[0] == 0
