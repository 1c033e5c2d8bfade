"""One sync: push every pending outbox bundle to the target, then pull what is new from it.

Push comes first, so a chair's results leave even when a pull later fails. A failure to reach or write the
target stops the sync with a `SyncError` and leaves every unsent bundle pending; a remote bundle that is
refused on import is reported and remembered, and the sync goes on. Running it twice in a row moves
nothing the second time: sent bundles are known by hash, remote files by their version.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app import conferences, roles
from app.bundles.format import KIND_PACK, KIND_TABLE, MAX_FILE_BYTES
from app.bundles.table_scope import chaired as chaired_tables
from app.bundles.table_scope import is_table_scoped
from app.cancel import Cancelled, CancelToken, is_cancelled
from app.errors import UserError
from app.messages import TEXT, Message, dumps, english, message
from app.store import Store
from app.sync import copies, errors, outbox, settings
from app.sync.copies import Sighting
from app.sync.errors import SyncError, too_large
from app.sync.outbox import OutboxEntry, now_utc
from app.sync.targets import BUNDLE_SUFFIX, RemoteFile, Target, bundle_file_name
from app.workspace import Workspace

if TYPE_CHECKING:
    from app.bundles.admission import Released
    from app.bundles.importer import Receipt

ProgressFn = Callable[[int, int, str], None]  # (steps done, steps known, what is happening)

# Outcomes of looking at one remote file.
PACK_OF_PINNED = "pack-of-pinned"  # what a chair takes from a conference folder new to it
IMPORTED = "imported"
ALREADY = "already"  # imported before (by another route): the import was a no-op
QUARANTINED = "quarantined"
REFUSED = "refused"
INCOMPLETE = "incomplete"  # a half-copied file: fetched again next time
UNTIL_MORE_ARRIVES = ("relay", "rollback", "former")  # refusals that another bundle's arrival may lift
VANISHED = "vanished"  # removed from the target between its listing and its download: nothing to do
NOT_FOR_US = "not-for-us"  # a bundle kind this role does not take (a chair and other tables' exports)
TABLE_SCOPE = "table-scope"  # Pulled.check of a chairs' follow-up of a table this laptop does not chair


class SyncCancelled(Cancelled):
    """The user stopped the sync; what was already moved stays moved."""


@dataclass(frozen=True)
class Pulled:
    bundle_id: str
    conference_id: str
    kind: str
    outcome: str
    detail: str = ""
    check: str = ""  # a refused bundle's failed check (BundleError.check), so a face can explain it
    why: Message | None = None  # exactly why it was refused, as data (BundleError.why)
    # The import's own receipt (counts, conflicts, remarks), for a face that lists what sync merged
    receipt: Receipt | None = field(default=None, compare=False, repr=False)
    said: tuple[Message, ...] = ()  # `detail` as data: what sync_seen keeps (JSON), for any language


@dataclass
class SyncReport:
    target: str
    pushed: list[OutboxEntry] = field(default_factory=list)
    already_there: list[OutboxEntry] = field(default_factory=list)
    withdrawn: list[str] = field(default_factory=list)  # chairs' follow-ups holding a note left out
    pulled: list[Pulled] = field(default_factory=list)
    unchanged: int = 0  # remote files seen in an earlier sync and not changed since
    problems: list[Message] = field(default_factory=list)  # what could not be sent or used
    copies: list[Sighting] = field(default_factory=list)  # exports signed with our key, made elsewhere
    released: list[Released] = field(default_factory=list)  # held bundles of keys trusted since

    @property
    def arrived(self) -> list[Pulled]:
        """Fetched bundles that changed this workspace: merged, or held in quarantine for a decision."""
        return [p for p in self.pulled if p.outcome in (IMPORTED, QUARANTINED)]

    @property
    def moved_anything(self) -> bool:
        return bool(self.pushed or self.arrived or any(r.imported for r in self.released))

    def lines(self) -> list[str]:
        """What moved, for people: one line each."""
        out = [f"sent {_remote_name(e)} ({e.kind}, conference {e.conference_id})" for e in self.pushed]
        out += [f"already on the target: {_remote_name(e)}" for e in self.already_there]
        out += [f"taken out of the outbox, not sent (holds a note now left out): {n}" for n in self.withdrawn]
        for p in self.pulled:
            if p.outcome not in (NOT_FOR_US, REFUSED, VANISHED):  # a refusal is among the problems below
                detail = f": {p.detail}" if p.detail else ""
                what = _OUTCOME_WORDS.get(p.outcome, p.outcome)
                out.append(f"{what} {bundle_file_name(p.bundle_id)} ({p.kind or 'unknown kind'}){detail}")
        out += [r.describe() for r in self.released if r.imported]
        out += [f"problem: {problem.english()}" for problem in self.problems]
        if self.copies:
            out.append(f"warning: {copies.warning(self.copies)}")
        if others := sum(1 for p in self.pulled if p.check == TABLE_SCOPE):
            out.append(
                f"left on the target: {others} follow-up(s) for tables this laptop does not chair (its own"
                " table's is taken once it has written a note at that table or exported it)"
            )
        if not self.moved_anything:
            out.append("nothing new to send or fetch")
        return out


_OUTCOME_WORDS = {
    ALREADY: "already imported",
    QUARANTINED: "held in quarantine",
    INCOMPLETE: "incomplete (fetched again next time)",
}


def _remote_name(entry: OutboxEntry) -> str:
    name = bundle_file_name(entry.bundle_id)
    return name if name == entry.name else f"{name} (from {entry.name})"


def import_bundle(workspace: Workspace, path: Path) -> tuple[str, str]:
    """Verify and merge one fetched bundle through the bundles service; (outcome, detail)."""
    pulled = import_fetched(workspace, path, "", "", "")
    return pulled.outcome, pulled.detail


def import_fetched(workspace: Workspace, path: Path, bundle_id: str, folder: str, kind: str) -> Pulled:
    """Verify and merge one fetched bundle; what happened, with the failed check's code of a refused
    bundle and why, what was said of it as data, and the import's receipt."""
    from app.bundles.importer import import_files

    try:
        [receipt] = import_files(workspace, [path])
    except UserError as exc:  # not the bundle's fault: this laptop could not keep it (a full disk...)
        raise SyncError(errors.LOCAL, str(exc)) from None
    outcome, said = receipt_outcome(receipt)
    refused = outcome == REFUSED
    return Pulled(
        bundle_id,
        folder,
        kind,
        outcome,
        english(said),
        receipt.check or "" if refused else "",
        receipt.why if refused else None,
        receipt=receipt,
        said=said,
    )


