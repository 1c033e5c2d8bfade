"""The digests of bundle lines this store has merged, so that an import need not check them again.

A chair exports the whole table each time, so most lines of the next export are the very bytes merged
before; a re-signed copy of a bundle is nothing else. A line's digest (codec.py) binds its bytes to the
encoding, the signer's key and the conference, so a known digest means: this signer sent this exact
record state for this conference before, and it passed every check then. The reader reads such a line
with the C JSON parser alone instead of the strict parser and the shape and domain checks, which is
what a re-import spent its time on; everything after (roles, claims, merge) sees the record as before.

Only a table's notes and sheets are remembered (codec.SKIPPABLE). A digest is kept on its line's row
in `merge_lines`, which also holds the line as fork evidence (app/merge/forks.py): a table export's
digests go in with its lines, in one statement (`of_lines` hands them to the merge), any other
bundle's here, with no line kept (`record` ''). They are written inside the import's transaction, so
they exist exactly when the merge committed; a restored backup brings its own. Plain, portable SQL.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from app.bundles.codec import Known
from app.dialect import json_list_items
from app.merge.lines import remember_digests
from app.store import Store

if TYPE_CHECKING:
    from app.bundles.reader import Bundle


def known(store: Store, digests: list[str], held: dict[str, bool] | None = None) -> dict[str, Known]:
    """Which of `digests` this store merged before, and what each stood for. `held` is given every
    digest whose line has a row here (digest -> whether the row keeps the line itself), for the fork
    evidence not to look them up again (app/merge/lines.py)."""
    if not digests:
        return {}
    # One statement, the digests as one JSON list (the server's plan and the rows' making are the cost).
    rows = store.conn.execute(
        "SELECT digest, record_id, type, table_number, conference_id, record != '' FROM merge_lines"
        f" WHERE digest IN (SELECT value FROM {json_list_items(store, '?', 'listed')})",
        (json.dumps(list(dict.fromkeys(digests))),),
    ).fetchall()
    if held is not None:
        held.update((row[0], bool(row[5])) for row in rows)
    return {row[0]: Known(row[1], row[2], row[3], row[4]) for row in rows if row[1] is not None}


def of_lines(bundle: Bundle) -> dict[str, tuple[str, str, int, str]]:
    """The digests to remember of the lines just merged: digest -> (record id, type, table number,
    conference). Only the lines read now have one to remember (codec.py)."""
    return {
        bundle.digests[r["id"]]: (
            r["id"],
            r["type"],
            r["fields"]["table_number"],
            r["fields"]["conference_id"],
        )
        for r in bundle.unseen()
        if r["id"] in bundle.digests
    }


def remember(store: Store, remembered: dict[str, tuple[str, str, int, str]]) -> None:
    """Inside the import transaction, after the merge: the digests of a bundle whose lines the merge
    did not keep (one that is not a table export)."""
    remember_digests(store, remembered)
