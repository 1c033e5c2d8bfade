"""Which chairs' follow-ups a chair's laptop takes: one rule for sync and for "Open file…".

A chairs' follow-up (app/proposals/exchange.py) carries its table's notes as the secretariat holds
them, paper notes raw: right for that table's chair, wrong for anyone else. Its signed manifest
`requires` "table-scoped" (format.py). A laptop takes one only when it holds that conference (only the
conference's own pack opens one) and chairs one of the tables it covers: it exported that table, or
wrote a note of it here. Any other pack is the conference's, taken whatever tables it covers.

A colleague secretariat's follow-up (`requires` "secretariat-only", the whole record with the
review's decisions) is for a secretariat only: a chair's laptop never takes it.

A secretariat's workspace is not judged here: it holds every table already, and a follow-up of its
own (or of its team) only brings back what it signed.
"""

from __future__ import annotations

from app.bundles.format import KIND_TABLE, SECRETARIAT_ONLY, TABLE_SCOPED
from app.messages import Message, message
from app.store import Store


def is_table_scoped(manifest: dict) -> bool:
    listed = manifest.get("requires")
    return isinstance(listed, list) and TABLE_SCOPED in listed


def chaired(store: Store, conference_id: str) -> set[int]:
    """The tables of a conference this laptop chairs: it exported them, or wrote notes of them here."""
    from app.bundles.ledger import exports

    mine = {t for e in exports(store, conference_id) if e.kind == KIND_TABLE for t in e.tables}
    mine |= {row[0] for row in store.conn.execute(
        "SELECT DISTINCT table_number FROM notes WHERE conference_id = ? AND origin = ?",
        (conference_id, store.origin),
    )}  # fmt: skip
    return mine


def _holds(store: Store, conference_id: str) -> bool:
    row = store.conn.execute(
        "SELECT 1 FROM conference_tables WHERE conference_id = ? AND deleted = 0 LIMIT 1", (conference_id,)
    ).fetchone()
    return row is not None


def _tables_text(tables: list[int] | set[int]) -> str:
    return ", ".join(str(t) for t in sorted(tables))


def not_for_this_laptop(store: Store, manifest: dict) -> Message | None:
    """Why a chair's laptop does not take this pack (a chairs' follow-up of a table it does not
    chair, or of a conference it does not hold), naming the table; None when it takes it."""
    listed = manifest.get("requires")
    if isinstance(listed, list) and SECRETARIAT_ONLY in listed:
        return message("secretariat-only-bundle")
    if not is_table_scoped(manifest):
        return None
    conference_id, covered = manifest.get("conference"), manifest.get("tables")
    if not isinstance(conference_id, str) or not isinstance(covered, list):
        return message("followup-other-table", tables="?", mine="")
    tables = _tables_text([t for t in covered if isinstance(t, int)])
    if not _holds(store, conference_id):
        return message("followup-no-conference", tables=tables)
    mine = chaired(store, conference_id)
    if mine & set(covered):
        return None
    if not mine:
        return message("followup-no-table", tables=tables)
    return message("followup-other-table", tables=tables, mine=_tables_text(mine))
