"""The public feedback report: what was said and what happened to each proposal, with no personal data,
as a PDF and as its semantic, accessible HTML twin (an untagged PDF alone is not enough to publish).

Both are rendered from one `PublicReport`, so they always say the same. It is built only from fields
that carry no person: no chair or participant names, no person fields, no decider or contact; and any
name the workspace knows is removed from free text (see privacy.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.minutes.files import write_atomically
from app.minutes.folding import by_theme, fold
from app.minutes.i18n import Strings
from app.minutes.public_model import (
    PublicProposal,
    PublicReport,
    QuestionSection,
    SaidItem,
    ThemeGroup,
    status_groups,
)
from app.minutes.rtl import isolated
from app.minutes.source import load_conference, proposal_outcomes
from app.privacy.publish import Publication
from app.store import Store


def public_content(
    store: Store, conference_id: str, language: str, *, redact_undecided: bool = False
) -> PublicReport:
    """The report's content after the personal-data review (PrivacyRefusal while findings wait)."""
    s = Strings(language)
    data = load_conference(store, conference_id)
    gate = Publication(store, data.conference.id, s("name_removed"), redact_undecided=redact_undecided)
    c = data.conference
    reported = [t for t in data.tables if data.has_reported(t.number)]
    intro = _intro(s, data, reported)
    themes = [(t.id, t.name) for t in data.themes]
    said = []
    for q in data.questions:
        listed = [
            n
            for n in data.notes
            if n.question_id == q.id and n.kind != "proposal" and not gate.held_back(n.id)
        ]
        groups = [
            ThemeGroup(
                name,
                [
                    SaidItem(
                        line.kind,
                        "" if line.kind == "note" else s.kind(line.kind),
                        line.text,
                        line.table_count,
                    )
                    for line in fold(members, lambda n: gate.clean(n.id, "text", n.text))
                ],
            )
            for name, members in by_theme(listed, themes, s("no_theme"))
        ]
        question = gate.clean(q.id, "text", q.text)
        proposed = [
            n
            for n in data.notes
            if n.question_id == q.id and n.kind == "proposal" and not gate.held_back(n.id)
        ]
        heading = s("question_heading", number=q.position, text=question)
        said.append(QuestionSection(heading, groups, len(proposed)))
    outcomes = proposal_outcomes(store, c.id, s.language)
    since_last = None
    if outcomes is None:  # no follow-up service: every proposal is still new
        notes = sorted(
            (n for n in data.notes if n.kind == "proposal" and not gate.held_back(n.id)),
            key=lambda n: (-n.votes, n.table_number, n.position),
        )
        proposals = [
            PublicProposal(
                gate.clean(n.id, "text", n.text),
                s("status_new"),
                n.votes,
                (n.table_number,),
                tuple(data.theme_list(n)),
            )
            for n in notes
        ]
    else:
        links, since_last = _followup(store, c.id, s.language, gate.remove_all)
        proposals = [
            PublicProposal(
                text=gate.clean(o.proposal_id, "text", o.text),
                status_label=o.status_label,
                votes=o.votes,
                tables=tuple(o.tables),
                themes=tuple(o.themes),
                merged_count=o.merged_count,
                decision=gate.clean(o.proposal_id, "decision", o.decision),
                reason=gate.clean(o.proposal_id, "reason", o.reason),
                owner=gate.clean(o.proposal_id, "owner", o.owner),
                review_date=o.review_date,
                linked=links.get(o.proposal_id, ""),
            )
            for o in outcomes
            if not gate.held_back(o.proposal_id)
        ]
    return PublicReport(
        language=s.language,
        title=s("public_report"),
        conference_title=c.title,
        process_name=data.process.name,
        organisation=data.process.organisation,
        date_text=s.long_date(c.date),
        intro=intro,
        disputed_counts=_disputed_counts(s, data, reported),
        said=said,
        proposals=proposals,
        since_last=since_last,
        **own_words(store, c.id, gate, s, data.process.organisation or data.process.name),
    )


