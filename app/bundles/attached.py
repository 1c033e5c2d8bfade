"""The attachments of a v2 bundle: each member named by its own hash, an image, and owned by a record.

Called by the reader once the manifest's signature verified and every member matched its signed hash,
so what is checked here is what the signer claims: that each attachment is a PNG or JPEG that decodes,
within the caps, and that the bundle's `attachment` records and its attachment members agree one to one.
"""

from __future__ import annotations

from typing import Any

from app.bundles.format import (
    ATTACHMENT_MEMBER,
    RECORDS,
    VERSION_ATTACHMENTS,
    BundleError,
    attachment_member,
    refused,
    sha256_hex,
)
from app.bundles.images import ImageRefused, check_image


def check_member_hashes(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    """Every member must be what the signed manifest hashed; a v1 manifest lists records.jsonl only."""
    attached = sorted(name for name in members if ATTACHMENT_MEMBER.match(name))
    if attached and manifest["version"] < VERSION_ATTACHMENTS:
        raise BundleError("member", f"unexpected member {attached[0]!r} (format 1 has no attachments)")
    listed = manifest["members"]
    if listed.get(RECORDS) != sha256_hex(members[RECORDS]):
        raise refused("hash", "member-altered", member=RECORDS)
    unlisted = sorted(set(attached) - set(listed))
    if unlisted:
        raise BundleError("hash", f"member {unlisted[0]} is not listed in the signed manifest (added)")
    missing = sorted(set(listed) - set(attached) - {RECORDS})
    if missing:
        raise BundleError("member", f"member {missing[0][:80]!r} is missing")
    for name in attached:
        if listed[name] != sha256_hex(members[name]):
            raise refused("hash", "member-altered", member=name)


def check_attachments(members: dict[str, bytes], records: list[dict[str, Any]]) -> dict[str, bytes]:
    """sha256 -> bytes of every attachment member; raises BundleError("attachment") at the first
    refusal."""
    found: dict[str, bytes] = {}
    for name, data in members.items():
        match = ATTACHMENT_MEMBER.match(name)
        if match is None:
            continue
        digest, extension = match.groups()
        if sha256_hex(data) != digest:
            raise BundleError("attachment", f"attachment {name} is not named by its own hash")
        try:
            info = check_image(data)
        except ImageRefused as exc:
            raise BundleError("attachment", f"attachment {name} is refused: {exc}") from None
        if info.extension != extension:
            raise BundleError(
                "attachment", f"attachment {name} is a {info.extension.upper()} image named .{extension}"
            )
        found[digest] = data
    claimed: set[str] = set()
    for record in records:
        if record["type"] != "attachment":
            continue
        fields = record["fields"]
        digest, media_type = fields.get("sha256"), fields.get("media_type")
        extension = {"image/png": "png", "image/jpeg": "jpg"}.get(str(media_type))
        if not isinstance(digest, str) or extension is None:
            raise BundleError(
                "attachment", "an attachment record names no image hash or an unknown image type"
            )
        if digest in found:
            if attachment_member(digest, extension) not in members:
                raise BundleError(
                    "attachment", f"attachment record {record['id'][:8]} names another image type"
                )
            claimed.add(digest)
        elif not record["deleted"]:
            raise BundleError(
                "attachment", f"attachment record {record['id'][:8]} has no image in the bundle"
            )
    unclaimed = sorted(set(found) - claimed)
    if unclaimed:
        raise BundleError("attachment", f"attachment {unclaimed[0][:12]}… belongs to no attachment record")
    return found
