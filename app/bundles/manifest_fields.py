"""The signed manifest's fields, each checked to the format (app/bundles/format.py) once its signature
verified: reader.py reads nothing else of a manifest before."""

from __future__ import annotations

import base64
import re
from datetime import datetime
from typing import Any

from app.bundles.format import (
    KIND_PACK,
    KIND_TABLE,
    KINDS,
    MAX_COPIED_KEYS,
    MAX_FORMER_ORIGINS,
    MAX_SECRETARIAT_KEYS,
    MAX_SECRETARIAT_ORIGINS,
    REQUIREMENTS,
    VERSION,
    BundleError,
    refused,
)
from app.bundles.records_jsonl import ORIGIN, UUID, is_stamp

_SHA256 = re.compile(r"[0-9a-f]{64}\Z")
_UTC = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\Z")
_MANIFEST_KEYS = frozenset(
    (
        "format",
        "version",
        "kind",
        "bundle_id",
        "created",
        "signer",
        "conference",
        "tables",
        "counts",
        "sequence",
        "previous",
        "members",
    )
)
_MANIFEST_KEYS_V2 = _MANIFEST_KEYS | {"records_encoding"}
# Written only when there is something to say, so that a bundle without it reads as before (format.py);
# `secretariat_origins` is read, not yet written by default (app/bundles/team_origins.py says when).
_OPTIONAL_KEYS = frozenset({"copied_keys", "secretariat_keys", "requires", "secretariat_origins"})
_KEY_ID = re.compile(r"[0-9a-f]{16}\Z")
_CREATED_KEYS = frozenset({"utc", "hlc", "origin", "former"})


def bad_field(part: str) -> BundleError:
    """The manifest's field `part` (its JSON name) does not hold what the format says."""
    return refused("manifest", "manifest-malformed", part=part)


def _is_int(value: Any) -> bool:
    return type(value) is int


def check_manifest_fields(m: dict[str, Any]) -> None:
    keys = set(m) - _OPTIONAL_KEYS
    expected = _MANIFEST_KEYS if m["version"] == VERSION else _MANIFEST_KEYS_V2
    if keys != expected:  # unknown fields first: a newer Rundabord may add one (format.py)
        extra = ", ".join(sorted(keys - expected))
        if extra and keys - expected <= _MANIFEST_KEYS_V2:  # known here, of a later version: hand-made
            raise refused("manifest", "manifest-fields-version", fields=extra, version=m["version"])
        if extra:
            raise refused("manifest", "manifest-fields", fields=extra)
        raise refused("manifest", "manifest-fields-missing", fields=", ".join(sorted(expected - keys)))
    if m["kind"] not in KINDS:
        raise bad_field("kind")
    if not isinstance(m["bundle_id"], str) or not UUID.match(m["bundle_id"]):
        raise bad_field("bundle_id")
    created = m["created"]
    unknown = sorted(set(created) - _CREATED_KEYS) if isinstance(created, dict) else []
    if unknown and {"utc", "hlc"} <= set(created):  # as `created.origin` came: a newer Rundabord's field
        raise refused("manifest", "manifest-created-fields", fields=", ".join(unknown))
    if (
        not isinstance(created, dict)
        or set(created) - {"origin", "former"} != {"utc", "hlc"}
        or not isinstance(created.get("origin", ""), str)
        or ("origin" in created and not ORIGIN.match(created["origin"]))
        or not isinstance(created["utc"], str)
        or not _is_utc(created["utc"])
        or not is_stamp(created["hlc"])
        or not _former_ok(created, m["kind"])
    ):
        raise bad_field("created")
    signer = m["signer"]
    if (
        not isinstance(signer, dict)
        or set(signer) != {"name", "key_id", "public_key"}
        or not all(isinstance(v, str) for v in signer.values())
        or not signer["name"].strip()
        or len(signer["name"]) > 200
    ):
        raise bad_field("signer")
    if not isinstance(m["conference"], str) or not UUID.match(m["conference"]):
        raise bad_field("conference")
    tables = m["tables"]
    if (
        not isinstance(tables, list)
        or not all(_is_int(t) and t >= 1 for t in tables)
        or tables != sorted(set(tables))
        or (m["kind"] == KIND_TABLE and not tables)
    ):
        raise bad_field("tables")
    counts = m["counts"]
    if not isinstance(counts, dict) or not all(_is_int(n) and n > 0 for n in counts.values()):
        raise bad_field("counts")
    if not _is_int(m["sequence"]) or m["sequence"] < 1:
        raise bad_field("sequence")
    previous = m["previous"]
    if previous is not None and not (isinstance(previous, str) and _SHA256.match(previous)):
        raise bad_field("previous")
    members = m["members"]
    if not isinstance(members, dict) or not all(isinstance(v, str) for v in members.values()):
        raise bad_field("members")
    if "records_encoding" in m and not isinstance(m["records_encoding"], str):
        raise bad_field("records_encoding")
    copied = m.get("copied_keys", [])
    if (
        not isinstance(copied, list)
        or ("copied_keys" in m and (m["kind"] != KIND_PACK or not copied))
        or len(copied) > MAX_COPIED_KEYS
        or not all(isinstance(k, str) and _KEY_ID.match(k) for k in copied)
        or copied != sorted(set(copied))
    ):
        raise bad_field("copied_keys")
    if "secretariat_keys" in m and not _secretariat_keys_ok(m["secretariat_keys"], m["kind"]):
        raise bad_field("secretariat_keys")
    if "secretariat_origins" in m and not _secretariat_origins_ok(m["secretariat_origins"], m["kind"]):
        raise bad_field("secretariat_origins")
    if "requires" in m:
        _check_requires(m["requires"], m["kind"])


