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
