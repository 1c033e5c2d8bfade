"""Photos and scans of a table's paper: kept in the workspace, carried in bundles, printed on request.

The image itself lives in `<workspace>/attachments/<sha256>.<png|jpg>` (content-addressed, written
whole); an `attachment` record (table-scoped, so a chair's export carries it) names it. Every image is
checked (app/bundles/images.py) before it is kept, whether attached here or arriving in a bundle.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import conferences
from app.bundles.files import write_whole
from app.bundles.format import MAX_ATTACHMENTS, sha256_hex
from app.bundles.images import MAX_IMAGE_BYTES, ImageRefused, check_image, sniff
from app.errors import NotFound, UserError
from app.file_head import read_head
from app.store import Store
from app.workspace import Workspace

FOLDER = "attachments"


@dataclass(frozen=True)
class Attachment:
    id: str
    conference_id: str
    table_number: int
    sha256: str
    media_type: str
    file_name: str
    size: int
    width: int
    height: int
    caption: str
    added_by: str
    added_at: str

    @property
    def extension(self) -> str:
        return "png" if self.media_type == "image/png" else "jpg"

    @classmethod
    def from_record(cls, r: Mapping) -> Attachment:
        return cls(
            r["id"],
            r["conference_id"],
            r["table_number"],
            r["sha256"],
            r["media_type"],
            r["file_name"] or "",
            r["size"] or 0,
            r["width"] or 0,
            r["height"] or 0,
            r["caption"] or "",
            r["added_by"] or "",
            r["added_at"] or "",
        )


def folder(workspace: Workspace) -> Path:
    return workspace.dir / FOLDER


def file_path(workspace: Workspace, sha256: str, extension: str) -> Path:
    return folder(workspace) / f"{sha256}.{extension}"


def keep_image(workspace: Workspace, data: bytes) -> tuple[str, str]:
    """Check and store image bytes (a file attached here, or a bundle's member); (sha256, extension)."""
    info = check_image(data)
    digest = sha256_hex(data)
    path = file_path(workspace, digest, info.extension)
    if not path.exists():
        write_whole(path, data)
    return digest, info.extension


def keep_bundle_images(workspace: Workspace, images: Mapping[str, bytes]) -> None:
    """A verified bundle's attachments, written before its records commit: a file without a record is
    harmless (content-addressed), a record without its file is not."""
    for data in images.values():
        keep_image(workspace, data)


def attach(
    workspace: Workspace,
    conference_id: str,
    table_number: int,
    path: Path | str,
    *,
    caption: str = "",
    by: str = "",
) -> Attachment:
    """Attach a photo or scan (PNG or JPEG) to a table; the same image twice is attached once."""
    path = Path(path)
    store = workspace.store
    conference = conferences.conference(store, conference_id)
    conferences.table(store, conference.id, table_number)
    data = read_head(path, MAX_IMAGE_BYTES + 1)
    try:
        info = check_image(data)
    except ImageRefused as exc:
        raise UserError(f"{path.name}: {exc}; attach a photo or scan as PNG or JPEG") from None
    digest, _extension = keep_image(workspace, data)
    existing = store.select(
        "attachment",
        "conference_id = ? AND table_number = ? AND sha256 = ?",
        (conference.id, table_number, digest),
    )
    if existing:
        return Attachment.from_record(existing[0])
    if len(attachments_of(store, conference.id, table_number)) >= MAX_ATTACHMENTS:
        raise UserError(
            f"table {table_number} already has {MAX_ATTACHMENTS} photos, as many as one bundle carries;"
            " remove one first"
        )
    record_id = store.write(
        "attachment",
        None,
        {
            "conference_id": conference.id,
            "table_number": table_number,
            "sha256": digest,
            "media_type": info.media_type,
            "file_name": path.name[:200],
            "size": len(data),
            "width": info.width,
            "height": info.height,
            "caption": caption.strip(),
            "added_by": by,
            "added_at": datetime.now().astimezone().isoformat(timespec="minutes"),
        },
    )
    return Attachment.from_record(store.require("attachment", record_id))


def attachments_of(store: Store, conference_id: str, table_number: int | None = None) -> list[Attachment]:
    where, params = "conference_id = ?", [conference_id]
    if table_number is not None:
        where += " AND table_number = ?"
        params.append(table_number)
    return [
        Attachment.from_record(r)
        for r in store.select("attachment", where, tuple(params), order_by="table_number, added_at, rowid")
    ]


def image_bytes(workspace: Workspace, attachment: Attachment) -> bytes:
    """The image, read back and checked against its hash (a file changed on disk is not shown)."""
    path = file_path(workspace, attachment.sha256, attachment.extension)
    name = attachment.file_name or attachment.id[:8]
    try:
        data = path.read_bytes()
    except OSError:
        raise NotFound(f"the image of attachment {name} is missing from the workspace") from None
    if sha256_hex(data) != attachment.sha256 or sniff(data) != attachment.extension:
        raise UserError(f"the image of attachment {name} was changed on disk")
    return data


def remove(store: Store, attachment_id: str) -> None:
    if store.get("attachment", attachment_id) is None:
        raise NotFound(f"no attachment with id {attachment_id}")
    store.delete("attachment", attachment_id)


def member_images(workspace: Workspace, records: list[dict]) -> dict[str, bytes]:
    """The v2 members a bundle of `records` must carry: each live attachment record's image."""
    from app.bundles.format import attachment_member

    members: dict[str, bytes] = {}
    for record in records:
        if record["type"] != "attachment" or record["deleted"]:
            continue
        attachment = Attachment.from_record({"id": record["id"], **record["fields"]})
        members[attachment_member(attachment.sha256, attachment.extension)] = image_bytes(
            workspace, attachment
        )
    return members