def receipt_outcome(receipt: Receipt) -> tuple[str, tuple[Message, ...]]:
    """What became of the bundle, and what to say about it (its remarks, or why it was not merged)."""
    from app.bundles import importer

    why = receipt.why or (Message(TEXT, {"text": receipt.reason}) if receipt.reason else None)
    if receipt.status == importer.REFUSED and receipt.incomplete:
        return INCOMPLETE, (why,) if why else ()
    outcome = {
        importer.IMPORTED: IMPORTED,
        importer.ALREADY: ALREADY,
        importer.QUARANTINED: QUARANTINED,
    }.get(receipt.status, REFUSED)
    if outcome == IMPORTED:  # what the receipt notes: conflicts to review, a pinned key's fingerprint, gaps
        conflicts = (receipt.counts or {}).get("conflicts", 0)
        opened = (message("conflicts-opened", count=conflicts),) if conflicts else ()
        return outcome, opened + tuple(receipt.flags)
    return outcome, () if outcome == ALREADY or why is None else (why,)


def wanted_kind(role: str) -> str:
    """Chairs take conference packs; the secretariat takes table exports."""
    return KIND_TABLE if role == "secretariat" else KIND_PACK


def run_sync(
    workspace: Workspace,
    target: Target,
    *,
    progress: ProgressFn | None = None,
    cancel: CancelToken | None = None,
    pull: bool = True,
) -> SyncReport:
    """Push pending, then pull new (unless `pull` is False: `pack export` only delivers its pack);
    raises `SyncError` (and remembers it) when the target fails us."""
    from app.sync.busy import one_sync_at_a_time

    with one_sync_at_a_time(workspace.dir):
        return _run_sync(workspace, target, progress, cancel, pull)