def own_words(
    store: Store, conference_id: str, gate: Publication, s: Strings, publisher: str
) -> dict[str, str]:
    """The secretariat's texts as reviewed; what happens next and how to respond have defaults."""
    from app.minutes.report_texts import report_texts

    written = {
        part: gate.clean(rid, "text", text)
        for part, (rid, text) in report_texts(store, conference_id).items()
    }
    return {
        "foreword": written.get("foreword", ""),
        "contact": written.get("contact", ""),
        "respond": written.get("respond") or s("respond_default", organisation=publisher),
        "next_steps": written.get("next_steps") or s("next_default"),
    }


def _intro(s: Strings, data, reported) -> str:
    """The facts of the day. A table that gave no participant count is not counted as nobody: the
    text says how many tables counted, or that none did."""
    c = data.conference
    counted = [t for t in reported if t.participants]
    key = (
        "public_intro"
        if len(counted) == len(reported)
        else "public_intro_partial"
        if counted
        else "public_intro_uncounted"
    )
    return s(
        key if reported else "public_intro_none",
        date=s.long_date(c.date),
        participants=s.count("n_participants", sum(t.participants for t in counted)),
        counted=len(counted),
        tables=s.count("n_tables", len(reported)),
        venue=_venue_phrase(c.venue, s, closed=bool(reported)),
        questions=s.count("n_questions", len(data.questions)),
    )


def _disputed_counts(s: Strings, data, reported) -> str:
    """Each reported table's disputed participant count, the other value beside it but not who gave it,
    and that the intro's sum counts the figures as they stand: a disputed figure is never printed as
    settled (as in the minutes)."""
    from app.minutes.table import disputed

    tables = [t for t in reported if (t.number, "participants") in data.disputed]
    said = [
        s(
            "public_disputed_table",
            number=t.number,
            value=disputed(data, t.number, "participants", t.participants, s, named=False),
        )
        for t in tables
    ]
    if said and any(t.participants for t in reported):
        said.append(s("public_disputed_sum"))
    return " ".join(said)


def _followup(
    store: Store, conference_id: str, language: str, clean: Callable[[str], str]
) -> tuple[dict[str, str], Any]:
    """Links across conferences ("raised before at …") per proposal id, and "What has happened since
    last time?" with every free text passed through `clean` (names removed), and without the earlier
    proposals their review left out whole."""
    from app.minutes.since_last import link_note
    from app.proposals.catalogue import list_proposals
    from app.proposals.since_last import followup

    section, raised = followup(store, conference_id, list_proposals(store, conference_id), language)
    links = {pid: link_note(earlier, later, language) for pid, (earlier, later) in raised.items()}
    if section is not None:
        from app.privacy.review import left_out_anywhere

        left_out = left_out_anywhere(store)  # by its own conference's review
        fields = ("text", "decision", "reason", "owner", "summary")
        items = [
            replace(i, **{f: clean(getattr(i, f)) for f in fields})
            for i in section.items
            if i.proposal_id not in left_out
        ]
        section = replace(section, items=items)
    return links, section


def build_public_report(
    store: Store,
    conference_id: str,
    pdf_path: Path | str,
    language: str,
    html_path: Path | str | None = None,
    progress: Callable[[int, int], None] | None = None,
    *,
    redact_undecided: bool = False,
) -> int:
    """Write the public report's PDF (and its HTML twin when `html_path` is given); returns PDF pages.

    Refused (PrivacyRefusal) while personal-data findings are undecided, unless `redact_undecided`."""
    report = public_content(store, conference_id, language, redact_undecided=redact_undecided)
    # Refuse a bad HTML path before spending time on the PDF.
    if html_path is not None and Path(html_path).resolve() == Path(pdf_path).resolve():
        raise UserError("the HTML file must not be the PDF file")
    pages = write_public_pdf(report, pdf_path, progress)
    if html_path is not None:
        from app.minutes.public_html import render_html

        write_text_atomically(Path(html_path), render_html(report))
    return pages


