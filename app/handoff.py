"""The hand-off of a table's results: what an export will sign, whether the table changed since its last
export, and a file name a person can read on a USB stick.

"Changed since export" compares clock stamps: every write stamps the record with the workspace's hybrid
logical clock, and an export stamps its ledger row from the same clock after reading the records, so a
table record with a later stamp than the export's was written after it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from app import conferences, notes
from app.bundles.format import KIND_TABLE
from app.dialect import json_list_holds
from app.records import RECORD_TYPES
from app.store import Store

NEVER, CURRENT, CHANGED = "never", "current", "changed"


@dataclass(frozen=True)
class ExportStatus:
    state: Literal["never", "current", "changed"]
    bundle_path: str = ""  # the last export's file, when there is one
    signer_name: str = ""
    signed_at: str = ""  # UTC, "YYYY-MM-DDTHH:MM:SSZ"
    changes: int = 0  # records written since the last export


@dataclass(frozen=True)
class ExportPreview:
    """What "Sign and export" is about to sign, for the chair to confirm."""

    conference_title: str
    table_name: str
    participants: int
    notes_per_question: tuple[tuple[int, str, int], ...]  # (question number, question text, live notes)

    @property
    def total_notes(self) -> int:
        return sum(count for _, _, count in self.notes_per_question)


def export_status(store: Store, conference_id: str, table_number: int) -> ExportStatus:
    """Whether this workspace exported the table, and whether it changed since."""
    row = store.conn.execute(
        "SELECT path, signer_name, created_utc, created_hlc FROM bundle_exports"
        f" WHERE kind = ? AND conference_id = ? AND {json_list_holds(store, 'bundle_exports.tables')}"
        " ORDER BY created_hlc DESC LIMIT 1",
        (KIND_TABLE, conference_id, table_number),
    ).fetchone()
    if row is None:
        return ExportStatus(NEVER)
    changes = changes_since(store, conference_id, table_number, row["created_hlc"])
    return ExportStatus(
        CHANGED if changes else CURRENT, row["path"], row["signer_name"], row["created_utc"], changes
    )


def changes_since(store: Store, conference_id: str, table_number: int, stamp: str) -> int:
    """How many of the table's records (notes, deleted ones too, its facts and every other table-scoped
    record an export carries) were written after the clock stamp `stamp`."""
    total = 0
    for rt in RECORD_TYPES.values():
        number_field = "number" if rt.name == "table" else "table_number"
        if rt.scope != "table" or "conference_id" not in rt.fields or number_field not in rt.fields:
            continue  # the same choice of records as app.bundles.export.table_records
        (count,) = store.conn.execute(
            f"SELECT COUNT(*) FROM {rt.table} WHERE conference_id = ? AND {number_field} = ? AND rev > ?",
            (conference_id, table_number, stamp),
        ).fetchone()
        total += count
    return total


def export_preview(store: Store, conference_id: str, table_number: int) -> ExportPreview:
    conference = conferences.conference(store, conference_id)
    table = conferences.table(store, conference.id, table_number)
    counts = notes.count_by_question(store, conference.id, table_number)
    return ExportPreview(
        conference.title,
        table.name,
        table.participants,
        tuple((q.position, q.text, counts.get(q.id, 0)) for q in conferences.questions(store, conference.id)),
    )


SLUG_LENGTH = 60  # the title's part of a USB copy's name


def copy_name(conference_title: str, date: str, table_number: int) -> str:
    """A file name a person can read on a USB stick: Bord-07-Rundabordssamtal-2026-03-12.rbz. Letters
    are folded to ASCII (å → a) so every stick and system takes the name."""
    words = unicodedata.normalize("NFKD", conference_title).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"\b(19|20)\d\d\b", "", words)  # the date follows anyway
    slug = "-".join(
        w.capitalize() if i == 0 else w.lower() for i, w in enumerate(re.findall(r"[A-Za-z0-9]+", words))
    )
    if len(slug) > SLUG_LENGTH:  # cut between words: "…-i-glesbyg" read as a typo
        slug = slug[: SLUG_LENGTH + 1].rsplit("-", 1)[0] if "-" in slug[:SLUG_LENGTH] else slug[:SLUG_LENGTH]
    parts = [f"Bord-{table_number:02d}", slug.strip("-") or "Rundabord", date[:10]]
    return "-".join(p for p in parts if p) + ".rbz"


def save_copy(bundle: Path, target: Path) -> None:
    """Copy a signed bundle to `target` (a USB stick) whole or not at all (app.bundles.files.replace_whole):
    a stick that fills up or is pulled out mid-copy keeps no half bundle under the name, and an earlier
    copy of that name stays as it was. Raises OSError as the disk said it (the window explains a full or
    read-only stick from its errno)."""
    import shutil  # here: the chair's window starts without them

    from app.bundles.files import replace_whole

    with open(bundle, "rb") as source:
        replace_whole(Path(target), lambda out: shutil.copyfileobj(source, out))


def _latest_signatures(store: Store, conference_id: str, table_number: int) -> dict[str, str]:
    """Ledger ("bundle_exports": signed here, "bundle_imports": signed elsewhere) -> the stamp of its
    latest table export over the table."""
    found = {}
    for ledger in ("bundle_exports", "bundle_imports"):
        row = store.conn.execute(
            f"SELECT MAX(created_hlc) FROM {ledger} WHERE kind = ? AND conference_id = ?"
            f" AND {json_list_holds(store, ledger + '.tables')}",
            (KIND_TABLE, conference_id, table_number),
        ).fetchone()
        if row[0]:
            found[ledger] = row[0]
    return found


def signature_changed(store: Store, conference_id: str, table_number: int) -> bool:
    """Whether the table changed after the latest signature over it (signed here or imported): printed
    minutes must then not claim that signature for what they show."""
    stamps = _latest_signatures(store, conference_id, table_number).values()
    return bool(stamps) and changes_since(store, conference_id, table_number, max(stamps)) > 0


def signed_elsewhere(store: Store, conference_id: str, table_number: int) -> bool:
    """Whether the latest signature over the table came in from another laptop (the secretariat holds
    the chair's export): what changed here since then is a correction, not the chair's to sign again."""
    found = _latest_signatures(store, conference_id, table_number)
    return "bundle_imports" in found and found["bundle_imports"] >= found.get("bundle_exports", "")
