""" "Vad har hänt sedan förra gången?": the section both the conference minutes and the public report
print from the second conference of a process on (content from app.proposals.since_last).

`since_last_story(...)` gives the PDF flowables, built with this package's layout helpers;
`since_last_html(...)` the same content as semantic HTML for the public report's twin. The public
report passes `public=True` (and its name-removing `clean`): it prints the secretariat's summary for
participants where there is one, and never a meeting's or a person's name.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from app.minutes.i18n import Strings
from app.proposals.since_last import EarlierProposal, SinceLastTime

WORDS = {
    "sv": {
        "heading": "Vad har hänt sedan förra gången?",
        "intro": "Så här har det gått för förslagen från {conferences}.",
        "none": "Inga förslag från tidigare konferenser.",
        "new": "Förslaget har ännu inte behandlats.",
        "shortlisted": "Förslaget står på tillväxtrådets kortlista och väntar på beslut.",
        "selected": "Tillväxtrådet har valt att driva förslaget.",
        "in-progress": "Arbetet med förslaget pågår.",
        "done": "Förslaget är genomfört.",
        "not-pursued": "Förslaget drivs inte vidare.",
        "decided": "Beslut {date}",
        "at": "vid {meeting}",
        "owner": "Ansvarig: {owner}.",
        "reason": "Skäl: {reason}",
        "decision": "Beslut: {decision}",
        "review": "Följs upp {date}.",
        "review_passed": "Skulle ha följts upp {date}.",
        "raised_at": "Togs upp vid {conferences}.",
        "raised_again": "Togs upp igen vid den här konferensen.",
        "summary": "Från sekretariatet: {summary}",
        "and": "och",
        "raised_before": "togs upp tidigare vid {conferences}",
        "raised_later": "togs upp igen vid {conferences}",
    },
    "en": {
        "heading": "What has happened since last time?",
        "intro": "This is what became of the proposals from {conferences}.",
        "none": "No proposals from earlier conferences.",
        "new": "The proposal has not been considered yet.",
        "shortlisted": "The proposal is on the growth council's shortlist, awaiting a decision.",
        "selected": "The growth council has chosen to take the proposal forward.",
        "in-progress": "Work on the proposal is under way.",
        "done": "The proposal has been carried out.",
        "not-pursued": "The proposal is not being pursued.",
        "decided": "Decided {date}",
        "at": "at {meeting}",
        "owner": "Responsible: {owner}.",
        "reason": "Reason: {reason}",
        "decision": "Decision: {decision}",
        "review": "To be reviewed {date}.",
        "review_passed": "Was due to be reviewed {date}.",
        "raised_at": "Raised at {conferences}.",
        "raised_again": "Raised again at this conference.",
        "summary": "From the secretariat: {summary}",
        "and": "and",
        "raised_before": "raised before at {conferences}",
        "raised_later": "raised again at {conferences}",
    },
}


def _w(language: str, key: str, **values: str) -> str:
    return WORDS.get(language, WORDS["en"])[key].format(**values)


def _joined(names: tuple[str, ...], language: str) -> str:
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {_w(language, 'and')} {names[-1]}"


def link_note(earlier: tuple[str, ...], later: tuple[str, ...], language: str) -> str:
    """ "raised before at …; raised again at …" for a proposal linked across conferences ("" if not)."""
    parts = []
    if earlier:
        parts.append(_w(language, "raised_before", conferences=_joined(earlier, language)))
    if later:
        parts.append(_w(language, "raised_later", conferences=_joined(later, language)))
    return "; ".join(parts)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."


def plain_words(
    item: EarlierProposal,
    s: Strings,
    *,
    public: bool,
    earlier_titles: tuple[str, ...] = (),
    as_of: str = "",
) -> list[str]:
    """What happened to one earlier proposal, in sentences a participant reads; a review date before
    `as_of` (the conference's day) is said as passed, not as still to come."""
    lang = s.language
    lines = [_w(lang, item.status)]
    if item.decided_on and item.status != "new":
        when = _w(lang, "decided", date=s.long_date(item.decided_on))
        if item.meeting and not public:
            when += " " + _w(lang, "at", meeting=item.meeting)
        lines[0] += f" {when}."
    if item.summary:
        lines.append(
            _w(lang, "summary", summary=_sentence(item.summary)) if not public else _sentence(item.summary)
        )
    if item.decision and (not public or not item.summary):
        lines.append(_w(lang, "decision", decision=_sentence(item.decision)))
    if item.reason:
        lines.append(_w(lang, "reason", reason=_sentence(item.reason)))
    if item.owner:
        lines.append(_w(lang, "owner", owner=item.owner))
    if item.review_date and item.status not in ("done", "not-pursued"):
        passed = bool(as_of) and item.review_date < as_of
        lines.append(_w(lang, "review_passed" if passed else "review", date=s.long_date(item.review_date)))
    if (
        len(item.conference_titles) > 1 or len(earlier_titles) > 1
    ):  # with one earlier conference, it goes without saying
        lines.append(_w(lang, "raised_at", conferences=_joined(item.conference_titles, lang)))
    if item.raised_again:
        lines.append(_w(lang, "raised_again"))
    return lines


def since_last_heading(language: str) -> str:
    return _w(language, "heading")


def since_last_story(
    section: SinceLastTime,
    b,
    s: Strings,
    heading,
    *,
    public: bool,
    clean: Callable[[str], str] = lambda text: text,
) -> list:
    """The section's blocks (app.minutes.blocks.Blocks `b`): the `heading` the document made in its own
    outline, an introduction, then one numbered item a proposal with what happened to it."""
    lang = s.language
    story: list = [heading]
    if not section.items:
        story.append(b.paragraph(_w(lang, "none"), "small"))
        return story
    story.append(b.paragraph(_w(lang, "intro", conferences=_joined(section.earlier_titles, lang))))
    listed = b.list()
    for number, item in enumerate(section.items, 1):
        head = f"{clean(item.text)} — {item.status_label}"
        lines = plain_words(
            item, s, public=public, earlier_titles=section.earlier_titles, as_of=section.as_of
        )
        words = " ".join(clean(line) for line in lines)
        story.append(listed.item(head, f"{number}.", details=b.paragraph(words, "detail")))
    return story


def since_last_html(
    section: SinceLastTime, s: Strings, *, clean: Callable[[str], str] = lambda text: text
) -> list[str]:
    """The section as HTML lines (a <section> with its own heading), for the public report's twin."""
    e = html.escape
    lang = s.language
    out = ['<section aria-labelledby="since-last">', f'<h2 id="since-last">{e(_w(lang, "heading"))}</h2>']
    if not section.items:
        out += [f"<p>{e(_w(lang, 'none'))}</p>", "</section>"]
        return out
    out.append(f"<p>{e(_w(lang, 'intro', conferences=_joined(section.earlier_titles, lang)))}</p>")
    out.append("<ol>")
    for item in section.items:
        words = " ".join(
            clean(line)
            for line in plain_words(
                item, s, public=True, earlier_titles=section.earlier_titles, as_of=section.as_of
            )
        )
        out.append(
            f"<li><p><strong>{_html_text(clean(item.text))}</strong> — {e(item.status_label)}</p>"
            f"<p>{_html_text(words)}</p></li>"
        )
    out += ["</ol>", "</section>"]
    return out


def _html_text(value: str) -> str:
    """As the rest of the HTML twin: line breaks kept, each removed-data marker on one line."""
    from app.minutes.glyphs import markers_whole

    return markers_whole(html.escape(value)).replace("\n", "<br>")