def _run_sync(
    workspace: Workspace, target: Target, progress: ProgressFn | None, cancel: CancelToken | None, pull: bool
) -> SyncReport:
    store = workspace.store
    report = SyncReport(target.description)
    store.meta_set(settings.LAST_ATTEMPT_KEY, now_utc())
    steps = _Steps(progress, cancel)
    _sweep_local(workspace)
    from app.proposals.followup_outbox import withdraw_before_sync

    report.withdrawn = withdraw_before_sync(workspace)  # a follow-up holding a note left out meanwhile
    try:
        remote_folders = target.folders()  # reaches the target and checks the credentials first
        _push(store, workspace.outbox_dir, target, report, steps)
        if pull:
            _pull(workspace, target, remote_folders, report, steps)
            report.released = _import_now_trusted(workspace)
    except SyncError as exc:
        store.meta_set(settings.LAST_ERROR_KEY, f"{exc.kind}\t{exc}")
        raise
    with store.transaction():
        store.meta_set(settings.LAST_SUCCESS_KEY, now_utc())
        store.meta_set(settings.LAST_ERROR_KEY, "")
    report.copies = copies.current(store)  # said again on every sync until this laptop is renewed
    return report


class _Steps:
    def __init__(self, progress: ProgressFn | None, cancel: CancelToken | None) -> None:
        self.progress, self.cancel = progress, cancel
        self.done = self.total = 0

    def add(self, count: int) -> None:
        self.total += count

    def step(self, message: str) -> None:
        if is_cancelled(self.cancel):
            raise SyncCancelled()
        if self.progress:
            self.progress(self.done, max(self.total, self.done + 1), message)
        self.done += 1


def _push(store: Store, outbox_dir: Path, target: Target, report: SyncReport, steps: _Steps) -> None:
    statuses = outbox.status(store, outbox_dir, target.description)
    pending = [s.entry for s in statuses if s.state == outbox.PENDING]
    report.problems += [s.entry.why for s in statuses if s.state == outbox.UNREADABLE and s.entry.why]
    steps.add(len(pending))
    listings: dict[str, dict[str, RemoteFile]] = {}
    for entry in pending:
        steps.step(f"sending {entry.name}")
        if not entry.path.is_file():  # removed from the outbox while we were looking
            report.problems.append(message("outbox-gone", file=entry.name))
            continue
        if entry.conference_id not in listings:
            listings[entry.conference_id] = {f.name: f for f in target.files(entry.conference_id)}
        name = bundle_file_name(entry.bundle_id)
        there = listings[entry.conference_id].get(name)
        if there is not None and there.size == entry.size and _same_bytes(target, there, entry, outbox_dir):
            report.already_there.append(entry)
        else:
            target.upload(entry.path, entry.conference_id, name)
            report.pushed.append(entry)
        outbox.mark_sent(store, entry, target.description)
    for folder in listings:  # what an earlier, interrupted run of ours left there
        target.sweep(folder)


def _sweep_local(workspace: Workspace) -> None:
    """Before a sync: finish exports a crash interrupted, drop half-fetched and comparison copies."""
    from app.bundles.export import finish_exports

    finish_exports(workspace)
    leftovers = [*workspace.outbox_dir.glob(".*.compare"), *inbox_dir(workspace).glob("*.part")]
    for path in leftovers:
        with contextlib.suppress(OSError):
            path.unlink()


def _same_bytes(target: Target, remote: RemoteFile, entry: OutboxEntry, scratch: Path) -> bool:
    copy = scratch / f".{remote.name}.compare"
    try:
        try:
            target.download(remote, copy)
        except SyncError as exc:
            if exc.kind == errors.TOO_LARGE:
                return False  # not our bundle: ours takes its place
            raise
        return outbox.file_sha256(copy) == entry.sha256
    finally:
        with contextlib.suppress(OSError):
            copy.unlink(missing_ok=True)


def inbox_dir(workspace: Workspace) -> Path:
    """Where fetched bundles are kept, as they arrived, after their import."""
    path = workspace.dir / "inbox"
    path.mkdir(exist_ok=True)
    return path


