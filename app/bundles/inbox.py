"""Inbox triage: every bundle file found in the secretariat's folders, verified and given a state (ready
to merge, unknown key, in quarantine, already imported, invalid...). The secretariat's Collect tab shows
the entries; Merge imports the ready ones.

`scan_paths` runs in a worker thread with that thread's own workspace; the window keeps the result
(ui/secretariat/inbox.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from app.cancel import CancelToken, is_cancelled
from app.errors import UserError
from app.messages import Message
from app.workspace import Workspace

if TYPE_CHECKING:
    from app.bundles.clashes import Clash

SUFFIX = ".rbz"

# States of an inbox entry, in the order a secretary deals with them.
READY = "ready"  # whole, signed by a trusted key, not imported yet: Merge takes it
UNKNOWN_KEY = "unknown-key"  # whole and signed, but the key is not on the trust list
HELD = "quarantined"  # whole, unknown key, a copy held in quarantine until the key is trusted or rejected
WILL_REFUSE = "will-refuse"  # whole, but importing would be refused (revoked key, outside the signer's role)
IMPORTED = "imported"  # this exact bundle is in the store already
OWN = "own"  # signed here (the secretariat's own pack on the share): nothing to merge
INCOMPLETE = "incomplete"  # a truncated copy (half synced): fetch it again
INVALID = "invalid"  # damaged or forged: never imported

STATES = (READY, UNKNOWN_KEY, HELD, WILL_REFUSE, IMPORTED, OWN, INCOMPLETE, INVALID)
RETURNING_CHAIR = "returning-chair"  # the reason of a key trusted as chair elsewhere, at a new conference
WATCHED_FOLDERS_KEY = "inbox.watched_folders"  # the workspace's, not the operating-system user's
ADDED_FILES_KEY = "inbox.added_files"


@dataclass(frozen=True)
class InboxEntry:
    path: str  # the file (for a quarantined bundle found only there: its quarantine copy)
    state: str
    reason: str = ""
    kind: str = ""
    bundle_id: str = ""
    signer_name: str = ""
    key_id: str = ""
    fingerprint: str = ""
    trusted_as: tuple[Message, ...] = ()  # what the signer is trusted for; () when it is not
    conference_id: str = ""
    tables: tuple[int, ...] = ()
    counts: tuple[tuple[str, int], ...] = ()
    created: str = ""
    manifest_sha256: str = ""
    source: str = ""  # where a quarantined copy originally came from
    check: str = ""  # the failed check's code (see BundleError.check) of an invalid or refused bundle
    why: Message | None = None  # exactly why it is invalid or refused, as data (BundleError.why)
    trusted_name: str = ""  # the name the secretariat gave the key when trusting it ("" if unknown here)
    copies: tuple[str, ...] = ()  # other files holding this very bundle (the sync inbox and the share)
    sequence: int | None = None  # the signer's export number: tells a table's re-exports apart
    # What makes a waiting key look like an impostor (app.bundles.clashes): said loudly in the list
    clashes: tuple[Clash, ...] = ()
    # A held bundle's key as the scan found it in quarantine (app.bundles.held_rev): what accepting or
    # rejecting it from this list expects, so a colleague's decision meanwhile is not silently redone
    held_rev: str = ""

    @property
    def signer(self) -> str:
        """The name to show for the signer: the trusted name, else what the bundle claims."""
        return self.trusted_name or self.signer_name

    @property
    def name(self) -> str:
        return Path(self.source or self.path).name

    @property
    def record_count(self) -> int:
        return sum(count for _type, count in self.counts)

    def count(self, type_name: str) -> int:
        return dict(self.counts).get(type_name, 0)


def bundle_files(folders: Iterable[Path | str], files: Iterable[Path | str] = ()) -> list[Path]:
    """Every .rbz under the folders (recursively) and the given files, each once, in a stable order."""
    found: dict[str, Path] = {}
    for folder in folders:
        folder = Path(folder)
        if folder.is_dir():
            with contextlib.suppress(OSError):  # a folder that vanished mid-scan (a USB stick pulled)
                for path in sorted(folder.rglob(f"*{SUFFIX}")):
                    if path.is_file() and not path.name.startswith("."):
                        found.setdefault(str(path.resolve()), path)
    for path in map(Path, files):
        if path.is_file():
            found.setdefault(str(path.resolve()), path)
    return list(found.values())


def scan_paths(
    workspace: Workspace,
    paths: list[Path],
    progress: Callable[[int, int], None] | None = None,
    cancel: CancelToken | None = None,
) -> list[InboxEntry]:
    """Verify every file and give it a state; then add quarantined bundles whose file is not listed."""
    from app.bundles import ledger, quarantine
    from app.bundles.verify import verify_file

    store = workspace.store
    held = {h.manifest_sha256: h for h in quarantine.held(store)}
    # Each held key's rev read with what is held: what deciding it from this list expects
    revs = {key_id: quarantine.key_rev(store, key_id) for key_id in {h.key_id for h in held.values()}}
    entries: list[InboxEntry] = []
    seen: dict[str, str] = {}
    total = len(paths) + len(held)
    first_of: dict[str, int] = {}  # manifest hash -> index of the entry that lists that bundle
    names = trusted_names(store)
    for done, path in enumerate(paths):
        if is_cancelled(cancel):
            break
        verdict = verify_file(path, store)
        sha = verdict.manifest_sha256 if verdict.ok else None
        if sha and sha in first_of:  # one bundle, listed once: its other copies are noted with it
            at = first_of[sha]
            entries[at] = replace(entries[at], copies=(*entries[at].copies, str(path)))
        else:
            entries.append(_entry(str(path), verdict, store, held, ledger, names))
            if sha:
                first_of[sha] = len(entries) - 1
                seen.setdefault(sha, str(path))
        if progress is not None:
            progress(done + 1, total)
    for sha, h in held.items():
        if sha not in seen:
            entries.append(_entry(h.file, verify_file(h.file, store), store, held, ledger, names))
    entries = [replace(e, held_rev=revs.get(e.key_id, "")) if e.state == HELD else e for e in entries]
    return with_clashes(store, entries)


def with_clashes(store, entries: list[InboxEntry]) -> list[InboxEntry]:
    """The entries, each waiting key's marked with what it clashes with on the trust list."""
    from app.bundles.clashes import clashes

    waiting: dict[str, list[InboxEntry]] = {}
    for e in entries:
        if e.state in (UNKNOWN_KEY, HELD) and e.key_id:
            waiting.setdefault(e.key_id, []).append(e)
    found = {key_id: tuple(clashes(store, bundles, waiting)) for key_id, bundles in waiting.items()}
    return [replace(e, clashes=found[e.key_id]) if found.get(e.key_id) else e for e in entries]


