"""The message codes of a bundle's file, its zip container and parts, its photos and the references
between its records, as templates in the user's language: part of ui/message_texts.py's one table
(`templates()` holds these too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate reads only literal calls of this form, so every text below spells out its context.
translate = QCoreApplication.translate


def file_templates() -> dict[str, str]:
    """code -> its template in the user's language (built on each call, as the language can change)."""
    return {
        # the file
        "file-missing": translate("BundleMessages", "{path}: the file does not exist"),
        "file-is-folder": translate("BundleMessages", "{path}: a folder, not a bundle"),
        "file-not-regular": translate(
            "BundleMessages", "{path} is not a file but a device or a pipe: choose the file itself."
        ),
        "file-unreadable": translate("BundleMessages", "{path}: the file cannot be read ({error})"),
        "file-too-large": translate("BundleMessages", "larger than {mib} MiB: not a bundle Rundabord reads"),
        "file-cut-short": translate("BundleMessages", "the file is empty or cut short: an incomplete copy"),
        # photos of a table's paper
        "attachment-misnamed": translate("BundleMessages", "the photo {member} is not named by its contents"),
        "attachment-image": translate("BundleMessages", "a photo in the bundle is refused: {problem}"),
        "attachment-type": translate(
            "BundleMessages", "the photo {member} is a {actual} image under another file type ({extension})"
        ),
        "attachment-record": translate(
            "BundleMessages", "a photo's record names no image or an unknown image type"
        ),
        "attachment-other-type": translate(
            "BundleMessages", "the photo record {record:.8} names another image type"
        ),
        "attachment-no-image": translate(
            "BundleMessages", "the photo record {record:.8} has no image in the bundle"
        ),
        "attachment-unclaimed": translate("BundleMessages", "the bundle holds a photo that no record names"),
        "image-too-large": translate("BundleMessages", "larger than {mib} MiB"),
        "image-not-image": translate("BundleMessages", "not a PNG or JPEG image"),
        "image-pixels": translate(
            "BundleMessages", "{width}×{height} pixels is not a photo of a sheet of paper"
        ),
        "image-undecodable": translate("BundleMessages", "the {kind} image is damaged"),
        # references between records
        "reference-question": translate(
            "BundleMessages", "a note answers a question the conference does not have (note {note:.8})"
        ),
        "reference-table": translate(
            "BundleMessages", "a note belongs to table {table}, which the conference lacks"
        ),
        # the zip container and its parts
        "zip-directory-missing": translate(
            "BundleMessages", "the file ends early (its table of contents is missing): an incomplete copy"
        ),
        "zip-directory-cut": translate(
            "BundleMessages", "the file ends early (its table of contents is cut short): an incomplete copy"
        ),
        "not-a-zip": translate(
            "BundleMessages",
            "not a Rundabord bundle (not a zip file); ask the sender for the .rbz file Rundabord wrote",
        ),
        "zip-damaged": translate("BundleMessages", "the zip file is damaged and cannot be opened"),
        "zip-extra-bytes": translate("BundleMessages", "there is extra data after the end of the zip file"),
        "zip-disks": translate("BundleMessages", "the zip file says it is split over several disks"),
        "zip64": translate("BundleMessages", "the zip file uses an extension (ZIP64) a bundle never needs"),
        "zip-entries": translate("BundleMessages", "the file holds {entries} parts; a bundle has {expected}"),
        "zip-gaps": translate("BundleMessages", "the file holds hidden data between its parts"),
        "zip-beyond": translate("BundleMessages", "the file holds hidden data after its parts"),
        "zip-bomb": translate(
            "BundleMessages", "the parts would be far too large once unpacked (a zip bomb)"
        ),
        "member-too-large": translate("BundleMessages", "the part {member} is larger than {cap} bytes"),
        "member-bomb": translate(
            "BundleMessages", "the part {member} unpacks to more than {ratio} times its size (a zip bomb)"
        ),
        "member-checksum": translate(
            "BundleMessages", "the part {member} is damaged or altered (its checksum does not match)"
        ),
        "member-damaged": translate("BundleMessages", "the part {member} is damaged and cannot be unpacked"),
        "member-size": translate("BundleMessages", "the part {member} is not the size the file says"),
        "member-no-header": translate("BundleMessages", "the part {member} is not where the file says"),
        "member-other-name": translate("BundleMessages", "the part {member} has two different names"),
        "member-control": translate(
            "BundleMessages", "a part's name {member} holds invisible control characters"
        ),
        "member-disk": translate("BundleMessages", "a part says it lies on another disk"),
        "member-no-name": translate("BundleMessages", "a part has no name"),
        "member-absolute": translate(
            "BundleMessages", "the part {member} points to a place outside the bundle"
        ),
        "member-climbs": translate(
            "BundleMessages", "the part {member} points to a place outside the bundle (../)"
        ),
        "member-link": translate("BundleMessages", "the part {member} is a link to another file"),
        "member-folder": translate("BundleMessages", "the part {member} lies in a folder; a bundle has none"),
        "member-twice": translate("BundleMessages", "the part {member} occurs {times} times"),
        "member-twin": translate(
            "BundleMessages", "the part {member} differs from {twin} only by capital letters or accents"
        ),
        "member-unexpected": translate(
            "BundleMessages", "the file holds a part a bundle does not have: {member}"
        ),
        "member-encrypted": translate("BundleMessages", "the part {member} is encrypted"),
        "member-compression": translate("BundleMessages", "the part {member} is packed in an unknown way"),
        "member-missing": translate("BundleMessages", "the part {member} is missing"),
        "member-altered": translate("BundleMessages", "{member} is not what was signed (altered or swapped)"),
        "member-unlisted": translate("BundleMessages", "the part {member} was added after signing"),
        "member-v1-attachment": translate(
            "BundleMessages", "the file holds a photo ({member}) that its format version cannot have"
        ),
        "attachments-too-many": translate("BundleMessages", "the bundle holds more than {most} photos"),
        # a finished document (PDF, HTML)
        "document-is-folder": translate(
            "BundleMessages", "{path} is a folder; give the document a file name"
        ),
        "document-not-a-file": translate(
            "BundleMessages", "{path} is not a file but a device or a pipe; give the document a file name"
        ),
        "document-no-folder": translate(
            "BundleMessages", "{folder}: the folder is not there (was a USB stick removed?); choose another"
        ),
        "document-read-only": translate(
            "BundleMessages",
            "{folder} cannot be written to: the disk or folder is read-only (a write-protected USB stick,"
            " a read-only network folder or missing permission). Slide the stick's lock switch off, or"
            " choose another folder.",
        ),
        "document-disk-full": translate(
            "BundleMessages",
            "{path} could not be saved: the disk is full. Delete or move files you do not need, or choose"
            " another disk.",
        ),
        "document-not-written": translate(
            "BundleMessages", "{path} could not be saved (technical detail: {detail})"
        ),
        # a conference description (TOML)
        "description-not-utf8": translate(
            "BundleMessages",
            "{file}: the file is not saved as UTF-8 text; save it as UTF-8 and load it again",
        ),
        "description-too-large": translate(
            "BundleMessages", "{file}: larger than {mib} MiB, so not a conference description"
        ),
        "description-toml-at": translate(
            "BundleMessages",
            "{file}: the TOML is wrong at line {line}, character {column} (look for a missing quote, bracket"
            " or equals sign there; technical detail: {detail})",
        ),
        "description-toml": translate(
            "BundleMessages", "{file}: the TOML is wrong (technical detail: {detail})"
        ),
        "description-sections": translate(
            "BundleMessages", "{file}: the description needs a [process] and a [conference] section"
        ),
        "description-needs": translate("BundleMessages", "{file}: the section [{section}] lacks {key!r}"),
        "description-question-text": translate(
            "BundleMessages", "{file}: question {number} lacks its 'text'"
        ),
        "description-table-number": translate(
            "BundleMessages", "{file}: table {number} lacks a 'number' that is a whole number"
        ),
        "description-themes-list": translate(
            "BundleMessages", "{file}: the themes under [process] must be a list of names"
        ),
        "description-themes-twice": translate(
            "BundleMessages", "{file}: a theme is listed twice under [process]"
        ),
        "description-no-questions": translate(
            "BundleMessages", "{file}: the description needs at least one question ([[questions]])"
        ),
        "description-no-tables": translate(
            "BundleMessages", "{file}: the description needs at least one table ([[tables]])"
        ),
        "description-table-twice": translate("BundleMessages", "{file}: the same table number is used twice"),
        "description-table-below-one": translate("BundleMessages", "{file}: table numbers start at 1"),
        "description-date": translate(
            "BundleMessages",
            "{file}: the date under [conference], “{value}”, is not a date: write it as 2026-03-12",
        ),
        "description-minutes": translate(
            "BundleMessages", "{file}: round_minutes is a round's length in whole minutes, not “{value}”"
        ),
        "description-participants": translate(
            "BundleMessages", "{file}: table {number}: participants is a whole number, not “{value}”"
        ),
    }
