"""What the chair hears when a file she opened is the secretariat's follow-up (a pack for some tables):
asked first when this laptop chairs none of those tables (the file holds another table's words), told
afterwards what it brought, or that it was opened here before and brought nothing new."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from ui import msgbox

# The dialog (ui.chair.open_dialog.OpenConferenceDialog) and what it loaded (its Loaded): not imported
# here, as that module imports this one.
OpenConferenceDialog = Loaded = Any


def _tables(numbers: tuple[int, ...]) -> str:
    return ", ".join(str(n) for n in numbers)


def ask_about_other_tables(dialog: OpenConferenceDialog, loaded: Loaded) -> None:
    """Open the follow-up only if the chair says so (No is the default): nothing is saved before."""
    path = loaded.path
    assert path is not None
    if loaded.chaired:
        mine = QCoreApplication.translate(
            "FollowupOpened", "This computer has written the notes of table %1, not of that table."
        ).replace("%1", _tables(loaded.chaired))
    else:
        mine = QCoreApplication.translate(
            "FollowupOpened", "This computer has not written the notes of any table of this conference."
        )
    text = (
        QCoreApplication.translate(
            "FollowupOpened",
            "%1 is the secretariat's follow-up for table %2: it holds that table's words. %3\n\n"
            "Open it all the same? Only if the secretariat meant it for you.",
        )
        .replace("%1", path.name)
        .replace("%2", _tables(loaded.followup_tables))
        .replace("%3", mine)
    )

    def answered(yes: bool) -> None:
        if yes:
            dialog.open_file(path, tables_accepted=True)

    msgbox.question(
        dialog,
        QCoreApplication.translate("FollowupOpened", "Another table's follow-up"),
        text,
        on_answer=answered,
    )


def tell_what_came(dialog: OpenConferenceDialog, loaded: Loaded) -> None:
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
            .replace("%1", _tables(loaded.followup_tables))
            .replace("%2", str(new))
            .replace("%3", str(changed))
        )
        msgbox.information(dialog, QCoreApplication.translate("FollowupOpened", "Follow-up opened"), text)
