"""The message codes of a bundle's file, its photos and the references between its records, as templates
in the user's language: part of ui/message_texts.py's one table (`templates()` holds these too)."""

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
    }
