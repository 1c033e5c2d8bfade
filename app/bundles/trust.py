"""The trust list: which key may write what in this workspace.

A grant binds a key to a role: "secretariat" (may write everything) or "chair" of one table of one
conference (may write only that table's notes, proposals and table facts). Besides the listed grants,
a key is trusted as secretariat when it is this workspace's own key in a secretariat workspace, or when
it is the key pinned by the first conference pack a chair's workspace opened: then it is the
secretariat of that conference only (see permissions.py).
Removing a key revokes it: the row stays, so the key's bundles are refused, not quarantined as unknown.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass

from app.bundles.format import key_id_for
from app.bundles.identity import own_public_key
from app.bundles.keys import weak_key_problem
from app.bundles.ledger import utc_now_text
from app.errors import NotFound, UserError
from app.messages import Message, english, message
from app.roles import administered
from app.store import Store

SECRETARIAT = "secretariat"
CHAIR = "chair"
REJECTED = "rejected"  # a key someone rejected from quarantine
ROLES = (SECRETARIAT, CHAIR)


@dataclass(frozen=True)
class Grant:
    role: str
    conference_id: str | None = None
    table_number: int | None = None

    def message(self) -> Message:
        if self.role == CHAIR:
            return message("grant-chair", table=self.table_number, conference=self.conference_id)
        if self.conference_id:
            return message("grant-secretariat-pinned", conference=self.conference_id)
        return message("grant-secretariat")

    def describe(self) -> str:
        return self.message().english()

    def covers(self, conference_id: str | None, table_number: int | None) -> bool:
        """Whether the grant reaches this table of this conference."""
        if self.role == SECRETARIAT:
            return self.conference_id is None or self.conference_id == conference_id
        return (
            self.role == CHAIR and conference_id == self.conference_id and table_number == self.table_number
        )


@dataclass(frozen=True)
class TrustEntry:
    id: int
    key_id: str
    public_key: str
    name: str
    role: str
    conference_id: str | None
    table_number: int | None
    added_at: str
    revoked_at: str | None
    source: str

    @property
    def active(self) -> bool:
        return self.revoked_at is None and self.role in ROLES

    def grant(self) -> Grant:
        return Grant(self.role, self.conference_id, self.table_number)


@dataclass(frozen=True)
class TrustStatus:
    """What a public key may do here. No grants and not revoked: an unknown key (quarantine)."""

    grants: tuple[Grant, ...]
    revoked: bool = False
    name: str | None = None  # the name we know the key by, if any

    @property
    def known(self) -> bool:
        return bool(self.grants)

    @property
    def is_secretariat(self) -> bool:
        """The secretariat of everything (not only of a pinned conference)."""
        return any(g.role == SECRETARIAT and g.conference_id is None for g in self.grants)

    def secretariat_of(self, conference_id: str) -> bool:
        return any(g.role == SECRETARIAT and g.covers(conference_id, None) for g in self.grants)

    @property
    def chairs(self) -> bool:
        return any(g.role == CHAIR for g in self.grants)

    def with_grant(self, grant: Grant) -> TrustStatus:
        return TrustStatus((*self.grants, grant), revoked=False, name=self.name)

    def messages(self) -> tuple[Message, ...]:
        """What the key is trusted for, one message a grant (as data: the windows translate them)."""
        if self.grants:
            return tuple(dict.fromkeys(g.message() for g in self.grants))
        return (message("key-revoked") if self.revoked else message("key-unknown"),)

    def describe(self) -> str:
        return english(self.messages())


def add(
    store: Store,
    public_key: bytes,
    name: str,
    role: str,
    conference_id: str | None = None,
    table_number: int | None = None,
    *,
    source: str = "manual",
) -> TrustEntry:
    """Grant a role to a key; adding a grant the key already holds changes nothing."""
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}; use one of: {', '.join(ROLES)}")
    if not name.strip():
        raise UserError("give the key a name (--name), e.g. the chair's name")
    if role == CHAIR:
        if not conference_id or table_number is None:
            raise UserError("a chair is trusted for one table: give --conference ID and --table N")
        if table_number < 1:
            raise UserError("table numbers start at 1")
    elif conference_id or table_number is not None:
        raise UserError("the secretariat may write every conference; leave out --conference and --table")
    weak = weak_key_problem(public_key)
    if weak:
        raise UserError(f"refused to trust {weak.english()}")
    key_id = key_id_for(public_key)
    encoded = base64.b64encode(public_key).decode("ascii")
    with store.transaction():
        for entry in entries(store):
            if (
                entry.active
                and entry.public_key == encoded
                and entry.grant() == Grant(role, conference_id, table_number)
            ):
                return entry
        row_id = (
            store.db["bundle_trust"]
            .insert(
                {
                    "key_id": key_id,
                    "public_key": encoded,
                    "name": name.strip(),
                    "role": role,
                    "conference_id": conference_id,
                    "table_number": table_number,
                    "added_at": utc_now_text(),
                    "revoked_at": None,
                    "source": source,
                }
            )
            .last_pk
        )
    return next(e for e in entries(store) if e.id == row_id)


def reject(store: Store, public_key: bytes, name: str) -> None:
    """Mark a key as rejected: its bundles are refused from now on instead of quarantined."""
    now = utc_now_text()
    with store.transaction():
        store.db["bundle_trust"].insert(
            {
                "key_id": key_id_for(public_key),
                "public_key": base64.b64encode(public_key).decode("ascii"),
                "name": name or "?",
                "role": REJECTED,
                "conference_id": None,
                "table_number": None,
                "added_at": now,
                "revoked_at": now,
                "source": "quarantine",
            }
        )


def remove(store: Store, key_id: str) -> list[TrustEntry]:
    """Revoke a key (by key id, or its first 8+ hex digits): every active grant, and any conference
    pinned to it (its later packs are then refused too). Returns the grants revoked; a pinned key
    comes back as its "rejected" row."""
    key_id = key_id.strip().lower().replace(" ", "")
    if len(key_id) < 8 or not re.fullmatch(r"[0-9a-f]+", key_id):
        raise UserError("give at least 8 hex digits of the key id")
    matches = [e for e in entries(store) if e.active and e.key_id.startswith(key_id)]
    pins = [
        Pin(**dict(row))
        for row in store.conn.execute("SELECT * FROM bundle_pins")
        if row["key_id"].startswith(key_id)  # a plain prefix: never a LIKE pattern from what was typed
    ]
    if len({e.key_id for e in matches} | {p.key_id for p in pins}) > 1:
        raise UserError(f"{key_id} matches several keys; give more of the key id")
    if not matches and not pins:
        raise NotFound(f"no trusted key with id {key_id}")
    now = utc_now_text()
    with store.transaction():
        store.conn.executemany(
            "UPDATE bundle_trust SET revoked_at = ? WHERE id = ?", [(now, e.id) for e in matches]
        )
        if pins:
            store.conn.execute("DELETE FROM bundle_pins WHERE key_id = ?", (pins[0].key_id,))
            reject(store, base64.b64decode(pins[0].public_key), pins[0].signer_name)
    if pins and not matches:
        return [e for e in entries(store) if e.key_id == pins[0].key_id and e.role == REJECTED][-1:]
    return matches


def entries(store: Store, *, include_revoked: bool = True) -> list[TrustEntry]:
    rows = store.conn.execute("SELECT * FROM bundle_trust ORDER BY added_at, id").fetchall()
    result = [TrustEntry(**dict(row)) for row in rows]
    return result if include_revoked else [e for e in result if e.active]


def status(store: Store, public_key: bytes) -> TrustStatus:
    encoded = base64.b64encode(public_key).decode("ascii")
    key_id = key_id_for(public_key)
    grants: list[Grant] = []
    name: str | None = None
    revoked = False
    own = own_public_key(store)
    if own is not None and own[1] == public_key:
        # This workspace's own key speaks for the secretariat it is: of every conference when the person
        # runs the secretariat, else of the conferences created here (app.roles).
        if store.meta_get("role") == SECRETARIAT:
            grants.append(Grant(SECRETARIAT))
        else:
            grants += [Grant(SECRETARIAT, conference_id) for conference_id in sorted(administered(store))]
        name = own[0] if grants else None
    rows = store.conn.execute(
        "SELECT * FROM bundle_trust WHERE key_id = ? AND public_key = ?", (key_id, encoded)
    ).fetchall()
    for entry in (TrustEntry(**dict(row)) for row in rows):
        name = name or entry.name
        if entry.active:
            grants.append(entry.grant())
        else:
            revoked = True
    for conference_id, signer_name in store.conn.execute(
        "SELECT conference_id, signer_name FROM bundle_pins WHERE key_id = ? AND public_key = ?"
        " ORDER BY pinned_at",
        (key_id, encoded),
    ):
        grants.append(Grant(SECRETARIAT, conference_id))  # the secretariat of that conference only
        name = name or signer_name
    # An explicit grant made after a revocation wins; a pin or own key is never revoked by the list.
    return TrustStatus(tuple(grants), revoked=revoked and not grants, name=name)


@dataclass(frozen=True)
class Pin:
    conference_id: str
    key_id: str
    public_key: str
    signer_name: str
    pinned_at: str


def pin_for(store: Store, conference_id: str) -> Pin | None:
    row = store.conn.execute("SELECT * FROM bundle_pins WHERE conference_id = ?", (conference_id,)).fetchone()
    return Pin(**dict(row)) if row else None


def pin(store: Store, conference_id: str, public_key: bytes, signer_name: str) -> None:
    """Call inside the import transaction of the first pack for a conference."""
    store.db["bundle_pins"].insert(
        {
            "conference_id": conference_id,
            "key_id": key_id_for(public_key),
            "public_key": base64.b64encode(public_key).decode("ascii"),
            "signer_name": signer_name,
            "pinned_at": utc_now_text(),
        }
    )
