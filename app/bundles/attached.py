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
    attachment_member,
    refused,
    sha256_hex,
)
from app.bundles.images import ImageRefused, check_image


def check_member_hashes(manifest: dict[str, Any], members: dict[str, bytes]) -> None:
    """Every member must be what the signed manifest hashed; a v1 manifest lists records.jsonl only."""
    attached = sorted(name for name in members if ATTACHMENT_MEMBER.match(name))
    if attached and manifest["version"] < VERSION_ATTACHMENTS:
        raise refused("member", "member-v1-attachment", member=attached[0])
    listed = manifest["members"]
    if listed.get(RECORDS) != sha256_hex(members[RECORDS]):
        raise refused("hash", "member-altered", member=RECORDS)
    unlisted = sorted(set(attached) - set(listed))
    if unlisted:
        raise refused("hash", "member-unlisted", member=unlisted[0])
    missing = sorted(set(listed) - set(attached) - {RECORDS})
    if missing:
        raise refused("member", "member-missing", member=missing[0][:80])
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
            raise refused("attachment", "attachment-misnamed", member=name)
        try:
            info = check_image(data)
        except ImageRefused as exc:
            raise refused("attachment", "attachment-image", member=name, problem=exc.why.as_json()) from None
        if info.extension != extension:
            raise refused(
                "attachment",
                "attachment-type",
                member=name,
                actual=info.extension.upper(),
                extension=extension,
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
            raise refused("attachment", "attachment-record")
        if digest in found:
            if attachment_member(digest, extension) not in members:
                raise refused("attachment", "attachment-other-type", record=record["id"])
            claimed.add(digest)
        elif not record["deleted"]:
            raise refused("attachment", "attachment-no-image", record=record["id"])
    unclaimed = sorted(set(found) - claimed)
    if unclaimed:
        raise refused("attachment", "attachment-unclaimed", digest=unclaimed[0])
    return found