def write_public_pdf(
    report: PublicReport, path: Path | str, progress: Callable[[int, int], None] | None = None
) -> int:
    from app.minutes.blocks import Blocks
    from app.minutes.layout import DocumentInfo, build_pdf, markup, printed

    s = Strings(report.language)
    b = Blocks()
    # As in the HTML twin: the title is the one H1, the two parts H2, their groups H3.
    story = [
        b.paragraph(report.organisation or report.process_name, "small"),
        b.title(report.title),
        b.subtitle(f"{isolated(report.conference_title)} · {report.date_text}"),
    ]
    story += [b.paragraph(part) for part in report.foreword.split("\n\n") if part.strip()]
    story.append(b.paragraph(report.intro))
    if report.disputed_counts:
        story.append(b.paragraph(report.disputed_counts, "small"))
    story.append(b.heading(2, s("contact_heading"), key="contact", outline_level=0, style="h2"))
    story += [b.paragraph(text) for text in (report.respond, report.contact) if text]
    story.append(b.heading(2, s("next_heading"), key="next", outline_level=0, style="h2"))
    story.append(b.paragraph(report.next_steps))
    if report.since_last is not None:
        from app.minutes.since_last import since_last_heading, since_last_story

        heading = b.heading(2, since_last_heading(s.language), key="since_last", outline_level=0, style="h1")
        story += since_last_story(report.since_last, b, s, heading, public=True)
    story.append(b.heading(2, s("what_was_said"), key="said", outline_level=0, style="h1"))
    for index, section in enumerate(report.said, 1):
        story.append(b.heading(3, section.heading, key=f"q{index}", outline_level=1, style="h2"))
        if not section.groups:
            story.append(b.paragraph(section.empty_text(s), "small"))
        for group in section.groups:
            story.append(b.heading(4, group.name, bookmark=False))
            said = b.list()
            # Plain text in one font: the quick way for reportlab to lay out thousands of notes.
            story += [
                said.item(replace(item, text=printed(item.text, s)).line(s), "•") for item in group.items
            ]
    story.append(b.heading(2, s("what_happened"), key="proposals", outline_level=0, style="h1"))
    if not report.proposals:
        story.append(b.paragraph(s("no_proposals"), "small"))
    for group, (label, numbered) in enumerate(status_groups(report.proposals), 1):
        story.append(
            b.heading(3, f"{label} ({len(numbered)})", key=f"status{group}", outline_level=1, style="h2")
        )
        listed = b.list()
        for i, p in numbered:
            lines = [f'<font color="#595959">{markup(" · ".join(p.facts(s)))}</font>']
            lines += [f"<b>{markup(name)}:</b> {markup(value)}" for name, value in p.details(s)]
            story.append(listed.item(p.text, f"{i}.", details=b.rich("<br/>".join(lines), "detail")))
    if report.organisation:
        story.append(b.paragraph(s("published_by", organisation=report.organisation), "small"))
    info = DocumentInfo(
        title=f"{report.title}: {report.conference_title}",
        subject=s("subject_public"),
        author=report.organisation,
        header_right=f"{isolated(report.conference_title)} · {report.date_text}",
        header_left=report.title,  # the conference is on the right: said twice, it was cut short
        strings=s,
        created=report.created,
        keywords=(report.process_name, report.conference_title),
    )
    return build_pdf(path, info, story, deferred=b.deferred, progress=progress)


def _venue_phrase(venue: str, s: Strings, *, closed: bool) -> str:
    """The venue phrase of the introduction. A venue with a comma ("Folkets hus, Exempelstad") is an
    inserted phrase, which a comma closes when the sentence goes on after it (`closed`)."""
    if not venue:
        return ""
    return s("public_intro_venue", venue=venue) + ("," if closed and "," in venue else "")


def write_text_atomically(path: Path, text: str) -> None:
    def write(temp: str) -> None:
        with open(temp, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)

    write_atomically(path, write)
