"""The zip container of a bundle, checked as untrusted input before anything in it is read.

Size, structure (a copy cut short is reported as incomplete, not damaged), member names (no paths,
links, folders, twins by case or Unicode form), sizes and compression ratio, the exact tiling of the
file by its members, and each member's CRC. Nothing is extracted to disk. reader.py goes on from the
members this returns.
"""

from __future__ import annotations

import io
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections import Counter

from app.bundles.format import (
    ATTACHMENT_MEMBER,
    MANIFEST,
    MAX_ATTACHMENT_BYTES,
    MAX_ATTACHMENTS,
    MAX_FILE_BYTES,
    MAX_MANIFEST_BYTES,
    MAX_RATIO,
    MAX_RECORDS_BYTES,
    MAX_SIGNATURE_BYTES,
    MEMBERS,
    RECORDS,
    SIGNATURE,
    BundleError,
    refused,
)

_LOCAL_MAGIC = b"PK\x03\x04"
_END_MAGIC = b"PK\x05\x06"
_END_SIZE = 22
_ZIP64_LOCATOR_MAGIC = b"PK\x06\x07"
_LOCAL_HEADER = struct.Struct("<4s5H3I2H")  # signature ... name length, extra length (30 bytes)
# A bundle has three members, a v2 bundle up to MAX_ATTACHMENTS more; a few more still get a precise
# "extra member" refusal.
_MAX_ENTRIES = len(MEMBERS) + MAX_ATTACHMENTS + 13
_CAPS = {MANIFEST: MAX_MANIFEST_BYTES, RECORDS: MAX_RECORDS_BYTES, SIGNATURE: MAX_SIGNATURE_BYTES}
# What a broken zip can make the zipfile module raise; all mean "damaged", none may escape.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    struct.error,
    KeyError,
    IndexError,
    OverflowError,
    UnicodeError,
)


def _incomplete(code: str) -> BundleError:
    return refused("incomplete", code, incomplete=True)


