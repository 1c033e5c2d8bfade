"""Translated names of proposal statuses and owner kinds, for every widget of this area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def status_name(status: str) -> str:
    names = {
        "new": QCoreApplication.translate("ProposalStatus", "New"),
        "shortlisted": QCoreApplication.translate("ProposalStatus", "Shortlisted"),
        "selected": QCoreApplication.translate("ProposalStatus", "Selected by the council"),
        "in-progress": QCoreApplication.translate("ProposalStatus", "In progress"),
        "done": QCoreApplication.translate("ProposalStatus", "Done"),
        "not-pursued": QCoreApplication.translate("ProposalStatus", "Not pursued"),
    }
    return names[status]


def owner_kind_name(kind: str) -> str:
    names = {
        "organisation": QCoreApplication.translate("ProposalStatus", "Organisation"),
        "person": QCoreApplication.translate("ProposalStatus", "Person"),
    }
    return names.get(kind, kind)


HEADING_CHARACTERS = 280  # about four lines of a dialog's heading


def heading_text(text: str, most: int = HEADING_CHARACTERS) -> str:
    """A proposal's text as a dialog's heading shows it: on running lines, and cut at a word with "…"
    after about `most` characters. A chair's pasted page (two thousand characters) as the heading of
    the decision dialog squeezed its form to slits at 150 %; the whole text is in the heading's tooltip."""
    flat = " ".join(text.split())
    if len(flat) <= most:
        return flat
    cut = flat.rfind(" ", 0, most)
    return flat[: cut if cut > most // 2 else most].rstrip() + " …"


def set_heading(label, text: str, most: int = HEADING_CHARACTERS) -> None:
    """`label` shows `text` as heading_text; its tooltip holds the whole text when it was cut."""
    shown = heading_text(text, most)
    label.setText(shown)
    label.setToolTip(text if shown != " ".join(text.split()) else "")
