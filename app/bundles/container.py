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


def read_members(data: bytes) -> dict[str, bytes]:
    if len(data) > MAX_FILE_BYTES:
        raise refused("size", "file-too-large", mib=MAX_FILE_BYTES // 2**20)
    if len(data) < len(_LOCAL_MAGIC) and _LOCAL_MAGIC.startswith(data):
        raise refused("incomplete", "file-cut-short", incomplete=True)
    if not data.startswith(_LOCAL_MAGIC):
        raise refused("zip", "not-a-zip")
    _check_end(data)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except _ZIP_ERRORS as exc:
        raise refused("zip", "zip-damaged", error=str(exc)) from None
    _check_names(infos)
    _check_layout(data, infos)
    total = 0
    for info in infos:
        cap = _CAPS.get(info.filename, MAX_ATTACHMENT_BYTES)
        if info.file_size > cap:
            raise refused("size", "member-too-large", member=info.filename, cap=cap)
        total += info.file_size
        if info.file_size > 65536 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise refused("bomb", "member-bomb", member=info.filename, ratio=MAX_RATIO)
    if total > MAX_FILE_BYTES * 2:
        raise refused("bomb", "zip-bomb")
    members: dict[str, bytes] = {}
    for info in infos:
        try:
            with archive.open(info) as handle:
                content = handle.read(info.file_size + 1)
        except _ZIP_ERRORS as exc:
            # zipfile says "Bad CRC-32": to a secretary that is a changed byte, by accident or on purpose
            if "CRC" in str(exc):
                raise refused("zip", "member-checksum", member=info.filename) from None
            raise refused("zip", "member-damaged", member=info.filename, error=str(exc)) from None
        if len(content) != info.file_size:
            raise refused("zip", "member-size", member=info.filename)
        members[info.filename] = content
    return members


def member_alone(data: bytes, name: str, cap: int) -> bytes | None:
    """A member's bytes (at most `cap` of them) read on their own, or None where they cannot be. Only for
    a file the checks above refused: a bundle of a newer format may hold what they do not know (more or
    other members, larger ones), and its manifest then says so better than they can (newer_format.py),
    as far as its signature confirms it."""
    try:
        info = zipfile.ZipFile(io.BytesIO(data)).getinfo(name)
        if info.file_size > cap or info.flag_bits & 0x1:
            return None
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            return None
        with zipfile.ZipFile(io.BytesIO(data)).open(info) as handle:
            return handle.read(cap)
    except _ZIP_ERRORS:
        return None


def _check_end(data: bytes) -> None:
    """A zip ends with its end-of-directory record (22 bytes plus a comment). A copy cut short lacks
    it or holds only part of it: that is an incomplete file, not a damaged one."""
    window = max(0, len(data) - _END_SIZE - 65535)
    end = data.rfind(_END_MAGIC, window)
    if end < 0 or end + _END_SIZE > len(data):
        raise refused("incomplete", "zip-directory-missing", incomplete=True)
    entries, directory_size, directory_offset, comment_length = struct.unpack(
        "<HIIH", data[end + 10 : end + 22]
    )
    if directory_offset + directory_size != end:
        # Not the end record of this file (those bytes occur by chance inside compressed data): the
        # real one was cut off.
        raise refused("incomplete", "zip-directory-cut", incomplete=True)
    if end + _END_SIZE + comment_length < len(data):
        raise refused("zip", "zip-extra-bytes")
    disk, directory_disk, entries_here = struct.unpack("<HHH", data[end + 4 : end + 10])
    if disk or directory_disk or entries_here != entries:
        raise refused("zip", "zip-disks")
    if data.rfind(_ZIP64_LOCATOR_MAGIC, max(0, end - 20), end) >= 0:
        raise refused("zip", "zip64")
    if entries > _MAX_ENTRIES:  # before the zipfile module builds an object for each of them
        raise refused("member", "zip-entries", entries=entries, expected=len(MEMBERS))


def _check_layout(data: bytes, infos: list[zipfile.ZipInfo]) -> None:
    """The members tile the file from its first byte to the directory: no bytes hidden between or
    after them, none shared by two, each local header naming what the directory names."""
    position = 0
    for info in sorted(infos, key=lambda i: i.header_offset):
        if info.header_offset != position:
            raise refused("zip", "zip-gaps")
        header = data[position : position + _LOCAL_HEADER.size]
        if len(header) < _LOCAL_HEADER.size or not header.startswith(_LOCAL_MAGIC):
            raise refused("zip", "member-no-header", member=info.filename)
        fields = _LOCAL_HEADER.unpack(header)
        flags, name_length, extra_length = fields[2], fields[9], fields[10]
        start = position + _LOCAL_HEADER.size
        try:
            central_name = info.orig_filename.encode("utf-8" if flags & 0x800 else "cp437")
        except UnicodeEncodeError:
            central_name = b""
        if data[start : start + name_length] != central_name:
            raise refused("zip", "member-other-name", member=info.filename)
        position = start + name_length + extra_length + info.compress_size
        if flags & 0x8:  # a data descriptor follows: CRC and sizes, with or without its signature
            position += 16 if data[position : position + 4] == b"PK\x07\x08" else 12
    directory_end = data.rfind(_END_MAGIC)
    (directory_offset,) = struct.unpack("<I", data[directory_end + 16 : directory_end + 20])
    if position != directory_offset:
        raise refused("zip", "zip-beyond")


def _check_names(infos: list[zipfile.ZipInfo]) -> None:
    expected = {unicodedata.normalize("NFKC", m).casefold(): m for m in MEMBERS}
    seen = Counter(info.filename for info in infos)
    if sum(1 for name in seen if ATTACHMENT_MEMBER.match(name)) > MAX_ATTACHMENTS:
        raise refused("member", "attachments-too-many", most=MAX_ATTACHMENTS)
    for info in infos:
        # zipfile cuts a name at NUL: "records.jsonl\0x" would pass as records.jsonl; ask the raw one
        raw_name = getattr(info, "orig_filename", info.filename)
        if any(ord(c) < 0x20 or 0x7F <= ord(c) <= 0x9F for c in raw_name):
            raise refused("member", "member-control", member=raw_name)
        if getattr(info, "volume", 0):
            raise refused("zip", "member-disk")
        name = info.filename
        attachment = ATTACHMENT_MEMBER.match(name) is not None
        if not name:
            raise refused("member", "member-no-name")
        if name.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", name):
            raise refused("member", "member-absolute", member=name)
        parts = re.split(r"[/\\]", name)
        if ".." in parts:
            raise refused("member", "member-climbs", member=name)
        if stat.S_ISLNK(info.external_attr >> 16):
            raise refused("member", "member-link", member=name)
        if info.is_dir() or (len(parts) > 1 and not attachment):
            raise refused("member", "member-folder", member=name)
        if seen[name] > 1:
            raise refused("member", "member-twice", member=name, times=seen[name])
        if name not in MEMBERS and not attachment:
            twin = expected.get(unicodedata.normalize("NFKC", name).casefold())
            if twin:
                raise refused("member", "member-twin", member=name, twin=twin)
            raise refused("member", "member-unexpected", member=name)
        if info.flag_bits & 0x1:
            raise refused("member", "member-encrypted", member=name)
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise refused("member", "member-compression", member=name)
    missing = [m for m in MEMBERS if m not in seen]
    if missing:
        raise refused("member", "member-missing", member=missing[0])