def _secretariat_origins_ok(listed: Any, kind: str) -> bool:
    """A pack's origins of a secretariat's writers (format.py): workspace origins, sorted, none twice."""
    return (
        kind == KIND_PACK
        and isinstance(listed, list)
        and 0 < len(listed) <= MAX_SECRETARIAT_ORIGINS
        and all(isinstance(o, str) and ORIGIN.match(o) for o in listed)
        and listed == sorted(set(listed))
    )


def _check_requires(listed: Any, kind: str) -> None:
    """A pack's list of what its reader must honour (format.py): one this version does not know
    refuses the bundle, as a Rundabord before the key refuses the key itself."""
    if (
        kind != KIND_PACK
        or not isinstance(listed, list)
        or not 0 < len(listed) <= len(REQUIREMENTS) + 16
        or not all(isinstance(r, str) and 0 < len(r) <= 64 for r in listed)
        or listed != sorted(set(listed))
    ):
        raise bad_field("requires")
    unknown = [r for r in listed if r not in REQUIREMENTS]
    if unknown:
        raise refused("manifest", "requires-unknown", what=", ".join(unknown))


def _secretariat_keys_ok(listed: Any, kind: str) -> bool:
    """A pack's list of its team's other secretaries (format.py): named keys of 32 bytes, sorted."""
    if kind != KIND_PACK or not isinstance(listed, list) or not 0 < len(listed) <= MAX_SECRETARIAT_KEYS:
        return False
    keys = []
    for entry in listed:
        if not isinstance(entry, dict) or set(entry) != {"name", "public_key"}:
            return False
        name, key = entry["name"], entry["public_key"]
        if not isinstance(name, str) or not name.strip() or len(name) > 200 or not isinstance(key, str):
            return False
        try:
            if len(base64.b64decode(key, validate=True)) != 32:
                return False
        except ValueError:
            return False
        keys.append(key)
    return keys == sorted(set(keys))


def _former_ok(created: dict[str, Any], kind: str) -> bool:
    """A table export's former origins of its workspace (format.py): only beside its own origin."""
    if "former" not in created:
        return True
    former = created["former"]
    return (
        kind == KIND_TABLE
        and "origin" in created
        and isinstance(former, list)
        and 0 < len(former) <= MAX_FORMER_ORIGINS
        and all(isinstance(o, str) and ORIGIN.match(o) for o in former)
        and former == sorted(set(former))
        and created["origin"] not in former
    )


def _is_utc(value: str) -> bool:
    if not _UTC.match(value):
        return False
    try:
        datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError:  # 2026-13-45T25:61:00Z has the shape but is no time
        return False
    return True
