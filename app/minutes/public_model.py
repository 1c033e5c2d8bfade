"""What the public feedback report says, as data: one `PublicReport` that both the PDF (public.py) and
its HTML twin (public_html.py) are rendered from, so the two always say the same."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.minutes.i18n import Strings
from app.minutes.rtl import isolated


@dataclass(frozen=True)
class SaidItem:
    """One thing said: identical and near-identical notes folded, with the number of tables."""

    kind: str  # note, guiding-word or action
    kind_label: str  # "" for a plain note
    text: str
    tables: int = 1

    def line(self, s: Strings) -> str:
        text = f"{isolated(self.text)} ({s.count('said_at', self.tables)})" if self.tables > 1 else self.text
        return f"{self.kind_label}: {text}" if self.kind_label else text


@dataclass(frozen=True)
class ThemeGroup:
    name: str
    items: list[SaidItem]


@dataclass(frozen=True)
class QuestionSection:
    heading: str
    groups: list[ThemeGroup]
    proposals: int = 0  # the question's proposals, listed in the proposals' part of the report

    def empty_text(self, s: Strings) -> str:
        """What stands under a question without notes: a question answered only with proposals was said
        to have "no notes", as if the tables had said nothing to it."""
        return s("only_proposals") if self.proposals else s("no_notes")


@dataclass(frozen=True)
class PublicProposal:
    text: str
    status_label: str
    votes: int
    tables: tuple[int, ...]
    themes: tuple[str, ...]
    merged_count: int = 1
    decision: str = ""
    reason: str = ""
    owner: str = ""
    review_date: str = ""
    linked: str = ""  # "raised before at …" for a proposal raised again across conferences

    def facts(self, s: Strings) -> list[str]:
        """Votes, tables, merging, themes: the status is the heading the proposal stands under."""
        parts = [s.votes(self.votes)]
        if self.tables:
            parts.append(s.count("from_tables", len(self.tables), tables=s.number_list(self.tables)))
        if self.merged_count > 1:
            parts.append(s("merged_from", count=self.merged_count))
        if self.themes:
            parts.append(f"{s('themes')}: {', '.join(map(isolated, self.themes))}")
        if self.linked:
            parts.append(self.linked)
        return parts

    def details(self, s: Strings) -> list[tuple[str, str]]:
        pairs = [
            (s("decision"), self.decision),
            (s("reason"), self.reason),
            (s("owner"), self.owner),
            (s("review_date"), s.long_date(self.review_date) if self.review_date else ""),
        ]
        return [(label, value) for label, value in pairs if value]


@dataclass
class PublicReport:
    language: str
    title: str
    conference_title: str
    process_name: str
    organisation: str
    date_text: str
    intro: str
    said: list[QuestionSection]
    proposals: list[PublicProposal]
    since_last: Any = None  # app.proposals.SinceLastTime, names removed; None at a process's first conference
    foreword: str = ""  # the secretariat's own words (report_texts), reviewed like every text
    contact: str = ""
    respond: str = ""
    next_steps: str = ""
    # A participant count an open conflict holds another value of, said as disputed beside the sum the
    # intro gives, without who gave the other value (a chair's name): "" when none is.
    disputed_counts: str = ""
    created: datetime = field(default_factory=lambda: datetime.now().astimezone())


def status_groups(proposals: list[PublicProposal]) -> list[tuple[str, list[tuple[int, PublicProposal]]]]:
    """Consecutive proposals of one status under one heading, numbered through the whole list."""
    groups: list[tuple[str, list[tuple[int, PublicProposal]]]] = []
    for number, p in enumerate(proposals, 1):
        if not groups or groups[-1][0] != p.status_label:
            groups.append((p.status_label, []))
        groups[-1][1].append((number, p))
    return groups
