"""Which records encoding a bundle is written in: the compact one only where its reader is known to read it.

A chair on a new Rundabord may send to a secretariat still on an older one, which reads "jsonl" only
(format 1, or format 2 with attachments) and would refuse a "compact" table export as an unknown
encoding. So a chair writes compact only when its conference's secretariat has shown it reads it: by
sending the conference pack in format 2 or later. Every Rundabord that writes packs in format 2 reads
compact records (this is the version that began doing both); older ones write packs in format 1. The
pack's records stay "jsonl".

- conference packs (and the secretariat's follow-up packs): format 3 (below), "jsonl";
- table exports: "compact" when the conference's newest pack came in format 2 or later, or this
  workspace made the conference itself; otherwise format 1, "jsonl", as before.

What an edit had seen (records' `seen`, format 3) travels the same way. Every pack is format 3, with
or without a claim in it (a chair on a Rundabord before format 3 is told to update it), and carries
every claim; a table export carries them only when written compact and its conference's newest pack
came in format 3 (a Rundabord that writes them reads them), or this workspace made the conference. A
newer pack of an older format clears what the laptop had learnt: its secretariat went back to an older
Rundabord. Without them a record reads as every bundle before.

"Newest" is the pack made last, by its signed `created.hlc`, not the one imported last: a stale pack
opened late (a forgotten USB stick) says nothing of what the secretariat runs now. The stamp orders
packs of one secretariat as it made them (its clock never goes back), and a team sharing a store shares
its clock. Packs of two secretariat stores (a colleague trusted by hand) are ordered by their clocks,
which follow wall time and every bundle a store took, so the one that spoke last decides: the one most
likely to get the chair's next export. If that guess is wrong, the refusal names the newer format, and a
pack made since by the secretariat that refused sets the laptop right.

Format 1 gained fields without a version bump (format.py), and the newest pack says which its
secretariat reads: one that names its own workspace (`created.origin`, every pack since 3 December,
evening) reads it; a format-1 pack without it comes from a Rundabord before that, which refuses a
bundle naming one. To that secretariat a table export goes as `--oldest-format` writes it, without
`created.origin`, read by every Rundabord (a laptop that learnt from a format-1 pack before this was
remembered is answered so too). When the export must carry more than the secretariat that sent the
newest pack may read (a renewed laptop's former workspace: a Rundabord from 4 December on; paper
sheets and photos: from 3 December, afternoon), it is written all the same and the chair is told
which Rundabord reads it (`reader_notice`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.bundles.codec import JSONL
from app.bundles.format import KIND_PACK, KIND_TABLE, VERSION_ATTACHMENTS, VERSION_SEEN
from app.bundles.records_compact import COMPACT
from app.messages import Message, message
from app.roles import administered
from app.store import Store

if TYPE_CHECKING:
    from app.bundles.reader import Bundle

AUTO = "auto"  # sign_records: choose by the rules above
FORMAT_1 = None  # sign_records: format 1, records "jsonl"
# sign_records: format 1 as the first Rundabord wrote it (`rundabord export --oldest-format`): also
# without `created.origin`, which a Rundabord before 3 December refuses (see `names_origin`)
OLDEST = "oldest"
_KEY = "records-encoding:"  # + conference id, in the store's meta: what its secretariat reads
_SEEN_KEY = "records-seen:"  # + conference id: "yes" when its secretariat reads what edits had seen
_MADE_KEY = "records-pack-made:"  # + conference id: `created.hlc` of the newest pack learnt from
_ORIGIN_KEY = "records-origin:"  # + conference id: "yes" when its secretariat reads `created.origin`
# Table-scoped records a Rundabord before paper sheets and photos (3 December, afternoon) does not know
_PAPER_TYPES = frozenset({"paper_sheet", "attachment"})


def learn_from_pack(store: Store, bundle: Bundle) -> None:
    """Inside the import of a conference pack: remember whether its secretariat reads compact records
    (the newest pack made decides, so a secretariat that moves back to an older Rundabord is followed,
    and a pack made before the one the laptop learnt from changes nothing)."""
    if bundle.kind != KIND_PACK:
        return
    made = store.meta_get(_MADE_KEY + bundle.conference_id)
    if made is not None and bundle.created_hlc < made:  # stamps are fixed-width text: text order is time
        return
    store.meta_set(_MADE_KEY + bundle.conference_id, bundle.created_hlc)
    version = bundle.manifest["version"]
    reads = COMPACT if version >= VERSION_ATTACHMENTS else JSONL
    store.meta_set(_KEY + bundle.conference_id, reads)
    # Every pack of a Rundabord that reads claims is format 3; an older format is an older secretariat.
    store.meta_set(_SEEN_KEY + bundle.conference_id, "yes" if version >= VERSION_SEEN else "")
    # Every pack of a Rundabord that reads `created.origin` names its own workspace so.
    names = "origin" in bundle.manifest["created"]
    store.meta_set(_ORIGIN_KEY + bundle.conference_id, "yes" if names else "")


def keeps_seen(store: Store, kind: str, conference_id: str, encoding: str | None) -> bool:
    """Whether an export's records say what their edits had seen (format 3; see the docstring)."""
    if kind == KIND_PACK:
        return True
    if encoding != COMPACT:
        return False
    return store.meta_get(_SEEN_KEY + conference_id) == "yes" or conference_id in administered(store)


