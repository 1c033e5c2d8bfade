"""The table a chair is capturing: its conference, questions and themes, read once when opened."""

from __future__ import annotations

from app import conferences
from app.frozen_values import FrozenValue, frozen_value, set_field
from app.model import Conference, Question, Table, Theme
from app.workspace import Workspace


@frozen_value
class TableSession(FrozenValue):
    """The open table with its conference, questions and themes."""

    conference: Conference
    table: Table
    questions: tuple[Question, ...]
    themes: tuple[Theme, ...]

    def __init__(
        self, conference: Conference, table: Table, questions: tuple[Question, ...], themes: tuple[Theme, ...]
    ) -> None:
        set_field(self, "conference", conference)
        set_field(self, "table", table)
        set_field(self, "questions", questions)
        set_field(self, "themes", themes)

    @classmethod
    def open(cls, workspace: Workspace, conference_id: str, table_number: int) -> TableSession:
        store = workspace.store
        conference = conferences.conference(store, conference_id)
        return cls(
            conference,
            conferences.table(store, conference.id, table_number),
            tuple(conferences.questions(store, conference.id)),
            tuple(conferences.themes(store, conference.process_id)),
        )

    def reload_table(self, workspace: Workspace) -> TableSession:
        """The same session with the table's facts read again (after participants or bands changed)."""
        table = conferences.table(workspace.store, self.conference.id, self.table.number)
        return TableSession(self.conference, table, self.questions, self.themes)

    def question_index(self, question_id: str) -> int:
        for index, question in enumerate(self.questions):
            if question.id == question_id:
                return index
        raise KeyError(question_id)

    def theme_name(self, theme_id: str) -> str:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme.name
        return ""
