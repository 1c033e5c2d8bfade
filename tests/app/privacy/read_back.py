"""What the leave-out and emptied-note tests share: a one-table conference in a secretariat workspace,
the CLI run in it, the public report and open data read back as written, and a decision written as a
newer Rundabord would write it."""

from __future__ import annotations

import subprocess
from pathlib import Path

from app.cli import main
from app.conferences import create_conference, parse_conference
from app.privacy.review import review
from app.store import Store
from app.workspace import Workspace


def one_table_conference(tmp_path: Path, question: str = "Vad behöver länet?") -> tuple[Workspace, str]:
    """A secretariat workspace with one conference of one question and one table (Lena Wikström's)."""
    workspace = Workspace.create(tmp_path / "central", "secretariat")
    description = parse_conference(
        {
            "process": {"name": "Länets tillväxtprogram", "organisation": "Region Exempellän"},
            "conference": {"title": "Vårkonferensen", "date": "2026-03-12", "venue": "Folkets hus"},
            "questions": [{"text": question}],
            "tables": [{"number": 1, "chair": "Lena Wikström", "participants": 8}],
        }
    )
    return workspace, create_conference(workspace.store, description)


def cli(workspace: Workspace, capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--workspace", str(workspace.dir), *args])
    out, err = capsys.readouterr()
    return code, out, err


def pdf_text(path: Path) -> str:
    read = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True)
    assert read.returncode == 0, read.stderr
    return " ".join(read.stdout.decode("utf-8").split())


def public_documents(workspace: Workspace, cid: str, capsys, folder: Path, *extra: str) -> dict[str, str]:
    """The public report (PDF read back by pdftotext, HTML) and open data (JSON as written, CSV), made in
    `folder` by the CLI with `extra` options."""
    folder.mkdir()
    minutes = ["minutes", "--conference", cid, "--public", "-o", str(folder / "p.pdf"), *extra]
    code, _out, err = cli(workspace, capsys, *minutes)
    assert code == 0, err
    for fmt in ("json", "csv"):
        args = ["export-data", "--conference", cid, "--format", fmt, "-o", str(folder / f"d.{fmt}"), *extra]
        assert cli(workspace, capsys, *args)[0] == 0
    return {
        "PDF": pdf_text(folder / "p.pdf"),
        "HTML": " ".join((folder / "p.html").read_text(encoding="utf-8").split()),  # no-break spaces too
        "JSON": (folder / "d.json").read_text(encoding="utf-8"),
        "CSV": (folder / "d.csv").read_text(encoding="utf-8-sig"),
    }


def decided_by_a_newer_version(store: Store, cid: str, note_id: str) -> None:
    """A decision on the name found in the note, with an action this version does not know (as a
    follow-up bundle from a newer Rundabord may carry)."""
    [named] = [h for h in review(store, cid) if h.source.source_id == note_id and h.kind == "name"]
    store.write(
        "privacy_decision",
        None,
        {
            "conference_id": cid,
            "source_id": note_id,
            "field": "text",
            "kind": "name",
            "match": named.found.key,
            "action": "summarise",
            "replacement": "",
            "decided_at": "2026-03-13T10:00:00+01:00",
        },
    )
