"""Document strings in Swedish and English, picked by the workspace language.

The documents are made in the core, which never imports Qt, so their words live here as plain
dictionaries rather than in Qt's translation files. Every key exists in both languages (a test checks).
"""

from __future__ import annotations

from datetime import date, datetime

from app.minutes.rtl import isolated

SV: dict[str, str] = {
    # document titles and kinds
    "table_minutes": "Minnesanteckningar från bord {number}",
    "conference_minutes": "Minnesanteckningar",
    "theme_report": "Temarapport",
    "theme_report_one": "Temarapport: {theme}",
    "public_report": "Återkoppling till deltagarna",
    "subject_table": "Minnesanteckningar från rundabordssamtal, bord {number}",
    "subject_conference": "Minnesanteckningar från rundabordssamtal",
    "subject_theme": "Ledord och vad som behöver göras, per tema, över processens konferenser",
    "subject_public": "Vad som sades och vad som hänt med förslagen",
    # running header and footer
    "created": "Skapad {stamp}",
    "page": "Sida {page} av {pages}",
    # facts
    "process": "Process",
    "conference": "Konferens",
    "date": "Datum",
    "venue": "Plats",
    "table": "Bord",
    "table_n": "Bord {number}",
    "chair": "Bordsordförande",
    "participants": "Antal deltagare",
    "bands": "Deltagare per grupp",
    "organisation": "Organisation",
    # questions, notes and kinds
    "question_n": "Fråga {number}",
    "question_heading": "Fråga {number}. {text}",
    "kind_note": "Anteckning",
    "kind_proposal": "Förslag",
    "kind_guiding-word": "Ledord",
    "kind_action": "Att göra",
    "votes_n": "{votes} röster",
    "votes_1": "1 röst",
    "votes": "Röster",
    "themes": "Teman",
    "theme": "Tema",
    "theme_by_table": "Bord →\nTema ↓",
    "no_theme": "Utan tema",
    "other_themes": "Övriga teman",
    "no_notes": "Inga anteckningar.",
    "only_proposals": "Bara förslag: de står under ”Förslagen och vad som har hänt med dem”.",
    "no_notes_question": "Bordet har inga anteckningar till den här frågan.",
    "unprintable": "(bara emoji, som inte kan skrivas ut)",
    "no_proposals": "Inga förslag.",
    "proposals": "Förslag",
    "proposal": "Förslag",
    "rank": "Plats",
    "notes": "Anteckningar",
    "total": "Totalt",
    "count": "Antal",
    # justering
    "adjustment": "Justering",
    "signed": "Bordets export är signerad av {name} (nyckel-id {key_id}) den {when}.",
    "not_signed": "Bordets anteckningar är ännu inte exporterade och signerade: de är inte justerade.",
    "changed_since_signed": "Bordets anteckningar har ändrats efter den senaste signerade exporten ({name}, "
    "{when}): det som står här är inte signerat. Exportera bordet igen.",
    "changed_by_secretariat": "Bordets export är signerad av {name} (nyckel-id {key_id}) den {when}. "
    "Sekretariatet har ändrat i anteckningarna efter det: de rättade anteckningarna är markerade och "
    "omfattas inte av ordförandens justering.",
    "adjusted_by": "Justeras av bordsordförande",
    "signed_latest": "Bordets senaste export är signerad av {name} (nyckel-id {key_id}) den {when}.",
    "changed_by_secretariat_latest": "Bordets senaste export är signerad av {name} (nyckel-id {key_id}) den"
    " {when}. Sekretariatet har ändrat i anteckningarna efter det: de rättade anteckningarna är markerade"
    " och omfattas inte av ordförandens justering.",
    "contributors": "Anteckningarna är skrivna på datorer som signerats av: {names}.",
    "contributor_key": "{name} med nyckel-id {key_id}",
    "contributor_one": "{name} – 1 anteckning",
    "contributor_many": "{name} – {count} anteckningar",
    "corrected_mark": "(rättad av sekretariatet; omfattas inte av ordförandens justering)",
    "disputed_value": "{value} (omtvistat: {others}; ännu inte avgjort)",
    "disputed_other": "{value} enligt {who}",
    "disputed_by_secretariat": "sekretariatet",
    "disputed_by_unknown": "en okänd dator",
    "disputed_note": "(omtvistad: “{text}” enligt {who}; ännu inte avgjord)",
    "disputed_marked": "* Omtvistat: en annan uppgift väntar på sekretariatets avgörande (se bordets"
    " minnesanteckningar).",
    "disputed_in_sums_1": "Uppgifterna från bord {tables} är omtvistade och ännu inte avgjorda: summorna"
    " räknar med de värden som står nu.",
    "disputed_in_sums_n": "Uppgifterna från borden {tables} är omtvistade och ännu inte avgjorda: summorna"
    " räknar med de värden som står nu.",
    "place_and_date": "Ort och datum",
    "checked_by": "Justeras av en deltagare vid bordet (justerare)",
    "name_in_print": "Namnförtydligande",
    "band_age:-24": "under 25 år",
    "band_age:25-44": "25–44 år",
    "band_age:45-64": "45–64 år",
    "band_age:65-": "65 år eller äldre",
    "band_gender:woman": "kvinnor",
    "band_gender:man": "män",
    "band_gender:other": "annat eller inte angivet",
    # paper tables (app/sheets, app/attachments)
    "paper_typed_1": "1 anteckning skrevs in från bordets pappersanteckningar av {who} den {when}.",
    "paper_typed_n": "{n} anteckningar skrevs in från bordets pappersanteckningar av {who} den {when}.",
    "typed_by_secretariat": "sekretariatet",
    "typed_by_chair": "bordsordföranden",
    "photos_appendix": "Bilaga: foton av bordets papper",
    "photo_alt": "Foto {n} av bordets papper",
    "photo_caption": "Foto {n}: {caption} ({file}, tillagt {when} av {who})",
    "signature_line": "Underskrift och namnförtydligande",
    # conference minutes
    "contents": "Innehåll",
    "overview": "Översikt",
    "said_intro": "Varje fråga för sig, anteckningarna under sitt (första) tema. Det som sades likadant "
    "eller nästan likadant vid flera bord står en gång, med borden det sades vid. Varje anteckning i sin "
    "helhet finns i bilagan, bord för bord.",
    "from_tables_short_1": "bord {tables}",
    "from_tables_short_n": "bord {tables}",
    "appendix_tables": "Bilaga: varje bords anteckningar",
    "appendix_intro": "Alla anteckningar som borden skrev, bord för bord och fråga för fråga, som de skrevs, "
    "under sitt (första) tema.",
    "also_themes": "även {themes}",
    "by_question": "Anteckningar per fråga",
    "by_theme": "Anteckningar per tema",
    "ranked_proposals": "Förslag rangordnade efter röster",
    "reporting": "Rapporterande bord",
    "reported": "Bord som har rapporterat ({count})",
    "not_reported": "Bord som inte har rapporterat ({count})",
    "none_reported": "Inget bord har rapporterat ännu.",
    "all_reported": "Alla bord har rapporterat.",
    "signed_short": "Signerad",
    "yes": "Ja",
    "no": "Nej",
    "counts_theme_table": "Antal anteckningar per tema och bord",
    "notes_per_table": "Alla anteckningar",
    "participation": "Deltagande",
    "participation_total": "{participants} vid {tables} som har rapporterat.",
    "bands_summed": "Ålders- och könsfördelning som borden själva har angett, summerad "
    "({n} av {reported} bord):",
    "no_bands": "Inget bord har angett ålders- eller könsfördelning.",
    "band": "Grupp",
    "band_count": "Antal",
    "multi_theme_note": "En anteckning med flera teman räknas under vart och ett av dem; "
    "raden Alla anteckningar räknar varje anteckning en gång.",
    "chart_title": "Anteckningar per tema och fråga",
    "n_reported_1": "{n} av {tables} bord har rapporterat",
    "n_reported_n": "{n} av {tables} bord har rapporterat",
    "n_participants_1": "{n} deltagare",
    "n_participants_n": "{n} deltagare",
    "n_notes_1": "{n} anteckning",
    "n_notes_n": "{n} anteckningar",
    "n_proposals_1": "{n} förslag",
    "of_which_proposals_1": "varav {n} förslag",
    "of_which_proposals_n": "varav {n} förslag",
    "n_proposals_n": "{n} förslag",
    "n_tables_1": "{n} bord",
    "n_tables_n": "{n} bord",
    "n_questions_1": "{n} fråga",
    "n_questions_n": "{n} frågor",
    "theme_intro": "Anteckningar märkta med temat, fråga för fråga. "
    "Bordets nummer står före varje anteckning.",
    # theme report
    "guiding_words": "Ledord",
    "actions": "Vad behöver göras",
    "no_items": "Inget ännu.",
    "theme_empty": "Inga ledord, inget som behöver göras och inga förslag ännu.",
    "origin_tables_1": "bord {tables}",
    "origin_tables_n": "bord {tables}",
    "theme_report_intro": "Ledord och vad som behöver göras, samlat från processens konferenser. "
    "Varje punkt visar var och när den kom fram.",
    "conferences_in_process": "Konferenser i processen",
    # public report
    "public_intro": "Den {date} samlades {participants} vid {tables}{venue} "
    "för att samtala om {questions}. Här är vad som sades och vad som har hänt med förslagen.",
    "public_intro_venue": " i {venue}",
    "public_disputed_table": "Antalet deltagare vid bord {number}: {value}.",
    "public_disputed_sum": "Summan ovan räknar med antalen som de står nu.",
    "public_intro_partial": "Den {date} samlades deltagare vid {tables}{venue} "
    "för att samtala om {questions}. "
    "{counted} av borden angav hur många de var, sammanlagt {participants}; övriga bord angav inget antal. "
    "Här är vad som sades och vad som har hänt med förslagen.",
    "public_intro_uncounted": "Den {date} samlades deltagare vid {tables}{venue} "
    "för att samtala om {questions}. "
    "Borden angav inte hur många deltagarna var. Här är vad som sades och vad som har hänt med förslagen.",
    "said_once": "Sagt vid ett bord",
    "said_at_1": "sagt vid {n} bord",
    "said_at_n": "sagt vid {n} bord",
    "contact_heading": "Hör av dig",
    "respond_default": "Har du synpunkter på sammanställningen eller på förslagen? "
    "Hör av dig till {organisation}.",
    "next_heading": "Vad händer nu?",
    "next_default": "Tillväxtrådet går igenom förslagen och beslutar vilka som drivs vidare. "
    "Vad som har hänt med "
    "varje förslag redovisas i nästa återkoppling och vid nästa konferens.",
    "public_intro_none": "Den {date} hölls rundabordssamtal{venue}. Inget bord har rapporterat ännu; "
    "här kommer det som sades och vad som händer med förslagen.",
    "what_was_said": "Vad som sades",
    "what_happened": "Förslagen och vad som har hänt med dem",
    "status": "Status",
    "decision": "Beslut",
    "reason": "Skäl",
    "owner": "Ansvarig",
    "review_date": "Följs upp",
    "from_tables_1": "Från bord {tables}",
    "from_tables_n": "Från bord {tables}",
    "merged_from": "sammanfört från {count} förslag",
    "status_new": "Nytt",
    "published_by": "Utgiven av {organisation}.",
    "name_removed": "[personuppgift borttagen]",
    "cell_truncated": " […] (avkortad: hela texten finns i JSON-filen)",
    "html_skip": "Till innehållet",
}

