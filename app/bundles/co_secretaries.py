"""A team of secretaries sharing one store, as the chairs' laptops know them.

Each secretary signs with her own key (app/pg/personal.py), and the team trusts every member's key as
the secretariat (`rundabord trust add CARD --role secretariat`). A chair's laptop, though, pins the key
of the first pack it opened as its conference's secretariat, and would refuse a follow-up that another
member signed. So every pack names the team's other members (`secretariat_keys`, signed, format.py), and
a chair's laptop that takes a pack from its conference's secretariat trusts the keys it names as that
conference's secretariat (grants of source "pack"). A member the next pack no longer names is revoked:
her later bundles are refused.
"""

from __future__ import annotations

import base64

from app.bundles.format import KIND_PACK, key_id_for
from app.bundles.ledger import utc_now_text
from app.bundles.reader import Bundle
from app.bundles.trust import SECRETARIAT, TrustStatus
from app.messages import Message, message
from app.store import Store

SOURCE = "pack"


def team(store: Store) -> list[tuple[bytes, str]]:
    """(public key, name) of every key this store trusts as the secretariat of every conference."""
    rows = store.conn.execute(
        "SELECT public_key, name FROM bundle_trust WHERE role = ? AND conference_id IS NULL"
        " AND revoked_at IS NULL ORDER BY added_at, id",
        (SECRETARIAT,),
    )
    return [(base64.b64decode(row[0]), row[1]) for row in rows]


def learn(store: Store, role: str, bundle: Bundle, signer: TrustStatus) -> Message | None:
    """Inside the import transaction of a pack on a chair's laptop, signed by its conference's
    secretariat: the keys it names become that conference's secretariat here, and those an earlier
    pack named and this one does not are revoked. The remark for the receipt, or None."""
    conference_id = bundle.conference_id
    if role != "chair" or bundle.kind != KIND_PACK or not signer.secretariat_of(conference_id):
        return None
    named = {
        base64.b64encode(key).decode("ascii"): name
        for key, name in bundle.secretariat_keys
        if key != bundle.public_key
    }
    held = {
        row["public_key"]: row["id"]
        for row in store.conn.execute(
            "SELECT id, public_key FROM bundle_trust WHERE role = ? AND conference_id = ? AND source = ?"
            " AND revoked_at IS NULL",
            (SECRETARIAT, conference_id, SOURCE),
        )
    }
    own = base64.b64encode(bundle.public_key).decode("ascii")
    gone = [row_id for key, row_id in held.items() if key not in named and key != own]
    now = utc_now_text()
    store.conn.executemany("UPDATE bundle_trust SET revoked_at = ? WHERE id = ?", [(now, i) for i in gone])
    added = [(key, name) for key, name in sorted(named.items()) if key not in held]
    for key, name in added:
        store.db["bundle_trust"].insert(
            {
                "key_id": key_id_for(base64.b64decode(key)),
                "public_key": key,
                "name": name.strip(),
                "role": SECRETARIAT,
                "conference_id": conference_id,
                "table_number": None,
                "added_at": now,
                "revoked_at": None,
                "source": SOURCE,
            }
        )
    if not added:
        return None
    return message(
        "secretariat-team-named",
        names=", ".join(name for _, name in added),
        signer=signer.name or bundle.signer_name,
    )


def named_by_a_pack(store: Store, key_id: str) -> bool:
    """Whether a pack named this key as a conference's secretariat here (sync fetches its packs)."""
    return (
        store.conn.execute(
            "SELECT 1 FROM bundle_trust WHERE key_id = ? AND role = ? AND source = ? AND revoked_at IS NULL",
            (key_id, SECRETARIAT, SOURCE),
        ).fetchone()
        is not None
    )