def read_members(data: bytes) -> dict[str, bytes]:
    if len(data) > MAX_FILE_BYTES:
        raise refused("size", "file-too-large", mib=MAX_FILE_BYTES // 2**20)
    if len(data) < len(_LOCAL_MAGIC) and _LOCAL_MAGIC.startswith(data):
        raise _incomplete("file-cut-short")
    if not data.startswith(_LOCAL_MAGIC):
        raise refused("zip", "not-a-zip")
    _check_end(data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except _ZIP_ERRORS as exc:
        raise BundleError("zip", f"damaged zip ({exc})") from None
    _check_names(infos)
    _check_layout(data, infos)
    total = 0
    for info in infos:
        cap = _CAPS.get(info.filename, MAX_ATTACHMENT_BYTES)
        if info.file_size > cap:
            raise BundleError("size", f"member {info.filename} is larger than {cap} bytes")
        total += info.file_size
        if info.file_size > 65536 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise BundleError("bomb", f"member {info.filename} expands more than {MAX_RATIO}x (a zip bomb)")
    if total > MAX_FILE_BYTES * 2:
        raise BundleError("bomb", "the members together are too large to read (a zip bomb)")
    members: dict[str, bytes] = {}
    for info in infos:
        try:
            with archive.open(info) as handle:
                content = handle.read(info.file_size + 1)
        except _ZIP_ERRORS as exc:
            # zipfile says "Bad CRC-32": to a secretary that is a changed byte, by accident or on purpose
            why = "its checksum does not match" if "CRC" in str(exc) else str(exc)
            raise BundleError("zip", f"member {info.filename} is damaged or altered ({why})") from None
        if len(content) != info.file_size:
            raise BundleError("zip", f"member {info.filename} is not the size its zip entry states")
        members[info.filename] = content
    return members


def _check_end(data: bytes) -> None:
    """A zip ends with its end-of-directory record (22 bytes plus a comment). A copy cut short lacks
    it or holds only part of it: that is an incomplete file, not a damaged one."""
    window = max(0, len(data) - _END_SIZE - 65535)
    end = data.rfind(_END_MAGIC, window)
    if end < 0 or end + _END_SIZE > len(data):
        raise _incomplete("zip-directory-missing")
    entries, directory_size, directory_offset, comment_length = struct.unpack(
        "<HIIH", data[end + 10 : end + 22]
    )
    if directory_offset + directory_size != end:
        # Not the end record of this file (those bytes occur by chance inside compressed data): the
        # real one was cut off.
        raise _incomplete("zip-directory-cut")
    if end + _END_SIZE + comment_length < len(data):
        raise BundleError("zip", "the zip is followed by extra bytes")
    disk, directory_disk, entries_here = struct.unpack("<HHH", data[end + 4 : end + 10])
    if disk or directory_disk or entries_here != entries:
        raise BundleError("zip", "the zip claims to span several disks; a bundle is one file")
    if data.rfind(_ZIP64_LOCATOR_MAGIC, max(0, end - 20), end) >= 0:
        raise BundleError("zip", "the zip uses ZIP64 records; a bundle never needs them")
    if entries > _MAX_ENTRIES:  # before the zipfile module builds an object for each of them
        raise BundleError("member", f"the zip holds {entries} members; a bundle has {len(MEMBERS)}")


def _check_layout(data: bytes, infos: list[zipfile.ZipInfo]) -> None:
    """The members tile the file from its first byte to the directory: no bytes hidden between or
    after them, none shared by two, each local header naming what the directory names."""
    position = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset != position:
            raise BundleError("zip", "the zip holds data outside its members (or members overlap)")
        header = data[position : position + _LOCAL_HEADER.size]
        if len(header) < _LOCAL_HEADER.size or not header.startswith(_LOCAL_MAGIC):
            raise BundleError("zip", f"member {info.filename!r} has no local header where the directory says")
        fields = _LOCAL_HEADER.unpack(header)
        flags, name_length, extra_length = fields[2], fields[9], fields[10]
        start = position + _LOCAL_HEADER.size
        try:
            central_name = info.orig_filename.encode("utf-8" if flags & 0x800 else "cp437")
        except UnicodeEncodeError:
            central_name = b""
        if data[start : start + name_length] != central_name:
            raise BundleError("zip", f"member {info.filename!r} has another name in its local header")
        position = start + name_length + extra_length + info.compress_size
        if flags & 0x8:  # a data descriptor follows: CRC and sizes, with or without its signature
            position += 16 if data[position : position + 4] == b"PK\x07\x08" else 12
    directory_end = data.rfind(_END_MAGIC)
    (directory_offset,) = struct.unpack("<I", data[directory_end + 16 : directory_end + 20])
    if position != directory_offset:
        raise BundleError("zip", "the zip holds data beyond its members' declared sizes")


def _check_names(infos: list[zipfile.ZipInfo]) -> None:
    expected = {unicodedata.normalize("NFKC", m).casefold(): m for m in MEMBERS}
    seen = Counter(info.filename for info in infos)
    if sum(1 for name in seen if ATTACHMENT_MEMBER.match(name)) > MAX_ATTACHMENTS:
        raise BundleError("member", f"the bundle holds more than {MAX_ATTACHMENTS} attachments")
    for info in infos:
        # zipfile cuts a name at NUL: "records.jsonl\0x" would pass as records.jsonl; ask the raw one
        raw_name = getattr(info, "orig_filename", info.filename)
        if any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in raw_name):
            raise BundleError("member", f"member {raw_name!r} has a NUL or control character in its name")
        if getattr(info, "volume", 0):
            raise BundleError("zip", "a member lies on another disk; a bundle is one file")
        name = info.filename
        attachment = ATTACHMENT_MEMBER.match(name) is not None
        if not name:
            raise BundleError("member", "a member has no name")
        if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
            raise BundleError("member", f"member {name!r} has an absolute path")
        parts = re.split(r"[/\\]", name)
        if ".." in parts:
            raise BundleError("member", f"member {name!r} climbs out of the bundle (../)")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise BundleError("member", f"member {name!r} is a symbolic link")
        if info.is_dir() or (len(parts) > 1 and not attachment):
            raise BundleError("member", f"member {name!r} is in a folder; a bundle has none")
        if seen[name] > 1:
            raise BundleError("member", f"member {name!r} appears {seen[name]} times")
        if name not in MEMBERS and not attachment:
            twin = expected.get(unicodedata.normalize("NFKC", name).casefold())
            if twin:
                raise BundleError(
                    "member", f"member {name!r} differs from {twin!r} only by case or Unicode form"
                )
            raise BundleError("member", f"unexpected member {name!r}")
        if info.flag_bits & 0x1:
            raise BundleError("member", f"member {name!r} is encrypted")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise BundleError("member", f"member {name!r} uses an unsupported compression")
    missing = [m for m in MEMBERS if m not in seen]
    if missing:
        raise BundleError("member", f"member {missing[0]} is missing")