EN: dict[str, str] = {
    "table_minutes": "Minutes of table {number}",
    "conference_minutes": "Minutes",
    "theme_report": "Theme report",
    "theme_report_one": "Theme report: {theme}",
    "public_report": "Feedback to participants",
    "subject_table": "Minutes of a round-table conversation, table {number}",
    "subject_conference": "Minutes of round-table conversations",
    "subject_theme": "Guiding words and what needs to be done, per theme, across the process's conferences",
    "subject_public": "What was said and what happened to the proposals",
    "created": "Created {stamp}",
    "page": "Page {page} of {pages}",
    "process": "Process",
    "conference": "Conference",
    "date": "Date",
    "venue": "Venue",
    "table": "Table",
    "table_n": "Table {number}",
    "chair": "Chair",
    "participants": "Participants",
    "bands": "Participants by group",
    "organisation": "Organisation",
    "question_n": "Question {number}",
    "question_heading": "Question {number}. {text}",
    "kind_note": "Note",
    "kind_proposal": "Proposal",
    "kind_guiding-word": "Guiding word",
    "kind_action": "To do",
    "votes_n": "{votes} votes",
    "votes_1": "1 vote",
    "votes": "Votes",
    "themes": "Themes",
    "theme": "Theme",
    "theme_by_table": "Table →\nTheme ↓",
    "no_theme": "No theme",
    "other_themes": "Other themes",
    "no_notes": "No notes.",
    "only_proposals": "Only proposals: they are under “The proposals and what has happened to them”.",
    "no_notes_question": "The table has no notes for this question.",
    "unprintable": "(emoji only, which cannot be printed)",
    "no_proposals": "No proposals.",
    "proposals": "Proposals",
    "proposal": "Proposal",
    "rank": "Rank",
    "notes": "Notes",
    "total": "Total",
    "count": "Count",
    "adjustment": "Check and approval",
    "signed": "The table's export is signed by {name} (key id {key_id}) on {when}.",
    "not_signed": "The table's notes are not exported and signed yet: they have not been approved.",
    "changed_since_signed": "The table's notes changed after the latest signed export ({name}, {when}): "
    "what is printed here is not signed. Export the table again.",
    "changed_by_secretariat": "The table's export is signed by {name} (key id {key_id}) on {when}. "
    "The secretariat changed the notes after that: corrected notes are marked and are not covered by the "
    "chair's approval.",
    "adjusted_by": "Approved by the table's chair",
    "signed_latest": "The table's latest export is signed by {name} (key id {key_id}) on {when}.",
    "changed_by_secretariat_latest": "The table's latest export is signed by {name} (key id {key_id}) on"
    " {when}. The secretariat changed the notes after that: corrected notes are marked and are not covered"
    " by the chair's approval.",
    "contributors": "The notes were written on computers signed by: {names}.",
    "contributor_key": "{name} with key id {key_id}",
    "contributor_one": "{name} – 1 note",
    "contributor_many": "{name} – {count} notes",
    "corrected_mark": "(corrected by the secretariat; not covered by the chair's approval)",
    "disputed_value": "{value} (disputed: {others}; not settled yet)",
    "disputed_other": "{value} according to {who}",
    "disputed_by_secretariat": "the secretariat",
    "disputed_by_unknown": "an unknown laptop",
    "disputed_note": "(disputed: “{text}” according to {who}; not settled yet)",
    "disputed_marked": "* Disputed: another figure waits for the secretariat's decision (see the table's"
    " minutes).",
    "disputed_in_sums_1": "The figures from table {tables} are disputed and not settled yet: the sums count"
    " the values they hold now.",
    "disputed_in_sums_n": "The figures from tables {tables} are disputed and not settled yet: the sums count"
    " the values they hold now.",
    "place_and_date": "Place and date",
    "checked_by": "Checked by a participant at the table",
    "name_in_print": "Name in print",
    "band_age:-24": "under 25",
    "band_age:25-44": "25–44 years",
    "band_age:45-64": "45–64 years",
    "band_age:65-": "65 or older",
    "band_gender:woman": "women",
    "band_gender:man": "men",
    "band_gender:other": "other or not stated",
    # paper tables (app/sheets, app/attachments)
    "paper_typed_1": "1 note was typed from the table's paper notes by {who} on {when}.",
    "paper_typed_n": "{n} notes were typed from the table's paper notes by {who} on {when}.",
    "typed_by_secretariat": "the secretariat",
    "typed_by_chair": "the table's chair",
    "photos_appendix": "Appendix: photos of the table's paper",
    "photo_alt": "Photo {n} of the table's paper",
    "photo_caption": "Photo {n}: {caption} ({file}, added {when} by {who})",
    "signature_line": "Signature and name in block letters",
    "contents": "Contents",
    "overview": "Overview",
    "said_intro": "Each question on its own, the notes under their (first) theme. What was said the same "
    "or nearly the same at several tables stands once, with the tables it was said at. Every note in "
    "full is in the appendix, table by table.",
    "from_tables_short_1": "table {tables}",
    "from_tables_short_n": "tables {tables}",
    "appendix_tables": "Appendix: every table's notes",
    "appendix_intro": "All notes the tables wrote, table by table and question by question, as written, "
    "under their (first) theme.",
    "also_themes": "also {themes}",
    "by_question": "Notes by question",
    "by_theme": "Notes by theme",
    "ranked_proposals": "Proposals ranked by votes",
    "reporting": "Tables reporting",
    "reported": "Tables that have reported ({count})",
    "not_reported": "Tables that have not reported ({count})",
    "none_reported": "No table has reported yet.",
    "all_reported": "Every table has reported.",
    "signed_short": "Signed",
    "yes": "Yes",
    "no": "No",
    "counts_theme_table": "Notes per theme and table",
    "notes_per_table": "All notes",
    "participation": "Participation",
    "participation_total": "{participants} at the {tables} that have reported.",
    "bands_summed": "Age and gender bands as the tables gave them, summed ({n} of {reported} tables):",
    "no_bands": "No table has given age or gender bands.",
    "band": "Band",
    "band_count": "Count",
    "multi_theme_note": "A note with several themes counts under each of them; the row All notes counts "
    "every note once.",
    "chart_title": "Notes per theme and question",
    "n_reported_1": "{n} of {tables} tables has reported",
    "n_reported_n": "{n} of {tables} tables have reported",
    "n_participants_1": "{n} participant",
    "n_participants_n": "{n} participants",
    "n_notes_1": "{n} note",
    "n_notes_n": "{n} notes",
    "n_proposals_1": "{n} proposal",
    "of_which_proposals_1": "of which {n} is a proposal",
    "of_which_proposals_n": "of which {n} are proposals",
    "n_proposals_n": "{n} proposals",
    "n_tables_1": "{n} table",
    "n_tables_n": "{n} tables",
    "n_questions_1": "{n} question",
    "n_questions_n": "{n} questions",
    "theme_intro": "Notes tagged with the theme, question by question. "
    "The table's number precedes each note.",
    "guiding_words": "Guiding words",
    "actions": "What needs to be done",
    "no_items": "Nothing yet.",
    "theme_empty": "No guiding words, nothing to be done and no proposals yet.",
    "origin_tables_1": "table {tables}",
    "origin_tables_n": "tables {tables}",
    "theme_report_intro": "Guiding words and what needs to be done, gathered from the process's conferences. "
    "Each item shows where and when it came up.",
    "conferences_in_process": "Conferences of the process",
    "public_intro": "On {date}, {participants} met at {tables}{venue} to talk about "
    "{questions}. Here is what was said and what has happened to the proposals.",
    "public_intro_venue": " at {venue}",
    "public_disputed_table": "The number of participants at table {number}: {value}.",
    "public_disputed_sum": "The total above counts the figures as they stand now.",
    "public_intro_partial": "On {date}, participants met at {tables}{venue} to talk about {questions}. "
    "{counted} of the tables said how many they were, {participants} in all; the others gave no number. "
    "Here is what was said and what has happened to the proposals.",
    "public_intro_uncounted": "On {date}, participants met at {tables}{venue} to talk about {questions}. "
    "The tables did not say how many they were. "
    "Here is what was said and what has happened to the proposals.",
    "said_once": "Said at one table",
    "said_at_1": "said at {n} table",
    "said_at_n": "said at {n} tables",
    "contact_heading": "Get in touch",
    "respond_default": "Do you have views on this summary or on the proposals? "
    "Get in touch with {organisation}.",
    "next_heading": "What happens next?",
    "next_default": "The growth council reviews the proposals and decides which to take further. "
    "What became of "
    "each proposal is reported in the next feedback and at the next conference.",
    "public_intro_none": "On {date}, round-table conversations were held{venue}. No table has reported yet; "
    "what was said and what happens to the proposals will appear here.",
    "what_was_said": "What was said",
    "what_happened": "The proposals and what has happened to them",
    "status": "Status",
    "decision": "Decision",
    "reason": "Reason",
    "owner": "Responsible",
    "review_date": "Review",
    "from_tables_1": "From table {tables}",
    "from_tables_n": "From tables {tables}",
    "merged_from": "merged from {count} proposals",
    "status_new": "New",
    "published_by": "Published by {organisation}.",
    "name_removed": "[personal data removed]",
    "cell_truncated": " […] (cut short: the whole text is in the JSON file)",
    "html_skip": "Skip to content",
}

