"""The theme report across a process: per theme, the guiding words and "what needs to be done"
accumulated over all its conferences, each item with where and when it came from."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from pathlib import Path

from reportlab.platypus import Flowable

from app import conferences
from app.errors import UserError
from app.minutes.blocks import Blocks
from app.minutes.i18n import Strings
from app.minutes.layout import DocumentInfo, ProgressCallback, build_pdf
from app.minutes.rtl import isolated
from app.model import Note, Process
from app.store import Store


@dataclass(frozen=True)
class Origin:
    conference_date: str
    conference_title: str
    table_number: int


@dataclass(frozen=True)
class Item:
    text: str
    origins: tuple[Origin, ...]


@dataclass(frozen=True)
class ThemeItems:
    theme_id: str | None  # None: items without a theme
    name: str
    guiding_words: list[Item]
    actions: list[Item]
    proposals: list[Item] = field(default_factory=list)  # "text — status", most votes first


def left_out(store: Store) -> frozenset[str]:
    """The notes and proposals a personal-data review left out of what is published. The theme report
    goes to a theme's working group, outside the secretariat: it leaves them out too."""
    from app.privacy.review import left_out_anywhere

    return frozenset(left_out_anywhere(store))


def accumulate(store: Store, process_id: str) -> list[ThemeItems]:
    """The process's items per theme: from app.proposals (which also merges inflections) when present."""
    try:
        from app.proposals.accumulate import accumulated
    except ImportError:
        return _accumulate_exact(store, process_id)

    def items(found) -> list[Item]:
        return [
            Item(
                i.text,
                tuple(Origin(o.conference_date, o.conference_title, o.table_number) for o in i.origins),
            )
            for i in found
        ]

    return [
        ThemeItems(t.theme_id, t.theme_name, items(t.guiding_words), items(t.actions))
        for t in accumulated(store, process_id, without=left_out(store))
    ]


def _accumulate_exact(store: Store, process_id: str) -> list[ThemeItems]:
    """Without app.proposals: items match when their words match, ignoring case and spacing."""
    confs = {c.id: c for c in conferences.conferences(store) if c.process_id == process_id}
    themes = conferences.themes(store, process_id)
    known = {t.id for t in themes}
    buckets: dict[tuple[str | None, str, str], list[Note]] = defaultdict(list)
    leaving = left_out(store)
    for record in store.select("note", "kind IN ('guiding-word', 'action')"):
        note = Note.from_record(record)
        if note.conference_id not in confs or note.id in leaving:
            continue
        key = " ".join(note.text.casefold().split())
        for theme_id in [t for t in note.themes if t in known] or [None]:
            buckets[(theme_id, note.kind, key)].append(note)
    result = []
    for theme_id, name in [(t.id, t.name) for t in themes] + [(None, "")]:
        per_kind: dict[str, list[Item]] = {"guiding-word": [], "action": []}
        for (bucket_theme, kind, _key), said in buckets.items():
            if bucket_theme != theme_id:
                continue
            origins = sorted(
                {
                    Origin(confs[n.conference_id].date, confs[n.conference_id].title, n.table_number)
                    for n in said
                }
            )
            per_kind[kind].append(Item(said[0].text.strip(), tuple(origins)))
        for items in per_kind.values():
            items.sort(key=lambda i: (-len(i.origins), i.origins[0], i.text.casefold()))
        if theme_id is not None or any(per_kind.values()):
            result.append(ThemeItems(theme_id, name, per_kind["guiding-word"], per_kind["action"]))
    return result


def origins_text(origins: tuple[Origin, ...], s: Strings) -> str:
    """'Rundabordssamtal våren 2026 (12 mars 2026): bord 3, 7; Höstens samtal (…): bord 1'."""
    tables: dict[tuple[str, str], list[int]] = defaultdict(list)
    for o in origins:
        tables[(o.conference_date, o.conference_title)].append(o.table_number)

    def where(numbers: list[int]) -> str:
        distinct = sorted(set(numbers))
        return s.count("origin_tables", len(distinct), tables=s.number_list(distinct))

    return "; ".join(
        f"{isolated(title)} ({s.long_date(day)}): {where(numbers)}"
        for (day, title), numbers in sorted(tables.items())
    )


def build_theme_report(
    store: Store,
    process_id: str,
    path: Path | str,
    language: str,
    *,
    theme: str | None = None,
    progress: ProgressCallback | None = None,
) -> int:
    """Write the process's theme report (every theme, or the one named) to `path`; returns the page count."""
    record = store.get("process", process_id)
    if record is None:
        raise UserError(f"no process with id {process_id}")
    process = Process.from_record(record)
    s = Strings(language)
    found = report_items(store, process_id, s, theme=theme)
    title = s("theme_report_one", theme=found[0].name) if theme is not None else s("theme_report")
    confs = [c for c in conferences.conferences(store) if c.process_id == process_id]
    return write_theme_report(process, confs, found, title, path, s, progress)


