"""Words longer than the full-text index's prefixes, matched without FTS5's prefix iterator.

The notes' FTS5 index keeps prefix indexes of 2 to 6 characters (migration m220): `"kultur"*` is one
doclist, which FTS5 reads only within the searched conference's rowids. A longer word such as
`"kommunen"*` has none, and FTS5 then merges the doclists of every term starting with it over the whole
store on every query (3 ms on a million notes for one common word, 0.1 ms on the conference alone), so
search time grew with the store. `app.search` instead asks FTS5 for the word's first 6 characters (a
superset of the matches, read within the conference) and keeps the notes that hold a token starting
with the whole word, decided here.

Deciding it here must agree with FTS5's tokenizer (`unicode61 remove_diacritics 0`): tokens are runs of
letters and digits, folded to lower case one character for one. That agreement is only relied on for
text made of `PLAIN` characters (Latin letters, digits, punctuation and spaces, the common typographic
marks), checked character by character against this SQLite's FTS5 by
`tests/app/test_search_long_words.py`; a word or a candidate note with any other character (an emoji,
a combining accent, µ or ſ, which FTS5 treats or folds otherwise) is left to FTS5's own prefix query.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

# What marks the matched words in a snippet: characters a note never holds (Unicode's private use), so
# a note's own brackets ("[EXTERN] Re: bussar") are not taken for the marks.
MARK_START, MARK_END = "\ue000", "\ue001"

LONGEST_PREFIX_INDEX = 6  # notes_fts prefix='2 3 4 5 6'

# Characters whose tokenizing and folding here is FTS5's: Basic Latin to Latin Extended-B without NUL,
# the micro sign and the long s; General Punctuation before its invisible operators; the currency signs
# up to the rupee sign.
_NOT_PLAIN = re.compile("[^\x01-\u00b4\u00b6-\u017e\u0180-\u024f\u2000-\u2064\u20a0-\u20b9]")
_TOKEN = re.compile(r"[^\W_]+")
# One character for one, as FTS5 folds (İ's lower case is two characters: FTS5 leaves it).
_FOLD = {
    code: ord(char.lower())
    for code in range(1, 0x250)
    if (char := chr(code)) != char.lower() and len(char.lower()) == 1
}


def is_plain(text: str) -> bool:
    return _NOT_PLAIN.search(text) is None


def fold(text: str) -> str:
    # str.lower is that fold for plain text but for İ, whose lower case is two characters.
    return text.translate(_FOLD) if "\u0130" in text else text.lower()


def tokens(text: str) -> list[str]:
    """FTS5's tokens of plain text, folded."""
    return _TOKEN.findall(fold(text))


def long_words(words: list[str]) -> list[str] | None:
    """The folded words longer than the prefix indexes, when every such word can be decided here (one
    plain token each); None when there is none or one cannot."""
    found = [fold(word) for word in words if len(word) > LONGEST_PREFIX_INDEX]
    if not found or not all(is_plain(word) and _TOKEN.fullmatch(word) for word in found):
        return None
    return found


@cache
def _starts_a_token(word: str) -> re.Pattern[str]:
    """The folded word where no letter or digit goes before it: a token starting with it."""
    return re.compile(r"(?<![^\W_])" + re.escape(word))


def holds_all(text: str, words: list[str]) -> bool | None:
    """Whether plain `text` holds, for each of the folded `words`, a token starting with it; None when
    the text is not plain (FTS5 must decide)."""
    if not is_plain(text):
        return None
    folded = fold(text)
    # The plain substring test first: most texts a coarse prefix finds lack the whole word.
    return all(word in folded and _starts_a_token(word).search(folded) for word in words)


def terms_starting(texts: list[str], word: str) -> list[str] | None:
    """The distinct tokens starting with the folded `word` in plain `texts`, or None when one text holds
    two of them: FTS5's snippet scores a fragment by the query's phrases it holds, so an OR of those
    tokens (one phrase each) could choose another fragment than the prefix (one phrase)."""
    found: set[str] = set()
    for text in texts:
        own = {token for token in tokens(text) if token.startswith(word)}
        if len(own) > 1:
            return None
        found |= own
    return sorted(found)


_TOKENIZE = re.compile(r"""tokenize\s*=\s*("[^"]*"|'[^']*')""")


def page_snippets(conn: sqlite3.Connection, query: str, texts: dict[int, str]) -> dict[int, str] | None:
    """FTS5's snippets for the page's notes (rowid -> text), asked of an index of those notes alone.

    FTS5's snippet reads only the note and the query, but asked of the store's index for a word longer
    than its prefixes, the query first merges the doclists of every term starting with that word over the
    whole store (49 ms CPU for `ungdoms`, a beginning of thousands of compounds, on a million notes).
    None when the store's tokenizer cannot be read: then the store's index is asked."""
    (definition,) = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'notes_fts'").fetchone()
    tokenize = _TOKENIZE.search(definition)
    if tokenize is None:
        return None
    scratch = sqlite3.connect(":memory:")
    try:
        scratch.execute(f"CREATE VIRTUAL TABLE page USING fts5(text, tokenize={tokenize.group(1)})")
        scratch.executemany("INSERT INTO page(rowid, text) VALUES (?, ?)", texts.items())
        rows = scratch.execute(
            "SELECT rowid, snippet(page, 0, ?, ?, '…', 12) FROM page WHERE page MATCH ?",
            (MARK_START, MARK_END, query),
        )
        return dict(rows.fetchall())
    finally:
        scratch.close()