_MONTHS = {
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "en": "January February March April May June July August September October November December".split(),
}


BAND_ORDER = (
    "age:-24", "age:25-44", "age:45-64", "age:65-", "gender:woman", "gender:man", "gender:other"
)  # fmt: skip


# Values that are amounts, grouped as the language writes them ("1 000"); whole numbers under other names
# name something (table 12, question 3) and stay as they are. ("tables" is an amount as an int, a list of
# table numbers as a str.)
_AMOUNTS = frozenset(("n", "count", "votes", "reported", "counted", "tables"))


class Strings:
    """The words of one document language: `s("key", name=value)`."""

    def __init__(self, language: str) -> None:
        self.language = language if language in ("sv", "en") else "sv"
        self._table = SV if self.language == "sv" else EN

    def __call__(self, key: str, **values: object) -> str:
        text = self._table[key]
        if not values:
            return text
        return text.format(**{k: self._value(k, v) for k, v in values.items()})

    def _value(self, key: str, value: object) -> object:
        """A value as a sentence holds it: an amount grouped; text (a title, a name, a note) isolated,
        so that an Arabic name does not take the words or numbers after it into its direction."""
        if type(value) is int:
            return self.number(value) if key in _AMOUNTS else value
        return isolated(value) if type(value) is str else value

    def count(self, key: str, n: int, **values: object) -> str:
        """'1 anteckning', '3 anteckningar': `key` + _1 or _n, with the number as {n}."""
        return self(f"{key}_1" if n == 1 else f"{key}_n", n=n, **values)

    def number(self, n: int) -> str:
        """An amount as the language writes it: '1 000' in Swedish (a no-break space, so the digits never
        part at a line end), '1,000' in English. Numbers that name something (table 12) are not amounts."""
        grouped = f"{n:,}"
        return grouped.replace(",", "\u00a0") if self.language == "sv" else grouped

    def votes(self, count: int) -> str:
        return self("votes_1") if count == 1 else self("votes_n", votes=count)

    def band(self, key: str) -> str:
        """An age or gender band in words ('kvinnor', 'under 25 år'); an unknown key is kept as given."""
        return self._table.get(f"band_{key}", key)

    def kind(self, kind: str) -> str:
        return self._table.get(f"kind_{kind}", kind)

    def long_date(self, iso: str) -> str:
        """'2026-03-12' as '12 mars 2026' / '12 March 2026'; text that is not a date is kept as typed."""
        try:
            day = date.fromisoformat(iso[:10])
        except ValueError:
            return iso
        return f"{day.day} {_MONTHS[self.language][day.month - 1]} {day.year}"

    def stamp(self, when: datetime) -> str:
        """Creation time as a Swedish office writes it in both languages: ISO date and 24-hour clock."""
        return when.strftime("%Y-%m-%d %H:%M")

    def bands(self, bands: dict[str, int]) -> str:
        """The bands in words with their counts, ages first then genders, as the chairs tallied them."""
        order = {key: i for i, key in enumerate(BAND_ORDER)}
        keys = sorted(bands, key=lambda k: (order.get(k, len(order)), k))
        return ", ".join(f"{self.band(k)}: {self.number(bands[k])}" for k in keys)

    def number_list(self, numbers: list[int] | tuple[int, ...]) -> str:
        return ", ".join(str(n) for n in numbers)
