"""The public feedback report: what was said and what happened to each proposal, with no personal data,
as a PDF and as its semantic, accessible HTML twin (an untagged PDF alone is not enough to publish).

Both are rendered from one `PublicReport`, so they always say the same. It is built only from fields
that carry no person: no chair or participant names, no person fields, no decider or contact; and any
name the workspace knows is removed from free text (see privacy.py).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from app.errors import UserError
from app.minutes.files import write_atomically
from app.minutes.i18n import Strings
from app.minutes.source import load_conference, proposal_outcomes
from app.privacy.publish import Publication
from app.store import Store


@dataclass(frozen=True)
class SaidItem:
    kind: str  # note, guiding-word or action
    kind_label: str  # "" for a plain note
    text: str
    themes: tuple[str, ...]


@dataclass(frozen=True)
class QuestionSection:
    heading: str
    items: list[SaidItem]


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
            parts.append(f"{s('themes')}: {', '.join(self.themes)}")
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
    created: datetime = field(default_factory=lambda: datetime.now().astimezone())


def public_content(
    store: Store, conference_id: str, language: str, *, redact_undecided: bool = False
) -> PublicReport:
    """The report's content after the personal-data review (PrivacyRefusal while findings wait)."""
    s = Strings(language)
    data = load_conference(store, conference_id)
    gate = Publication(store, data.conference.id, s("name_removed"), redact_undecided=redact_undecided)
    c = data.conference
    reported = [t for t in data.tables if data.has_reported(t.number)]
    intro = s(
        "public_intro" if reported else "public_intro_none",
        date=s.long_date(c.date),
        participants=s.count("n_participants", sum(t.participants for t in reported)),
        tables=s.count("n_tables", len(reported)),
        venue=_venue_phrase(c.venue, s, closed=bool(reported)),
        questions=s.count("n_questions", len(data.questions)),
    )
    said = []
    for q in data.questions:
        items = [
            SaidItem(
                n.kind,
                "" if n.kind == "note" else s.kind(n.kind),
                gate.clean(n.id, "text", n.text),
                tuple(data.theme_list(n)),
            )
            for n in data.notes
            if n.question_id == q.id and n.kind != "proposal"
        ]
        question = gate.clean(q.id, "text", q.text)
        said.append(QuestionSection(s("question_heading", number=q.position, text=question), items))
    outcomes = proposal_outcomes(store, c.id, s.language)
    since_last = None
    if outcomes is None:  # no follow-up service: every proposal is still new
        notes = sorted(
            (n for n in data.notes if n.kind == "proposal"),
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
        ]
    return PublicReport(
        language=s.language,
        title=s("public_report"),
        conference_title=c.title,
        process_name=data.process.name,
        organisation=data.process.organisation,
        date_text=s.long_date(c.date),
        intro=intro,
        said=said,
        proposals=proposals,
        since_last=since_last,
    )


def _followup(
    store: Store, conference_id: str, language: str, clean: Callable[[str], str]
) -> tuple[dict[str, str], Any]:
    """Links across conferences ("raised before at …") per proposal id, and "What has happened since
    last time?" with every free text passed through `clean` (names removed)."""
    from app.minutes.since_last import link_note
    from app.proposals.catalogue import list_proposals
    from app.proposals.since_last import raised_elsewhere, since_last_time

    links = {
        pid: link_note(earlier, later, language)
        for pid, (earlier, later) in raised_elsewhere(store, list_proposals(store, conference_id)).items()
    }
    section = since_last_time(store, conference_id, language)
    if section is not None:
        fields = ("text", "decision", "reason", "owner", "summary")
        items = [replace(i, **{f: clean(getattr(i, f)) for f in fields}) for i in section.items]
        section = replace(section, items=items)
    return links, section


def status_groups(proposals: list[PublicProposal]) -> list[tuple[str, list[tuple[int, PublicProposal]]]]:
    """Consecutive proposals of one status under one heading, numbered through the whole list."""
    groups: list[tuple[str, list[tuple[int, PublicProposal]]]] = []
    for number, p in enumerate(proposals, 1):
        if not groups or groups[-1][0] != p.status_label:
            groups.append((p.status_label, []))
        groups[-1][1].append((number, p))
    return groups


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
        write_text_atomically(Path(html_path), render_html(report))
    return pages


def write_public_pdf(
    report: PublicReport, path: Path | str, progress: Callable[[int, int], None] | None = None
) -> int:
    from app.minutes.blocks import Blocks
    from app.minutes.layout import DocumentInfo, build_pdf, markup

    s = Strings(report.language)
    b = Blocks()
    # As in the HTML twin: the title is the one H1, the two parts H2, their groups H3.
    story = [
        b.paragraph(report.organisation or report.process_name, "small"),
        b.title(report.title),
        b.subtitle(f"{report.conference_title} · {report.date_text}"),
        b.paragraph(report.intro),
    ]
    if report.since_last is not None:
        from app.minutes.since_last import since_last_heading, since_last_story

        heading = b.heading(2, since_last_heading(s.language), key="since_last", outline_level=0, style="h1")
        story += since_last_story(report.since_last, b, s, heading, public=True)
    story.append(b.heading(2, s("what_was_said"), key="said", outline_level=0, style="h1"))
    for index, section in enumerate(report.said, 1):
        story.append(b.heading(3, section.heading, key=f"q{index}", outline_level=1, style="h2"))
        if not section.items:
            story.append(b.paragraph(s("no_notes"), "small"))
        said = b.list()
        for item in section.items:
            # Plain text in one font: the quick way for reportlab to lay out thousands of notes.
            text = (f"{item.kind_label}: " if item.kind_label else "") + item.text
            if item.themes:
                text += f" ({', '.join(item.themes)})"
            story.append(said.item(text, "•"))
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
        header_right=f"{report.conference_title} · {report.date_text}",
        header_left=report.title,  # the conference is on the right: said twice, it was cut short
        strings=s,
        created=report.created,
        keywords=(report.process_name, report.conference_title),
    )
    return build_pdf(path, info, story, deferred=b.deferred, progress=progress)


