"""What a laptop keeps about other computers signing with its key: small records (the sync's sightings of
exports it never made, the secretariat's word in a pack) as one JSON list each under a meta key, read
back for the key this workspace signs with now, so a renewed identity leaves the old key's behind."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict
from typing import Any, Protocol, TypeVar

from app.bundles.format import key_id_for
from app.bundles.identity import own_public_key
from app.store import Store


class _OfAKey(Protocol):
    key_id: str


Notice = TypeVar("Notice", bound=_OfAKey)


def load(store: Store, meta_key: str, make: Callable[..., Notice]) -> list[Notice]:
    """Every record kept under `meta_key`; an unreadable list reads as none (it only ever warns)."""
    try:
        rows = json.loads(store.meta_get(meta_key) or "[]")
        return [make(**{**row, "tables": tuple(row["tables"])}) for row in rows]
    except (ValueError, TypeError, KeyError):
        return []


def save(store: Store, meta_key: str, notices: Iterable[Any]) -> None:
    store.meta_set(meta_key, json.dumps([asdict(notice) for notice in notices]))


def of_own_key(store: Store, notices: list[Notice]) -> list[Notice]:
    """Those about the key this workspace signs with now."""
    own = own_public_key(store)
    if own is None:
        return []
    key_id = key_id_for(own[1])
    return [notice for notice in notices if notice.key_id == key_id]