def trusted_names(store, key_ids: Iterable[str] | None = None) -> dict[str, str]:
    """Key id -> the name the secretariat gave it (trust list, else a pinned pack's signer, else this
    workspace's own identity). `key_ids`: those keys' alone, read for them only (a store that has
    imported for years trusts thousands of keys)."""
    from app.bundles.format import key_id_for
    from app.bundles.identity import own_public_key

    wanted = None if key_ids is None else sorted(set(key_ids))
    names: dict[str, str] = {}
    own = own_public_key(store)
    if own is not None and (wanted is None or key_id_for(own[1]) in wanted):
        names[key_id_for(own[1])] = own[0]
    # The pins, then the trust list, each in its order: the trust list has the last word, its latest entry
    # first of all.
    for table, name in (("bundle_pins", "signer_name"), ("bundle_trust", "name")):
        order = "pinned_at" if table == "bundle_pins" else "added_at, id"
        for where, params in _key_chunks(wanted):
            for key_id, value in store.conn.execute(
                f"SELECT key_id, {name} FROM {table}{where} ORDER BY {order}", params
            ):
                names[key_id] = value
    return names


def _key_chunks(wanted: list[str] | None) -> Iterator[tuple[str, tuple[str, ...]]]:
    if wanted is None:
        yield "", ()
        return
    for start in range(0, len(wanted), 500):
        chunk = tuple(wanted[start : start + 500])
        yield f" WHERE key_id IN ({', '.join('?' * len(chunk))})", chunk


def trusted_name(store, key_id: str) -> str | None:
    """The name `trusted_names` gives one key, read for that key alone (None: it has none)."""
    return trusted_names(store, [key_id]).get(key_id)