def names_origin(records_encoding: str | None, former: list[str]) -> bool:
    """Whether an export names its workspace (`created.origin`). The oldest format leaves it out, as
    the first Rundabord did (every Rundabord before the field refuses it). A store takes such an export
    as one from before origins were named (origins.check_origins, succession.own_origins): its own
    workspace's edits merge as in the export naming it, since that origin is bound to her key or to
    none; what it relays of a workspace bound to no key counts as hers; her next export naming it binds
    the origin. Not when the export must name former origins (a laptop that renewed its key, carrying
    edits made before): without `created.former` a store that holds that workspace's bundles refuses
    them, so the export names both, and only a Rundabord from 4 December on reads it."""
    return records_encoding != OLDEST or bool(former)


def for_export(store: Store, kind: str, conference_id: str) -> str | None:
    """The encoding to write (None: format 1 naming its workspace; OLDEST: format 1 as the first
    Rundabord wrote it, for a secretariat whose newest pack shows it predates `created.origin`)."""
    if kind == KIND_PACK:
        return JSONL
    if store.meta_get(_KEY + conference_id) == COMPACT or conference_id in administered(store):
        return COMPACT
    if _predates_origin(store, conference_id):
        return OLDEST
    return None


def _predates_origin(store: Store, conference_id: str) -> bool:
    """Whether the newest pack came in format 1 without `created.origin` (or was learnt from before
    that was remembered: the oldest format is read by every Rundabord, so it is the safe answer)."""
    learnt = store.meta_get(_KEY + conference_id)
    return learnt == JSONL and store.meta_get(_ORIGIN_KEY + conference_id) != "yes"


def reader_notice(
    store: Store,
    kind: str,
    conference_id: str,
    asked: str | None,
    former: list[str],
    records: list[dict],
) -> Message | None:
    """What to tell the chair when the export carries more than its secretariat is thought to read
    (its newest pack's format, or `--oldest-format`: the chair's word that it is old): which Rundabord
    reads it. None for an export every reader it may reach reads, and where the laptop knows no pack."""
    if kind != KIND_TABLE or asked not in (AUTO, OLDEST) or conference_id in administered(store):
        return None
    learnt = store.meta_get(_KEY + conference_id)
    oldest = asked == OLDEST or _predates_origin(store, conference_id)
    # Every pack of format 3 comes from a Rundabord that reads former workspaces (4 December on).
    reads_former = asked != OLDEST and (learnt is None or store.meta_get(_SEEN_KEY + conference_id) == "yes")
    if former and not reads_former:
        return message("export-needs-former-reader", former=", ".join(former))
    if oldest and any(record["type"] in _PAPER_TYPES for record in records):
        return message("export-needs-paper-reader")
    return None
