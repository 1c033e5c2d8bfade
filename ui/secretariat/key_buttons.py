"""Collect's buttons that decide on one key: trust it as a chair or as the secretariat, reject it,
rename it. With bundles of several keys chosen (to trust them together, say) each of them acted on the
current row's key alone, which the secretary cannot tell from the other highlighted rows. They are then
greyed, and the tooltip (read out as the accessible description) says why and what to do instead.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from ui.secretariat.inbox import InboxEntry
from ui.secretariat.inbox_columns import WAITING


def chair_keys(entries: list[InboxEntry]) -> list[InboxEntry]:
    """One entry per waiting key whose bundles ask for one table (what a chair may be trusted for)."""
    by_key: dict[str, InboxEntry] = {}
    for e in entries:
        if e.state in WAITING and e.kind == "table-export" and len(e.tables) == 1:
            by_key.setdefault(e.key_id, e)
    return list(by_key.values())


def _several_keys(button: str) -> str:
    translate = QCoreApplication.translate
    return {
        "trust": translate(
            "CollectView",
            "The chosen bundles are signed by different keys: use “Trust several chairs…”,"
            " or choose one bundle",
        ),
        "secretariat": translate(
            "CollectView",
            "The chosen bundles are signed by different keys: choose one bundle to trust its key as the"
            " secretariat",
        ),
        "reject": translate(
            "CollectView",
            "The chosen bundles are signed by different keys: choose one bundle to reject its key",
        ),
        "rename": translate(
            "CollectView",
            "The chosen bundles are signed by different keys: choose one bundle to rename its key",
        ),
    }[button]


class OneKeyButtons:
    """The buttons by name ("trust", "secretariat", "reject", "rename"), their own tooltips kept."""

    def __init__(self, buttons: dict[str, QPushButton]) -> None:
        self.buttons = buttons
        self.tips = {name: button.toolTip() for name, button in buttons.items()}

    def update(self, several_keys: bool, **enabled: bool) -> None:
        """Enable each button as `enabled` says, unless the chosen bundles hold `several_keys`."""
        for name, button in self.buttons.items():
            button.setEnabled(enabled[name] and not several_keys)
            button.setToolTip(_several_keys(name) if several_keys else self.tips[name])
