"""Who wrote each version of a conflict, for saying it in words: a chair's laptop by the name its key
was trusted by, the secretariat here, or one of two laptops with a copied profile told apart by their
exports. The lists, the minutes and the CLI name the sides with it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app.conflicts import Conflict
from app.merge import reviewed_versions, value_key
from app.store import Store


@dataclass(frozen=True)
class Side:
    """Who wrote one version of a conflict, for saying it in words."""

    name: str  # the name the key was trusted by ("" for this workspace, or a laptop never seen)
    here: bool = False  # written in this workspace (the secretariat)
    bundle_id: str = ""  # the export that brought it, when known
    # A copied laptop profile: two laptops signing with one key, told apart by their exports
    copied_profile: bool = False
    sequence: int | None = None  # the signer's export number (both copies count on from the same one)
    signed_utc: str = ""  # when that export was signed (its manifest's time, UTC)
    # The stamp the version was first written with: a version kept by a decision and reopened since
    # holds the decision's stamp, but it was written when its author wrote it.
    written: tuple[str, str] = ("", "")

    def english(self) -> str:
        if self.here:
            return "the secretariat"
        name = self.name or "an unknown laptop"
        if self.copied_profile:
            signed = self.signed_utc.replace("T", " ").rstrip("Z")
            copy = "one of two laptops with a copied profile"
            return f"{name}, {copy} (its export {self.sequence}, signed {signed} UTC)"
        return f"{name} (bundle {self.bundle_id[:8]})" if self.bundle_id else name


def sides(store: Store, found: list[Conflict]) -> dict[tuple[str, tuple[str, str]], Side]:
    """(record id, stamp) -> who wrote that version, for every side of the conflicts given."""
    from app.bundles.contributors import writer_of
    from app.bundles.inbox import trusted_names
    from app.merge.forks import load_evidence

    evidence = load_evidence(store) if found else None
    names = trusted_names(store, evidence.forked) if evidence is not None else {}  # only theirs are named
    described: dict[tuple[str, tuple[str, str]], Side] = {}
    for conflict in found:
        for written, value in (
            (conflict.ours_stamp, conflict.ours),
            (conflict.theirs_stamp, conflict.theirs),
        ):
            stamp = _first_written(store, conflict, written, value)
            carrier = (
                evidence.earliest(conflict.record_id, stamp, conflict.field, value)
                if evidence is not None
                else None
            )
            if carrier is not None and evidence is not None and carrier.key_id in evidence.forked:
                described[(conflict.record_id, written)] = Side(
                    names.get(carrier.key_id, carrier.signer_name),
                    bundle_id=carrier.bundle_id,
                    copied_profile=True,
                    sequence=carrier.sequence,
                    signed_utc=carrier.created_utc,
                    written=stamp,
                )
                continue
            writer = writer_of(store, stamp[1], stamp[0])
            if writer is None:
                described[(conflict.record_id, written)] = Side("", written=stamp)
            else:
                described[(conflict.record_id, written)] = Side(
                    writer.name, writer.here, writer.bundle_id, written=stamp
                )
    return described


def _first_written(store: Store, conflict: Conflict, stamp: tuple[str, str], value: Any) -> tuple[str, str]:
    """The version a value was first written as: keeping theirs writes a copy of the chosen version, and
    its writer (the chair, say) is who wrote it, not the secretariat that chose it. Else `stamp`."""
    for kept, reviewed in store.conn.execute(
        "SELECT kept, reviewed FROM conflict_resolutions WHERE record_id = ? AND field = ?",
        (conflict.record_id, conflict.field),
    ):
        if json.loads(kept or "[]") != list(stamp):
            continue
        chosen = sorted(
            (v["rev"], v["origin"])
            for v in reviewed_versions(reviewed)
            if value_key(v.get("value")) == value_key(value) and [v["rev"], v["origin"]] != list(stamp)
        )
        if chosen:
            return chosen[0]
    return stamp
