"""What a secretary must see before trusting a held key, and the remedy for a returning chair.

A new key is not suspicious by itself (a chair may bring a second laptop), but a key whose name is
already trusted for another key, or which asks for a table that another key already signs for, is
exactly what an impostor looks like; quarantine and the trust dialog flag it loudly. A returning chair
(a key trusted as chair in another conference) with a bundle for a new conference is held, not refused,
and the remedy is offered: trust that key as chair of the table it asks for.

Each clash is data (a code and its parameters), so the windows word it in the user's language and the
CLI in English.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from app.bundles import trust
from app.bundles.format import KIND_PACK, KIND_TABLE, key_id_for
from app.bundles.identity import own_public_key
from app.store import Store

SAME_NAME = "same-name"  # another key is trusted under this name
SAME_TABLE = "same-table"  # another key already signs for the table these bundles ask for
ASKS_SECRETARIAT = "asks-secretariat"  # an unknown key asks to write as the secretariat
# Another key, held and not trusted either, asks for the same table or goes by the same name: before
# either is trusted, so that accepting the impostor first does not make the real chair the one flagged.
HELD_SAME_TABLE = "held-same-table"
HELD_SAME_NAME = "held-same-name"


@dataclass(frozen=True)
class Clash:
    code: str
    other_key_id: str = ""
    other_name: str = ""
    conference_id: str | None = None
    table_number: int | None = None

    def describe(self) -> str:
        """English, for the CLI and logs."""
        if self.code == SAME_TABLE:
            return (
                f"another key ({self.other_key_id}) already signs for table {self.table_number}"
                f" as {self.other_name}"
            )
        if self.code == SAME_NAME:
            return f"another key ({self.other_key_id}) is already trusted as {self.other_name}"
        if self.code == HELD_SAME_TABLE:
            return (
                f"another unknown key ({self.other_key_id}, {self.other_name}) also asks for table"
                f" {self.table_number}: confirm fingerprints with the chair before trusting either"
            )
        if self.code == HELD_SAME_NAME:
            return (
                f"another unknown key ({self.other_key_id}) also goes by {self.other_name}:"
                " confirm fingerprints with the chair before trusting either"
            )
        return "this unknown key asks to be trusted as the secretariat, which may change everything"

    def as_json(self) -> dict:
        return dict(self.__dict__)


# Letters an impostor can swap in for the Latin ones they look like (Cyrillic and Greek capitals and
# small letters), and the Nordic letters that have no decomposition to strip.
_LOOKALIKES = str.maketrans(
    "аеорсхуікмтнвАЕОРСХУІКМТНВαοκνρτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧøØæÆđĐłŁı",
    "aeopcxyikmthbAEOPCXYIKMTHBaokvptuxABEZHIKMNOPTYXoOæÆdDlLi",
)


def name_key(name: str) -> str:
    """What two spellings of one person's name have in common: case, spacing, marks (Sjöström and
    Sjostrom), look-alike letters from other scripts, punctuation and the order of the names."""
    folded = unicodedata.normalize("NFKC", name).translate(_LOOKALIKES).casefold()
    bare = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    words = "".join(c if c.isalnum() else " " for c in bare.replace("æ", "ae")).split()
    return " ".join(sorted(words))


# What the secretariat adds to a chair's name for her second laptop's key ("Anna Berg (laptop 2)",
# "(dator 2)"): a label in brackets at the end
LABEL = re.compile(r"\s*\([^()]*\)\s*$")


def person_key(name: str) -> str:
    """`name_key` of the person a key's name names: "Anna Berg (laptop 2)" is Anna Berg, whose second
    laptop it is. Only for judging who a key may be (an impostor check flags it as her name); the key's
    own name stays apart from "Anna Berg" in every list (app/bundles/naming.py)."""
    return name_key(LABEL.sub("", name)) or name_key(name)


def _same_person(a: str, b: str) -> bool:
    return bool(person_key(a)) and person_key(a) == person_key(b)


class HeldLike(Protocol):
    """What the checks read of a held bundle (quarantine.Held) or an inbox entry (inbox.InboxEntry)."""

    key_id: str
    signer_name: str
    kind: str
    conference_id: str
    tables: tuple[int, ...]


def proposed_grant(bundles: Sequence[HeldLike]) -> trust.Grant | None:
    """The role the held bundles ask for: secretariat for packs, the chair of the one table exported."""
    kinds = {h.kind for h in bundles}
    if kinds == {KIND_PACK}:
        return trust.Grant(trust.SECRETARIAT)
    places = {(h.conference_id, h.tables) for h in bundles}
    if kinds == {KIND_TABLE} and len(places) == 1:
        conference_id, tables = next(iter(places))
        if len(tables) == 1:
            return trust.Grant(trust.CHAIR, conference_id, tables[0])
    return None


def status_of(store: Store, key_id: str) -> trust.TrustStatus:
    """The trust list's view of a key known only by its id (an inbox entry does not carry the key)."""
    matching = [e for e in trust.entries(store) if e.key_id == key_id]
    grants = tuple(e.grant() for e in matching if e.active)
    name = next((e.name for e in reversed(matching)), None)
    return trust.TrustStatus(grants, revoked=bool(matching) and not grants, name=name)