def own_key_id(store) -> str | None:
    from app.bundles.format import key_id_for
    from app.bundles.identity import own_public_key

    own = own_public_key(store)
    return key_id_for(own[1]) if own is not None else None


def _entry(path: str, verdict, store, held, ledger, names: dict[str, str]) -> InboxEntry:
    common = {}
    if verdict.ok:
        common = {
            "kind": verdict.kind or "",
            "bundle_id": verdict.bundle_id or "",
            "signer_name": verdict.signer_name or "",
            "key_id": verdict.key_id or "",
            "fingerprint": verdict.fingerprint or "",
            "trusted_as": verdict.grants,
            "conference_id": verdict.conference or "",
            "tables": tuple(verdict.tables),
            "counts": tuple(sorted((verdict.counts or {}).items())),
            "created": verdict.created or "",
            "manifest_sha256": verdict.manifest_sha256 or "",
            "trusted_name": names.get(verdict.key_id or "", ""),
            "sequence": verdict.sequence,
        }
    if not verdict.ok:
        state = INCOMPLETE if verdict.incomplete else INVALID
        return InboxEntry(
            path, state, verdict.reason or "", check=verdict.check or "", why=verdict.why, **common
        )
    sha = verdict.manifest_sha256
    done = ledger.imported(store, sha)
    if done is not None:
        return InboxEntry(path, IMPORTED, done.imported_at, **common)
    if verdict.key_id and verdict.key_id == own_key_id(store):
        return InboxEntry(path, OWN, "", **common)
    if verdict.import_problem:
        check = getattr(verdict, "import_problem_check", None) or ""
        if check == "role" and _returning_chair(store, verdict):  # the importer holds it: a decision waits
            state = HELD if sha in held else UNKNOWN_KEY
            return InboxEntry(path, state, RETURNING_CHAIR, **common)
        why = verdict.import_problem_why
        return InboxEntry(path, WILL_REFUSE, verdict.import_problem, check=check, why=why, **common)
    if sha in held and verdict.trusted_role is None:
        return InboxEntry(path, HELD, held[sha].received_at, source=held[sha].source_path, **common)
    # A held bundle whose key was trusted since (its key card came after the bundle) is ready: the
    # merge imports it and takes it out of quarantine. It read "unknown key" over a trusted key.
    if verdict.trusted_role is None:
        return InboxEntry(path, UNKNOWN_KEY, "", **common)
    return InboxEntry(path, READY, "", **common)


def _returning_chair(store, verdict) -> bool:
    from app.bundles.clashes import chair_of_another_conference, status_of

    return store.get("conference", verdict.conference or "") is not None and chair_of_another_conference(
        status_of(store, verdict.key_id or ""),
        verdict.kind or "",
        verdict.conference or "",
        tuple(verdict.tables),
    )


def sync_folder(workspace: Workspace) -> Path | None:
    """The configured sync target when it is a folder (a share, a stick): its bundles are listed too."""
    from app.sync import settings

    text = settings.configured_target(workspace.store)
    if not text:
        return None
    try:
        spec = settings.parse_target(text)
    except UserError:  # a target the sync view complains about; the inbox just skips it
        return None
    return None if spec.is_webdav else Path(spec.location)


def watched_folders(store) -> list[str]:
    """The folders this workspace's Collect watches (they belong to the workspace: another workspace on
    the same computer watches its own)."""
    return _string_list(store, WATCHED_FOLDERS_KEY)


def set_watched_folders(store, folders: Iterable[str]) -> None:
    _set_string_list(store, WATCHED_FOLDERS_KEY, folders)


def added_files(store) -> list[str]:
    """Bundle files added by hand (from an e-mail, say) that still exist."""
    return [f for f in _string_list(store, ADDED_FILES_KEY) if Path(f).is_file()]


def set_added_files(store, files: Iterable[str]) -> None:
    _set_string_list(store, ADDED_FILES_KEY, [f for f in files if Path(f).is_file()])


def _string_list(store, key: str) -> list[str]:
    import json

    raw = store.meta_get(key)
    try:
        value = json.loads(raw) if raw else []
    except ValueError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _set_string_list(store, key: str, values: Iterable[str]) -> None:
    import json

    store.meta_set(key, json.dumps(list(dict.fromkeys(values)), ensure_ascii=False))
