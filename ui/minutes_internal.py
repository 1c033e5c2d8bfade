"""Before the conference minutes are made: they are the secretariat's internal document and print every
note as it was written, personal data included (only the public report and open data pass the
personal-data review). A secretary who has just reviewed the public report may not expect that, so when
the notes hold identity numbers, phone numbers, e-mail or personal web addresses she is told how many,
and asked, before the file is made. The document itself is unchanged.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.privacy import detect
from app.workspace import Workspace
from ui import msgbox

# Names of known people are left out: the internal minutes name the chairs on purpose.
_TOLD = (detect.PERSONNUMMER, detect.SAMORDNINGSNUMMER, detect.PHONE, detect.EMAIL, detect.URL)


def personal_findings(workspace: Workspace, conference_id: str) -> Counter[str]:
    """How many of each kind of personal data the notes, questions and proposals hold as written."""
    from app.privacy.review import review

    counts: Counter[str] = Counter()
    for hit in review(workspace.store, conference_id):
        if hit.kind in _TOLD:
            counts[hit.kind] += hit.occurrences
    return counts


class InternalMinutesNotice(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def kinds_text(self, counts: Counter[str]) -> str:
        """ "2 personnummer, 3 e-postadresser och 1 telefonnummer", in the order a reader weighs them."""
        names = {
            detect.PERSONNUMMER: lambda n: self.tr("%Ln personal identity number(s)", "", n),
            detect.SAMORDNINGSNUMMER: lambda n: self.tr("%Ln coordination number(s)", "", n),
            detect.EMAIL: lambda n: self.tr("%Ln e-mail address(es)", "", n),
            detect.PHONE: lambda n: self.tr("%Ln phone number(s)", "", n),
            detect.URL: lambda n: self.tr("%Ln personal web address(es)", "", n),
            detect.NAME: lambda n: self.tr("%Ln name(s) of people", "", n),
            detect.MAYBE_NAME: lambda n: self.tr("%Ln possible name(s) of people", "", n),
        }
        parts = [name(counts[kind]) for kind, name in names.items() if counts[kind]]
        if len(parts) == 1:
            return parts[0]
        return self.tr("%1 and %2").replace("%1", ", ".join(parts[:-1])).replace("%2", parts[-1])

    def ask(self, workspace: Workspace, conference_id: str, then: Callable[[], None]) -> None:
        """`then` at once when the notes hold no personal data; otherwise after she says yes."""
        counts = personal_findings(workspace, conference_id)
        if not counts:
            then()
            return
        self._ask_minutes(counts, then)

    def ask_theme_report(
        self, workspace: Workspace, process_id: str, theme: str | None, then: Callable[[], None]
    ) -> None:
        """The same for the theme report, which goes to a theme's working group, outside the
        secretariat: it leaves out what the personal-data review left out, and prints the rest of the
        process's guiding words, actions and proposals as they were written. `then` at once when they
        hold no personal data; otherwise only after she says yes (No is the default)."""
        from app.minutes.themes import personal_data

        counts = personal_data(workspace.store, process_id, theme=theme)
        if not counts:
            then()
            return
        text = (
            self.tr(
                "The theme report goes to a theme's working group, outside the secretariat. It leaves out "
                "the notes and proposals the personal-data review left out, and prints the rest as they "
                "were written: they hold %1, and these will be in the report."
            ).replace("%1", self.kinds_text(counts))
            + "\n\n"
            + self.tr(
                "Correct the notes first (Review), or leave them out in the personal-data review, unless "
                "everyone the report goes to may read this."
            )
            + "\n\n"
            + self.tr("Make the theme report anyway?")
        )
        msgbox.question(
            self._window,
            self.tr("Personal data in the theme report"),
            text,
            on_answer=lambda yes: then() if yes else None,
            default_yes=False,
        )

    def _ask_minutes(self, counts: Counter[str], then: Callable[[], None]) -> None:
        text = (
            self.tr(
                "The conference minutes are an internal document: they print every note as it was "
                "written. The notes hold %1, and these will be in the minutes."
            ).replace("%1", self.kinds_text(counts))
            + "\n\n"
            + self.tr(
                "Only the public feedback report and open data pass the personal-data review. Share "
                "these minutes only with those who may read personal data."
            )
            + "\n\n"
            + self.tr("Make the minutes anyway?")
        )
        msgbox.question(
            self._window,
            self.tr("Personal data in the minutes"),
            text,
            on_answer=lambda yes: then() if yes else None,
            default_yes=True,
        )