def clashes(
    store: Store, bundles: Sequence[HeldLike], waiting: Mapping[str, Sequence[HeldLike]] | None = None
) -> list[Clash]:
    """The clashes of one key's held bundles with what is trusted here and with the other keys waiting
    (held in quarantine, and `waiting`: what the window found on the share, by key id); empty when
    nothing looks off."""
    if not bundles:
        return []
    key_id, claimed = bundles[0].key_id, bundles[0].signer_name
    active = [e for e in trust.entries(store, include_revoked=False) if e.key_id != key_id]
    found: list[Clash] = []
    asked = proposed_grant(bundles)
    if asked is not None and asked.role == trust.CHAIR:
        found += [
            Clash(SAME_TABLE, e.key_id, e.name, e.conference_id, e.table_number)
            for e in active
            if e.role == trust.CHAIR and e.grant().covers(asked.conference_id, asked.table_number)
        ]
    elif asked == trust.Grant(trust.SECRETARIAT) and not status_of(store, key_id).known:
        found.append(Clash(ASKS_SECRETARIAT))
    names = {(e.key_id, e.name) for e in active}
    own = own_public_key(store)
    if own is not None and key_id_for(own[1]) != key_id:
        names.add((key_id_for(own[1]), own[0]))
    seen_table_clash = {c.other_key_id for c in found}
    found += [
        Clash(SAME_NAME, other, name)
        for other, name in sorted(names)
        if _same_person(name, claimed) and other not in seen_table_clash
    ]
    # Other waiting keys are said only where no trusted key already clashes in the same way: that
    # warning is the louder one, and the same name on five held keys would bury it.
    codes = {c.code for c in found}
    held = _held_clashes(store, key_id, claimed, asked, waiting or {})
    found += [
        c
        for c in held
        if not (c.code == HELD_SAME_NAME and SAME_NAME in codes)
        and not (c.code == HELD_SAME_TABLE and SAME_TABLE in codes)
    ]
    return found


@dataclass(frozen=True)
class _HeldRow:
    key_id: str
    signer_name: str
    kind: str
    conference_id: str
    tables: tuple[int, ...]


def _held_clashes(
    store: Store,
    key_id: str,
    claimed: str,
    asked: trust.Grant | None,
    waiting: Mapping[str, Sequence[HeldLike]],
) -> list[Clash]:
    """The other held keys, trusted for nothing yet, asking for the same table or going by the same
    name. Read from the quarantine's rows here (the quarantine module imports this one)."""
    rows = store.conn.execute(
        "SELECT key_id, signer_name, kind, conference_id, tables FROM bundle_quarantine"
        " WHERE key_id <> ? ORDER BY received_at, rowid",
        (key_id,),
    ).fetchall()
    others: dict[str, list[HeldLike]] = {k: list(v) for k, v in waiting.items() if k != key_id}
    for row in rows:
        others.setdefault(row[0], []).append(
            _HeldRow(row[0], row[1], row[2], row[3], tuple(json.loads(row[4])))
        )
    found: list[Clash] = []
    for other, bundles in others.items():
        if status_of(store, other).known:
            continue  # a trusted key's clash is SAME_TABLE or SAME_NAME, said above
        theirs = {(b.conference_id, t) for b in bundles if b.kind == KIND_TABLE for t in b.tables}
        name = bundles[0].signer_name
        if (
            asked is not None
            and asked.role == trust.CHAIR
            and (asked.conference_id, asked.table_number) in theirs
        ):
            found.append(Clash(HELD_SAME_TABLE, other, name, asked.conference_id, asked.table_number))
        elif _same_person(name, claimed):
            found.append(Clash(HELD_SAME_NAME, other, name))
    return found


def chair_of_another_conference(
    status: trust.TrustStatus, kind: str, conference_id: str, tables: tuple[int, ...]
) -> bool:
    """A key trusted here only as a chair, and for none of this conference's tables, signing one table's
    export of it: a returning chair at a new conference (held with the remedy offered, not refused).
    The same conference's other table is never that: a mistake or worse, refused as before."""
    return (
        kind == KIND_TABLE
        and len(tables) == 1
        and status.chairs
        and not status.revoked
        and not status.is_secretariat
        and not any(g.conference_id == conference_id for g in status.grants)
    )


def returning_chair(store: Store, bundles: Sequence[HeldLike]) -> trust.Grant | None:
    """For a returning chair's held bundles (chair_of_another_conference): the grant they ask for,
    the remedy to offer ("trust Anna Berg as chair of table 1 in Rundabordssamtal 2027?")."""
    if not bundles:
        return None
    status = status_of(store, bundles[0].key_id)
    asked = proposed_grant(bundles)
    if asked is None or asked.role != trust.CHAIR:
        return None
    if not all(chair_of_another_conference(status, h.kind, h.conference_id, h.tables) for h in bundles):
        return None
    return asked


def trusted_name(store: Store, public_key: bytes, claimed: str) -> str:
    """The name the secretariat gave this key when trusting it; the bundle's own claim only for a key
    not trusted here."""
    return trust.status(store, public_key).name or claimed
