"""What a store holds that says an origin bound to no key is a secretariat's (secretariat_origins.py):
it stamped a record of a conference or a process, or a table's record other than its facts, as held or in
a state since replaced. A workspace that wrote only notes and table facts (a chair's) is not one."""

from __future__ import annotations

from pathlib import Path

from app import conferences, notes, prepare
from app.bundles.secretariat_origins import secretariats_among
from app.demo import demo_description
from app.workspace import Workspace
from tests.app.merge.test_edits_here_weigh_conflicts import _send
from tests.clocks import edits_after


def test_only_what_a_secretariat_writes_tells_its_origin(backend: str, tmp_path: Path, request) -> None:
    database = request.getfixturevalue("pg_dsn") if backend == "postgresql" else None
    third = Workspace.create(tmp_path / "tredje", "secretariat", database=database)
    names = ("kansli", "bord", "ordförande", "rubrik", "fråga", "ersatt")
    made = {name: Workspace.create(tmp_path / name, "secretariat") for name in names}
    try:
        kansli = made["kansli"].store
        conference_id = conferences.create_conference(kansli, demo_description())
        question_id = conferences.questions(kansli, conference_id)[0].id
        table_id = conferences.table(kansli, conference_id, 1).id
        for store in (m.store for m in made.values()):
            _send(kansli, store)
        notes.add_note(made["bord"].store, conference_id, 1, 1, "Bussen går för sällan")
        conferences.set_table_facts(made["bord"].store, conference_id, 1, participants=9)  # a chair may
        prepare.edit_table(made["ordförande"].store, table_id, chair_name="Britt Ek")  # only a secretariat
        prepare.edit_question(made["fråga"].store, question_id, round_minutes=30)
        prepare.edit_question(made["ersatt"].store, question_id, text="Vad saknar byn?")
        for name in ("bord", "ordförande", "fråga", "ersatt"):
            _send(made[name].store, third.store)
        edits_after(kansli, made["ersatt"].store)
        prepare.edit_question(kansli, question_id, text="Vad vill ni ha i byn?")  # its stamp replaced
        _send(kansli, third.store)
        held = third.store.require("question", question_id)
        assert made["ersatt"].store.origin not in {pair[1] for pair in held["stamps"].values()}
        origin = {name: m.store.origin for name, m in made.items()}
        found = secretariats_among(third.store, [*origin.values(), "0123456789abcdef"])
        assert found == {origin[name] for name in ("kansli", "ordförande", "fråga", "ersatt")}
    finally:
        for workspace in made.values():
            workspace.close()
        third.close()