_CSS = """
body { font-family: "DejaVu Sans", Verdana, Arial, sans-serif; line-height: 1.5; color: #1a1a1a;
       max-width: 46em; margin: 0 auto; padding: 1em 1.25em 3em; }
h1, h2, h3 { color: #1d3f5e; line-height: 1.25; }
.lead { font-size: 1.1em; }
.meta, footer { color: #595959; font-size: 0.9em; }
li { margin-bottom: 0.5em; }
.skip { position: absolute; left: -999px; }
.skip:focus { left: 1em; top: 1em; background: #fff; padding: 0.5em; }
dl { margin: 0.25em 0 0; } dt { font-weight: bold; float: left; margin-right: 0.4em; } dd { margin: 0; }
"""


def render_html(report: PublicReport) -> str:
    """The same content as the PDF, as semantic HTML: landmarks, headings in order, lists, lang set."""
    s = Strings(report.language)
    e = html.escape
    out = [
        "<!DOCTYPE html>",
        f'<html lang="{report.language}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(report.title)}: {e(report.conference_title)}</title>",
        f'<meta name="description" content="{e(s("subject_public"))}">',
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f'<a class="skip" href="#content">{e(s("html_skip"))}</a>',
        "<header>",
        f'<p class="meta">{e(report.organisation or report.process_name)}</p>',
        f"<h1>{e(report.title)}: {e(report.conference_title)}</h1>",
        f'<p class="meta">{e(report.date_text)}</p>',
        "</header>",
        '<main id="content">',
        f'<p class="lead">{e(report.intro)}</p>',
        '<nav aria-labelledby="toc-heading">',
        f'<h2 id="toc-heading">{e(s("contents"))}</h2>',
        f'<ul><li><a href="#said">{e(s("what_was_said"))}</a></li>',
        f'<li><a href="#proposals">{e(s("what_happened"))}</a></li></ul>',
        "</nav>",
    ]
    if report.since_last is not None:
        from app.minutes.since_last import since_last_heading, since_last_html

        toc = next(i for i, line in enumerate(out) if line.startswith('<ul><li><a href="#said">'))
        link = f'<ul><li><a href="#since-last">{e(since_last_heading(report.language))}</a></li>'
        out[toc] = out[toc].replace("<ul>", link, 1)
        out += since_last_html(report.since_last, s)
    out += [
        '<section aria-labelledby="said">',
        f'<h2 id="said">{e(s("what_was_said"))}</h2>',
    ]
    for index, section in enumerate(report.said, 1):
        out.append(f'<section aria-labelledby="q{index}">')
        out.append(f'<h3 id="q{index}">{e(section.heading)}</h3>')
        if not section.items:
            out.append(f"<p>{e(s('no_notes'))}</p>")
        else:
            out.append("<ul>")
            for item in section.items:
                label = f"<strong>{e(item.kind_label)}:</strong> " if item.kind_label else ""
                themes = f' <span class="meta">({e(", ".join(item.themes))})</span>' if item.themes else ""
                out.append(f"<li>{label}{_text(item.text)}{themes}</li>")
            out.append("</ul>")
        out.append("</section>")
    out += [
        "</section>",
        '<section aria-labelledby="proposals">',
        f'<h2 id="proposals">{e(s("what_happened"))}</h2>',
    ]
    if not report.proposals:
        out.append(f"<p>{e(s('no_proposals'))}</p>")
    else:
        for group, (label, numbered) in enumerate(status_groups(report.proposals), 1):
            out.append(f'<section aria-labelledby="status{group}">')
            out.append(f'<h3 id="status{group}">{e(label)} ({len(numbered)})</h3>')
            out.append(f'<ol start="{numbered[0][0]}">')
            for _number, p in numbered:
                out.append(f"<li><p>{_text(p.text)}</p>")
                out.append(f'<p class="meta">{e(" · ".join(p.facts(s)))}</p>')
                details = p.details(s)
                if details:
                    out.append("<dl>")
                    out += [f"<dt>{e(name)}:</dt><dd>{_text(value)}</dd>" for name, value in details]
                    out.append("</dl>")
                out.append("</li>")
            out.append("</ol>")
            out.append("</section>")
    out += ["</section>", "</main>", "<footer>"]
    if report.organisation:
        out.append(f"<p>{e(s('published_by', organisation=report.organisation))}</p>")
    out += [f"<p>{e(s('created', stamp=s.stamp(report.created)))}</p>", "</footer>", "</body>", "</html>", ""]
    return "\n".join(out)


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br>")


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
