"""Two secretaries on one store, on either backend, for the tests of edits checked against what was seen.

PostgreSQL: Anna and Britt each have a workspace folder of their own (her own origin and key) on one
shared database. SQLite: one workspace folder opened twice, as two windows or two commands on one
office computer would (one origin: told apart by what each saw, not by who wrote).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app import demo
from app.bundles.identity import create_identity
from app.workspace import Workspace


@dataclass
class TwoSecretaries:
    anna: Workspace
    britt: Workspace
    conference_id: str
    shared_folder: bool  # one SQLite workspace opened twice

    def close(self) -> None:
        self.britt.close()
        self.anna.close()


def two_secretaries(backend: str, tmp_path: Path, pg_dsn: str | None = None) -> TwoSecretaries:
    if backend == "sqlite":
        anna = Workspace.create(tmp_path / "kansliet", "secretariat")
        create_identity(anna, "Kansliet Åsele")
        conference_id = demo.ensure_demo(anna.store)
        return TwoSecretaries(anna, Workspace(anna.dir), conference_id, True)
    anna = Workspace.create(tmp_path / "anna", "secretariat", database=pg_dsn)
    create_identity(anna, "Anna Lind")
    conference_id = demo.ensure_demo(anna.store)
    britt = Workspace.create(tmp_path / "britt", "secretariat", database=pg_dsn)
    create_identity(britt, "Britt Ek")
    return TwoSecretaries(anna, britt, conference_id, False)


def autumn_conference(store) -> str:
    """A later conference of the demo's process, where proposals are raised again."""
    import dataclasses
    import datetime

    from app import conferences

    spring = demo.demo_description()
    autumn = dataclasses.replace(
        spring,
        conference={
            **spring.conference,
            "title": "Rundabordssamtal hösten 2026",
            "date": datetime.date(2026, 10, 8),
        },
    )
    return conferences.create_conference(store, autumn)


def run_cli(capsys, workspace: Workspace, *args: str) -> tuple[int, str, str]:
    """One CLI command on the workspace, as a secretary types it: its exit code, output and errors."""
    from app.cli import main

    code = main(["--workspace", str(workspace.dir), *args])
    out, err = capsys.readouterr()
    return code, out, err