def report_items(store: Store, process_id: str, s: Strings, *, theme: str | None = None) -> list[ThemeItems]:
    """What the theme report prints: every theme's items, or the named theme's (by name or id)."""
    found = accumulate(store, process_id)
    if theme is not None:
        wanted = theme.casefold()
        found = [
            t
            for t in found
            if t.theme_id is not None and (t.name.casefold() == wanted or t.theme_id == theme)
        ]
        if not found:
            names = ", ".join(t.name for t in conferences.themes(store, process_id))
            raise UserError(f"unknown theme {theme!r}; this process has: {names}")
    return with_proposals(store, process_id, found, s)


def personal_data(store: Store, process_id: str, *, theme: str | None = None) -> Counter[str]:
    """How many identity and coordination numbers, phone numbers, e-mail and personal web addresses,
    names of people the workspace knows and names of people nobody knows, perhaps, the theme report
    would print (app.privacy.detect's kinds): it leaves out what a review left out, but prints the rest
    as it was written. The process's conferences' own places are no one's surname, as in the review."""
    from app.privacy.detect import Detector
    from app.privacy.guess import NameGuesser
    from app.privacy.review import known_people, places

    dated = [c for c in conferences.conferences(store) if c.process_id == process_id]
    detector = Detector(
        known_people(store), guesser=NameGuesser(p for c in dated for p in places(store, c.id))
    )
    counts: Counter[str] = Counter()
    for t in report_items(store, process_id, Strings("en"), theme=theme):
        for item in (*t.guiding_words, *t.actions, *t.proposals):
            counts.update(found.kind for found in detector.find(item.text))
    return counts


def with_proposals(store: Store, process_id: str, found: list[ThemeItems], s: Strings) -> list[ThemeItems]:
    """Each theme with the proposals of the process's conferences under their first theme, with their
    follow-up status (a merged proposal once)."""
    try:
        from app.proposals.catalogue import list_proposals
        from app.proposals.lifecycle import status_label
    except ImportError:
        return found
    dated = {c.id: c for c in conferences.conferences(store) if c.process_id == process_id}
    by_theme: dict[str | None, list[tuple[int, Item]]] = {}
    leaving = left_out(store)
    for conference in dated.values():
        for p in list_proposals(store, conference.id):
            if p.id in leaving:
                continue
            known = [t for t in p.themes if any(t == f.theme_id for f in found)]
            origins = tuple(Origin(conference.date, conference.title, n) for n in p.tables)
            text = f"{isolated(p.text)} — {status_label(p.status, s.language)} · {s.votes(p.votes)}"
            by_theme.setdefault(known[0] if known else None, []).append((p.votes, Item(text, origins)))
    return [
        replace(t, proposals=[item for _v, item in sorted(by_theme.get(t.theme_id, []), key=lambda x: -x[0])])
        for t in found
    ]


def write_theme_report(
    process: Process,
    confs: list,
    found: list[ThemeItems],
    title: str,
    path: Path | str,
    s: Strings,
    progress: ProgressCallback | None = None,
) -> int:
    """Lay out items already gathered (see `accumulate`); returns the page count."""
    info = DocumentInfo(
        title=title,
        subject=s("subject_theme"),
        author=process.organisation,
        header_right=process.name,
        strings=s,
        keywords=(process.name,),
    )
    b = Blocks()
    return build_pdf(
        path,
        info,
        theme_flowables(title, process, confs, found, s, b),
        deferred=b.deferred,
        progress=progress,
    )


def theme_flowables(
    title: str, process: Process, confs: list, found: list[ThemeItems], s: Strings, b: Blocks
) -> list[Flowable]:
    # The title is the one H1; themes are H2 (at the outline's top), guiding words and actions H3.
    story: list[Flowable] = [b.paragraph(process.name, "small"), b.title(title)]
    story.append(b.paragraph(s("theme_report_intro")))
    story.append(b.heading(2, s("conferences_in_process"), bookmark=False, style="h3"))
    listed = b.list()
    for c in confs:
        where = f", {isolated(c.venue)}" if c.venue else ""
        story.append(listed.item(f"{isolated(c.title)} ({s.long_date(c.date)}{where})", "•"))
    for index, theme in enumerate(found, 1):
        name = theme.name or s("no_theme")
        story.append(b.heading(2, name, key=f"theme{index}", outline_level=0, style="h1"))
        if not theme.guiding_words and not theme.actions and not theme.proposals:  # one line, not three
            story.append(b.paragraph(s("theme_empty"), "small"))
            continue
        for label, items in (
            (s("guiding_words"), theme.guiding_words),
            (s("actions"), theme.actions),
            (s("proposals"), theme.proposals),
        ):
            story.append(b.heading(3, f"{label} ({len(items)})", bookmark=False, style="h2"))
            if not items:
                story.append(b.paragraph(s("no_items"), "small"))
            said = b.list()
            for item in items:
                # Two plain paragraphs, kept together: much quicker to lay out than one with markup.
                origin = b.paragraph(origins_text(item.origins, s), "origin")
                story.append(said.item(item.text, "•", details=origin))
    return story
