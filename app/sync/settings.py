"""Where this workspace syncs to, and with which account. The password lives in the OS keyring only.

The target and user name are kept in the workspace's meta table (they are not secret and belong to the
workspace, not to one window); the password is stored with the `keyring` package under the service
"Rundabord sync" and the name "<user> @ <url>", so two targets or two accounts never share a password.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from app.cancel import CancelToken
from app.errors import Said, UserError
from app.messages import message
from app.store import Store
from app.sync.folder import FolderTarget
from app.sync.targets import Target

KEYRING_SERVICE = "Rundabord sync"
TARGET_KEY = "sync.target"
USER_KEY = "sync.user"
LAST_SUCCESS_KEY = "sync.last_success"
LAST_ATTEMPT_KEY = "sync.last_attempt"
LAST_ERROR_KEY = "sync.last_error"
TIMEOUT_KEY = "sync.timeout"  # seconds a WebDAV server may keep us waiting for a reply; "" the default
LONGEST_TIMEOUT = 3600.0

_DAV_SCHEMES = {"http": "http", "https": "https", "dav": "http", "davs": "https", "webdav": "http",
                "webdavs": "https"}  # fmt: skip


@dataclass(frozen=True)
class TargetSpec:
    """A target as the user named it, normalised: a WebDAV URL (no credentials in it) or a folder."""

    kind: str  # "webdav" or "folder"
    location: str  # the URL, or the absolute folder path
    user: str | None = None  # from the URL's user part, if it had one

    @property
    def is_webdav(self) -> bool:
        return self.kind == "webdav"


def parse_target(text: str) -> TargetSpec:
    text = text.strip()
    if not text:
        raise Said(message("sync-target-empty"))
    try:
        parts = urlsplit(text)
    except ValueError:  # "https://[::1": an unclosed bracket; as a folder path it is a name like another
        parts = urlsplit("")
        if text.split(":", 1)[0].lower() in _DAV_SCHEMES:
            raise Said(message("sync-target-malformed", target=text)) from None
    scheme = parts.scheme.lower()
    if scheme in _DAV_SCHEMES:
        if not parts.hostname:
            raise Said(message("sync-target-no-server", target=text))
        try:
            parts.port  # noqa: B018 (read for its check: a port beyond 65535 raises)
        except ValueError:
            raise Said(message("sync-target-malformed", target=text)) from None
        server = parts.netloc.rpartition("@")[2]  # a user name may hold spaces ("Anna Berg@")
        if any(c.isspace() or not c.isprintable() for c in server):
            raise Said(message("sync-target-malformed", target=text))
        if parts.password is not None:
            raise Said(message("sync-target-password-in-url"))
        from app.sync.webdav import without_credentials  # requests: only for a WebDAV target

        url = without_credentials(text.replace(parts.scheme, _DAV_SCHEMES[scheme], 1))
        return TargetSpec(
            "webdav", url.rstrip("/") + "/", unquote(parts.username) if parts.username else None
        )
    if len(scheme) > 1 and "://" in text:  # a one-letter "scheme" is a Windows drive
        raise Said(message("sync-target-unknown", target=text))
    return TargetSpec("folder", str(Path(text).expanduser().absolute()))


def configured_target(store: Store) -> str | None:
    return store.meta_get(TARGET_KEY) or None


def configured_user(store: Store) -> str | None:
    return store.meta_get(USER_KEY) or None


def configured_timeout(store: Store) -> float | None:
    """The seconds set with `sync configure --timeout` (or the window's settings), or None: the default."""
    try:
        seconds = float(store.meta_get(TIMEOUT_KEY) or "")
    except ValueError:
        return None
    return seconds if 0 < seconds <= LONGEST_TIMEOUT else None


def set_timeout(store: Store, seconds: float | None) -> None:
    """How long to wait for a server's reply before saying it did not answer; None: the default."""
    if seconds is not None and not 0 < seconds <= LONGEST_TIMEOUT:  # NaN fails too
        raise Said(message("sync-timeout-range", seconds=f"{seconds:g}", longest=int(LONGEST_TIMEOUT)))
    with store.transaction():
        store.meta_set(TIMEOUT_KEY, "" if seconds is None else repr(float(seconds)))


def keyring_name(user: str, url: str) -> str:
    return f"{user} @ {url}"


def get_password(user: str, url: str) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_name(user, url))
    except KeyringError:  # no usable keyring: the server will then say what it thinks of no password
        return None


