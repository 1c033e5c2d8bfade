"""What a chair should do when the disk refuses: app.disk_errors names the problem, this says it in
the window's language with the advice that fits (a read-only stick is not a full one)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app import disk_errors
from app.disk_errors import DiskProblem

translate = QCoreApplication.translate  # lupdate finds calls spelled translate("Context", "text")


def advice(problem: DiskProblem) -> str:
    """One or two sentences: what is wrong with the disk and what to do about it."""
    if problem.code == disk_errors.READ_ONLY:
        return translate(
            "DiskAdvice",
            "The disk or folder is read-only: a write-protected USB stick, a read-only network folder or "
            "missing permission. Slide the stick's lock switch off, or choose a folder you may write to.",
        )
    if problem.code == disk_errors.FULL:
        return translate(
            "DiskAdvice", "The disk is full. Delete or move files you do not need, then try again."
        )
    if problem.code == disk_errors.LOCKED:
        return translate(
            "DiskAdvice",
            "Another program is using the workspace or the file (perhaps a second Rundabord window, a "
            "backup or a sync program). Close it, then try again.",
        )
    if problem.code == disk_errors.MISSING:
        return translate(
            "DiskAdvice", "The folder or disk is gone: was a USB stick removed? Put it back, then try again."
        )
    return translate(
        "DiskAdvice",
        "The disk refused the write. Try again; if it keeps failing, ask for help with the laptop.",
    )


def short_reason(problem: DiskProblem) -> str:
    """A few words for the save indicator."""
    return {
        disk_errors.READ_ONLY: translate("DiskAdvice", "the disk is read-only"),
        disk_errors.FULL: translate("DiskAdvice", "the disk is full"),
        disk_errors.LOCKED: translate("DiskAdvice", "another program holds the workspace"),
        disk_errors.MISSING: translate("DiskAdvice", "the disk is gone"),
    }.get(problem.code, translate("DiskAdvice", "the disk refused the change"))