def _pull(
    workspace: Workspace,
    target: Target,
    remote_folders: list[str],
    report: SyncReport,
    steps: _Steps,
) -> None:
    store = workspace.store
    ours = roles.administered(store)
    mine = {c.id for c in conferences.conferences(store)}
    # The table exports of a conference created here (this workspace is its secretariat, app.roles);
    # otherwise what the person's role takes: a secretariat every table export it finds, a chair the
    # packs of its conferences (a laptop with none yet takes the packs it finds, to open its conference;
    # the first pack pins the secretariat's key).
    wanted_in: dict[str, str] = {}
    for folder in remote_folders:
        if folder in ours or workspace.role == roles.SECRETARIAT:
            wanted_in[folder] = KIND_TABLE
        elif folder in mine or not mine:
            wanted_in[folder] = KIND_PACK
        else:  # a conference new here: its pack only from a secretariat this laptop already pinned
            wanted_in[folder] = PACK_OF_PINNED
    folders = list(wanted_in)
    own = {e.bundle_id for e in outbox.entries(workspace.outbox_dir)}
    seen = {
        row[0]: row[1]
        for row in store.conn.execute(
            "SELECT path, version FROM sync_seen WHERE target = ?", (target.description,)
        )
    }
    for folder in folders:
        new = []
        chaired = chaired_tables(store, folder) if wanted_in[folder] != KIND_TABLE else set()
        for remote in target.files(folder):
            if remote.name.removesuffix(BUNDLE_SUFFIX) in own:
                continue
            remembered = seen.get(remote.path)
            if remembered == remote.version or _still_not_ours(remembered, remote.version, chaired):
                report.unchanged += 1
            else:
                new.append(remote)
        steps.add(len(new))
        waiting: list[tuple[RemoteFile, Pulled]] = []  # refused for what had not arrived yet
        for remote in new:
            steps.step(f"fetching {remote.name}")
            pulled = _fetch_one(workspace, target, remote, wanted_in[folder])
            if pulled.check in UNTIL_MORE_ARRIVES:
                waiting.append((remote, pulled))
            else:
                _add_pulled(report, remote, pulled)
        # Files come in name order, not in the order they were made: once others arrived, try again.
        arrived = any(p.outcome == IMPORTED for p in report.pulled)
        for remote, pulled in waiting:
            _add_pulled(
                report,
                remote,
                _fetch_one(workspace, target, remote, wanted_in[folder]) if arrived else pulled,
            )


def _import_now_trusted(workspace: Workspace) -> list[Released]:
    """Held bundles whose key was trusted since they arrived (a key card added after the chair's
    export was fetched) are imported now, every check again: the secretary need not know a command."""
    from app.bundles.admission import import_now_trusted

    return import_now_trusted(workspace)


def _add_pulled(report: SyncReport, remote: RemoteFile, pulled: Pulled) -> None:
    report.pulled.append(pulled)
    if pulled.outcome == REFUSED:
        said = pulled.said or (Message(TEXT, {"text": pulled.detail}),)
        report.problems.append(message("fetched-refused", file=remote.name, why=said[0].as_json()))


def _signer_pinned(store: Store, manifest: dict) -> bool:
    """Whether the key the manifest names signs some conference's packs here (the importer then checks
    the signature itself: a forged name of a key is refused there)."""
    signer = manifest.get("signer")
    key_id = signer.get("key_id") if isinstance(signer, dict) else None
    if not isinstance(key_id, str):
        return False
    if store.conn.execute("SELECT 1 FROM bundle_pins WHERE key_id = ?", (key_id,)).fetchone() is not None:
        return True
    from app.bundles.co_secretaries import named_by_a_pack

    return named_by_a_pack(store, key_id)  # another member of the team whose pack it opened


def _of_other_tables(store: Store, manifest: dict) -> bool:
    """Whether a chairs' follow-up is not for this laptop (app/bundles/table_scope.py, the rule
    "Open file…" follows too)."""
    from app.bundles.table_scope import not_for_this_laptop

    return not_for_this_laptop(store, manifest) is not None


