"""Which record lines each table export carried, kept per export as a list of line digests. A chair
exports the whole table each time, so an export's list is mostly its predecessor's: it is kept as a
delta against the signer's export before (app/store_prune.py writes them) and read back through its
chain. The fork evidence (forks.py) reads these lists.
"""

from __future__ import annotations

from app.store import Store

DELTA = "+"  # a line list kept as "+added-removed" against the signer's export before (app/store_prune.py)


def delta_of(before: list[str], after: list[str]) -> str:
    """`after` as its change since `before`: the digests added, then those removed."""
    had, has = set(before), set(after)
    return (
        DELTA + "".join(d for d in after if d not in had) + "-" + "".join(d for d in before if d not in has)
    )


class LineLists:
    """Each export's line digests, a list kept as a delta read through its chain. An export carries each
    record once, so the order of its lines means nothing to the evidence; a delta's list is the export
    before's, less what went, then what came."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._known: dict[str, list[str]] = {}

    def digests(self, export: str) -> list[str]:
        pending: list[tuple[str, str, str]] = []  # (export, its previous, its delta), newest first
        current: str | None = export
        while current is not None and current not in self._known:
            row = self.store.conn.execute(
                "SELECT previous, lines FROM merge_carriers WHERE manifest_sha256 = ?", (current,)
            ).fetchone()
            lines = (row[1] or "") if row is not None else ""
            if not lines.startswith(DELTA):
                self._known[current] = [lines[i : i + 32] for i in range(0, len(lines), 32)]
                break
            pending.append((current, row[0] or "", lines))
            current = row[0]
        for name, previous, delta in reversed(pending):
            added, _, removed = delta[len(DELTA) :].partition("-")
            gone = {removed[i : i + 32] for i in range(0, len(removed), 32)}
            parent = self._known.get(previous, [])
            self._known[name] = [d for d in parent if d not in gone] + [
                added[i : i + 32] for i in range(0, len(added), 32)
            ]
        return self._known[export]
