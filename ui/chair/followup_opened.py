"""What the chair hears once a file she opened is in: the secretariat's follow-up for her table (a pack
for some tables), what it brought; a file opened here before, that it brought nothing new. (Another
table's follow-up is refused by the import itself, in her language, like any refused file.)"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ui import msgbox


def tell_what_came(dialog: Any, loaded: Any) -> None:
    """`dialog`, `loaded`: ui.chair.open_dialog's dialog and its Loaded (that module imports this one)."""
    if loaded.already:
        msgbox.information(
            dialog,
            QCoreApplication.translate("FollowupOpened", "Already opened"),
            QCoreApplication.translate(
                "FollowupOpened", "This file was opened on this computer before: it brought nothing new."
            ),
        )
    elif loaded.followup_tables:
        new, changed = loaded.counts
        text = (
            QCoreApplication.translate(
                "FollowupOpened",
                "The secretariat's follow-up for table %1 is open: %2 new and %3 changed entries. Pick your "
                "table and press Open to see them.",
            )
            .replace("%1", ", ".join(str(n) for n in loaded.followup_tables))
            .replace("%2", str(new))
            .replace("%3", str(changed))
        )
        msgbox.information(dialog, QCoreApplication.translate("FollowupOpened", "Follow-up opened"), text)