def set_password(user: str, url: str, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_name(user, url), password)
        kept = keyring.get_password(KEYRING_SERVICE, keyring_name(user, url)) == password
    except KeyringError as exc:
        raise UserError(
            f"cannot keep the password: this system has no usable keyring ({exc}); "
            "Rundabord never stores passwords in plain files"
        ) from None
    if not kept:  # e.g. the "null" backend, which accepts and forgets
        raise UserError(
            f"the system keyring ({type(keyring.get_keyring()).__name__}) did not keep the password; "
            "Rundabord never stores passwords in plain files"
        )


def configure(
    store: Store, target: str, *, user: str | None = None, password: str | None = None
) -> TargetSpec:
    """Remember `target` (and the account) for this workspace; the password goes to the keyring."""
    spec = parse_target(target)
    if spec.kind == "folder":
        if user or password:
            raise Said(message("sync-folder-no-account"))
        if not Path(spec.location).is_dir():
            raise Said(message("sync-folder-missing", folder=spec.location))
        with store.transaction():
            store.meta_set(TARGET_KEY, spec.location)
            store.meta_set(USER_KEY, "")
        return spec
    user = user or spec.user
    if password is not None and not user:
        raise Said(message("sync-password-needs-user"))
    if password is not None:
        set_password(user, spec.location, password)  # first: a failed keyring changes nothing
    with store.transaction():
        store.meta_set(TARGET_KEY, spec.location)
        store.meta_set(USER_KEY, user or "")
    return spec


def forget_password(store: Store) -> bool:
    """Remove the configured account's password from the keyring; False if there was none."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    target, user = configured_target(store), configured_user(store)
    if not target or not user:
        return False
    try:
        keyring.delete_password(KEYRING_SERVICE, keyring_name(user, target))
    except (PasswordDeleteError, KeyringError):
        return False
    return True


def open_target(
    store: Store,
    override: str | None = None,
    *,
    timeout: tuple[float, float] | None = None,
    cancel: CancelToken | None = None,
) -> Target:
    """The target to sync with: `override` (a URL or folder) or the configured one; `cancel` also ends
    a wait for a server that does not answer."""
    text = override or configured_target(store)
    if not text:
        raise UserError(
            "no sync target configured; run `rundabord sync configure --target URL|FOLDER` or pass --target"
        )
    spec = parse_target(text)
    tag = store.origin
    if spec.kind == "folder":
        return FolderTarget(spec.location, tag)
    user = spec.user
    if user is None and spec.location == configured_target(store):
        user = configured_user(store)
    password = get_password(user, spec.location) if user else None
    chosen = configured_timeout(store)
    extra: dict = {}
    if timeout is None and chosen is not None:  # the user's patience: connecting never takes longer
        from app.sync.webdav import CONNECT_SECONDS, DEADLINE_SECONDS

        timeout = (min(CONNECT_SECONDS, chosen), chosen)
        # A request's whole deadline never ends the wait sooner than she chose (300 s was cut at 120)
        extra["deadline"] = max(DEADLINE_SECONDS, sum(timeout))
    if timeout:
        extra["timeout"] = timeout
    if cancel is not None:
        extra["cancel"] = cancel
    from app.sync.webdav import WebDavTarget

    return WebDavTarget(spec.location, tag, user=user, password=password, **extra)


def last_success(store: Store) -> str:
    """When the last sync that reached its target finished (ISO UTC), or ""."""
    return store.meta_get(LAST_SUCCESS_KEY) or ""