def _fetch_one(workspace: Workspace, target: Target, remote: RemoteFile, wanted: str) -> Pulled:
    local = inbox_dir(workspace) / remote.name
    bundle_id = remote.name.removesuffix(BUNDLE_SUFFIX)
    try:
        if remote.size > MAX_FILE_BYTES:  # no bundle may be that big: not worth the download
            raise too_large(remote.name)
        target.download(remote, local)  # stops, too, at a file larger than it was listed
    except SyncError as exc:
        if exc.kind == errors.MISSING and _vanished(target, remote):
            return Pulled(bundle_id, remote.folder, "", VANISHED)  # not remembered: nothing was seen
        if exc.kind != errors.TOO_LARGE:
            raise
        why = message("not-a-bundle-size")
        pulled = Pulled(bundle_id, remote.folder, "", REFUSED, why.english(), "size", why, said=(why,))
        _remember(workspace.store, target.description, remote, pulled)
        return pulled
    sighting = copies.made_elsewhere(workspace.store, local)
    if sighting is not None:  # a copy of this laptop's profile signs too; the file stays on the target
        copies.remember(workspace.store, sighting)
    try:
        manifest = outbox.read_routing(local)
        kind = manifest.get("kind") if isinstance(manifest.get("kind"), str) else ""
    except Exception:  # unreadable: let the importer name the failed check
        kind = ""
    if wanted == PACK_OF_PINNED:  # a returning chair gets next year's pack; a stranger's is left alone
        wanted = KIND_PACK if kind == KIND_PACK and _signer_pinned(workspace.store, manifest) else "-"
    scoped = False
    if wanted == KIND_PACK and kind == KIND_PACK and _of_other_tables(workspace.store, manifest):
        wanted = "-"  # a chairs' follow-up of another table (app/proposals/exchange.py) is not hers
        scoped = is_table_scoped(manifest)  # (a colleague secretariat's record never is)
    if wanted == "-" or (kind and kind != wanted):
        local.unlink(missing_ok=True)
        pulled = Pulled(bundle_id, remote.folder, kind, NOT_FOR_US, check=TABLE_SCOPE if scoped else "")
    else:
        pulled = import_fetched(workspace, local, bundle_id, remote.folder, kind)
        if pulled.outcome == QUARANTINED:  # the quarantine keeps its own copy: one is enough
            local.unlink(missing_ok=True)
    # A half-synced copy is fetched again next time, and so is a bundle refused only for what has not
    # arrived yet: a relay taken once the laptop's own bundle is here, an older state signed again
    # that the exports beside it in its signer's chain may yet show to be another copy's.
    if pulled.outcome != INCOMPLETE and pulled.check not in UNTIL_MORE_ARRIVES:
        # Another table's follow-up is judged again once this laptop chairs other tables (a spare
        # laptop whose chair sits down at hers): remembered with what the judgement depended on.
        version = f"{remote.version}#{_covered(manifest)}" if scoped else remote.version
        _remember(workspace.store, target.description, remote, pulled, version)
    return pulled


def _covered(manifest: dict) -> str:
    """The tables a skipped follow-up covers, as sync_seen remembers them beside its version."""
    tables = manifest.get("tables")
    listed = tables if isinstance(tables, list) else []
    return "tables:" + ",".join(str(t) for t in listed if isinstance(t, int))


def _still_not_ours(remembered: str | None, version: str, chaired: set[int]) -> bool:
    """Whether a follow-up skipped as another table's (remembered as VERSION#tables:…) is still not for
    this laptop: it chairs none of the tables it covers."""
    if remembered is None or not remembered.startswith(f"{version}#tables:"):
        return False
    covered = remembered.partition("#tables:")[2]
    return not {int(t) for t in covered.split(",") if t.isdigit()} & chaired


def _vanished(target: Target, remote: RemoteFile) -> bool:
    """Whether a file that could not be fetched is gone from its folder since it was listed (another
    secretary tidied it away); a folder or target that is gone itself raises from the listing."""
    return all(f.name != remote.name for f in target.files(remote.folder))


def _remember(store: Store, target: str, remote: RemoteFile, pulled: Pulled, version: str = "") -> None:
    row = {
        "target": target,
        "path": remote.path,
        "version": version or remote.version,
        "bundle_id": pulled.bundle_id,
        "kind": pulled.kind,
        "outcome": pulled.outcome,
        "detail": dumps(pulled.said or ((Message(TEXT, {"text": pulled.detail}),) if pulled.detail else ())),
        "seen_at": now_utc(),
    }
    with store.transaction():
        store.conn.execute(
            f"INSERT OR REPLACE INTO sync_seen({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            tuple(row.values()),
        )
