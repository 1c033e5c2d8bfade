"""Where a secretary's workspace finds the shared PostgreSQL store, and her password.

The workspace folder keeps `postgresql.json`: the connection string without any password, and this
person's origin (every secretary writes as herself). The password lives in the OS keyring under the
service `rundabord-postgresql` and the account `user@host:port/dbname`; libpq's own ways (a `.pgpass`
file, `PGPASSWORD`, client certificates, `sslmode` and the other TLS settings in the string or in PG*
variables) work as for any other PostgreSQL client.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from app.errors import UserError
from app.pg.file_names import CONFIG_NAME
from app.pg.personal import PersonalSettings

KEYRING_SERVICE = "rundabord-postgresql"


@dataclass(frozen=True)
class Settings:
    dsn: str  # never holds a password
    origin: str


def config_path(workspace_dir: Path | str) -> Path:
    return Path(workspace_dir) / CONFIG_NAME


def is_postgresql(location: str) -> bool:
    """A libpq URI, or a key=value connection string naming a database."""
    return location.startswith(("postgresql://", "postgres://")) or "dbname=" in location


def split_password(dsn: str) -> tuple[str, str | None]:
    """The connection string without its password, and the password (None when it had none)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        parts = conninfo_to_dict(dsn)
    except Exception as exc:  # psycopg.ProgrammingError: a malformed string
        raise UserError(
            f"not a PostgreSQL connection string: {' '.join(str(exc).split())}{_ENCODE_HINT}"
        ) from None
    host, port = str(parts.get("host") or ""), str(parts.get("port") or "")
    # A password holding @, / or # splits the address elsewhere: "anna:a@b@db/x" reads host "b@db".
    if any(c in host for c in "@#?") or (port and not all(p.strip().isdigit() for p in port.split(","))):
        raise UserError(f"the address reads host {host!r} and port {port!r}{_ENCODE_HINT}")
    password = parts.pop("password", None)
    return make_conninfo(**parts), password  # type: ignore[arg-type]


_ENCODE_HINT = (
    "; a password with spaces, @, /, # or ? must be percent-encoded in the address, or left out of it"
    " and given with --password-file"
)


def read_password_file(path: Path | str) -> str:
    """The first line of a file ('-': standard input): a password given outside the command line."""
    from app.secret_files import first_line

    return first_line(path, "password")


def with_password(dsn: str, password: str) -> str:
    """The connection string with this password in it (for `Workspace.create`, which moves it to the
    keyring); unchanged when the password is empty or the string is no PostgreSQL address."""
    if not password or not is_postgresql(dsn):
        return dsn
    from psycopg.conninfo import make_conninfo

    try:
        return make_conninfo(dsn, password=password)
    except Exception:  # psycopg.ProgrammingError: Workspace.create reports the malformed address
        return dsn


def account(dsn: str) -> str:
    """The keyring account a password is kept under: user@host:port/dbname."""
    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(dsn)
    user = parts.get("user") or os.environ.get("PGUSER") or ""
    host = parts.get("host") or os.environ.get("PGHOST") or "localhost"
    port = parts.get("port") or os.environ.get("PGPORT") or "5432"
    return f"{user}@{host}:{port}/{parts.get('dbname') or ''}"


def save_password(dsn: str, password: str) -> None:
    import keyring

    try:
        keyring.set_password(KEYRING_SERVICE, account(dsn), password)
    except keyring.errors.KeyringError as exc:
        raise UserError(
            f"cannot keep the database password in the system keyring ({exc}); use a .pgpass file instead"
        ) from None


def password_for(dsn: str) -> str | None:
    import keyring

    try:
        return keyring.get_password(KEYRING_SERVICE, account(dsn))
    except keyring.errors.KeyringError:
        return None  # libpq's own ways (.pgpass, PGPASSWORD) may still supply it


def keyring_entry(dsn: str) -> str | None:
    """What the keyring holds now for the account a password in `dsn` would be kept under."""
    bare, password = split_password(dsn)
    return password_for(bare) if password else None


def restore_keyring_entry(dsn: str, before: str | None) -> None:
    """Put back what `keyring_entry` read before `write` kept the password of `dsn` (a failed start)."""
    import keyring

    bare, password = split_password(dsn)
    if not password:
        return
    try:
        if before is None:
            keyring.delete_password(KEYRING_SERVICE, account(bare))
        else:
            keyring.set_password(KEYRING_SERVICE, account(bare), before)
    except keyring.errors.KeyringError:
        pass  # it was written a moment ago; a keyring that now fails keeps a password that fails


def write(
    workspace_dir: Path | str, dsn: str, origin: str | None = None, personal: dict[str, str] | None = None
) -> Settings:
    """Point a workspace at the database; a password in `dsn` goes to the keyring, not the file. A new
    secretary gets an origin of her own; a store moved here keeps its writer's (`origin`), and her own
    settings (`personal`: role, language, sync, identity) go to her folder, not the shared store."""
    bare, password = split_password(dsn)
    if password:
        save_password(bare, password)
    import secrets  # only when a shared store is set up, not at every start

    settings = Settings(dsn=bare, origin=origin or secrets.token_hex(8))
    PersonalSettings(Path(workspace_dir)).update(personal or {})
    path = config_path(workspace_dir)
    path.write_text(json.dumps(settings.__dict__, indent=2) + "\n", encoding="utf-8")
    return settings


def read(workspace_dir: Path | str) -> Settings:
    path = config_path(workspace_dir)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Settings(dsn=str(data["dsn"]), origin=str(data["origin"]))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise UserError(f"cannot read the database settings {path}: {exc}") from None


def open_store(workspace_dir: Path | str, *, busy_timeout: float = 10.0):  # -> PgStore
    from app.pg.store import PgStore

    settings = read(workspace_dir)
    return PgStore(
        settings.dsn,
        origin=settings.origin,
        path=str(config_path(workspace_dir)),
        password=password_for(settings.dsn),
        busy_timeout=busy_timeout,
    )
