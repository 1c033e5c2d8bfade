"""Finding personal data in free text: identity numbers, phone numbers, e-mail, personal web addresses
and the names of every person the workspace knows.

Everything is matched on the normalised text (normalise.py), so a name with a soft hyphen or a
decomposed Ö is found, and reported as a span of the stored text. Numbers are checked, not just shaped:
a personnummer or samordningsnummer must be a real date and pass the Luhn check, a phone number must have
the digits of one, so dates, amounts, postcodes, years and organisation numbers stay unflagged. Written
the way only such numbers are written (a century before the date, or "-" or "+" before the last four), a
real date is enough: a personnummer with one digit mistyped still points at a person, and it would
otherwise be published; so is one after a label that says what it is ("pnr 850312 1234").
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

from app.privacy.guess import MAYBE_NAME, NameGuesser
from app.privacy.normalise import fold, normalise, plain
from app.privacy.words import ordinary_word

PERSONNUMMER = "personnummer"
SAMORDNINGSNUMMER = "samordningsnummer"
PHONE = "phone"
EMAIL = "email"
URL = "url"
NAME = "name"
KINDS = (PERSONNUMMER, SAMORDNINGSNUMMER, PHONE, EMAIL, URL, NAME, MAYBE_NAME)


@dataclass(frozen=True)
class Found:
    kind: str
    start: int  # span in the stored (original) text
    end: int
    text: str  # the stored characters, invisible ones included
    key: str  # the normalised, case-folded form: what a decision is about

    def overlaps(self, other: Found) -> bool:
        return self.start < other.end and other.start < self.end


# -- identity numbers -------------------------------------------------------------------------------

# Optional century (only when a whole number follows it), date digits, separator, serial with Luhn digit.
_ID_NUMBER = re.compile(
    r"(?<![\w+\-])(?:(18|19|20)(?=\d{6}[-+ ]?\d{4}(?![\w\-])))?(\d{6})([-+ ]?)(\d{4})(?![\w\-])"
)


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, char in enumerate(digits):
        value = int(char) * (2 if i % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _days_in_month(month: int) -> int:
    return 29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31


def identity_kind(date_digits: str, serial: str, *, check_digit: bool = True) -> str | None:
    """personnummer, samordningsnummer (day + 60) or None when not a real one (date, or the Luhn digit
    when `check_digit`)."""
    month, day = int(date_digits[2:4]), int(date_digits[4:6])
    kind = PERSONNUMMER
    if day > 60:
        kind, day = SAMORDNINGSNUMMER, day - 60
    if not (1 <= month <= 12 and 1 <= day <= _days_in_month(month)):
        return None  # organisation numbers have month 20 or more
    return kind if not check_digit or luhn_ok(date_digits + serial) else None


# A label that says the number after it is one ("personnummer 850312 1234", "pnr: 8503121234"): a
# real date is then enough, as for a number written as only these are.
_ID_LABEL = re.compile(
    r"(?:person|samordnings|födelse)(?:nummer|numret|nr)|p-?nr|pers\.?\s?nr|samordn\.?\s?nr"
    r"|id-?nummer|identitetsnummer",
    re.IGNORECASE,
)
_LABEL_BEFORE = 24  # characters before the number to look for it in ("hennes personnummer är ")


def _identity_numbers(text: str) -> Iterable[tuple[str, int, int]]:
    for m in _ID_NUMBER.finditer(text):
        century, date_digits, separator, serial = m.groups()
        shaped = bool(century) or separator in ("-", "+")  # written as only these numbers are
        shaped = shaped or bool(_ID_LABEL.search(text, max(0, m.start() - _LABEL_BEFORE), m.start()))
        kind = identity_kind(date_digits, serial, check_digit=not shaped)
        if kind:
            yield kind, m.start(), m.end()


# Numbers as chairs' phones and word processors type them: an en dash or a non-breaking hyphen for
# "-", Arabic-Indic or other digits for 0-9. NFKC keeps these as they are, so the numbers are looked
# for in a copy with each such character replaced by its plain one, character for character (a span
# of the copy is the same span of the text).
class _PlainNumbers(dict[int, int]):
    def __missing__(self, code: int) -> int:
        char = chr(code)
        if unicodedata.category(char) == "Nd":
            plain_code = ord(str(unicodedata.decimal(char)))
        elif unicodedata.category(char) == "Pd" or char == "\u2212":  # dashes, the minus sign
            plain_code = ord("-")
        else:
            plain_code = code
        self[code] = plain_code
        return plain_code


_PLAIN_NUMBERS = _PlainNumbers()


def plain_numbers(text: str) -> str:
    return text.translate(_PLAIN_NUMBERS)


# -- phone numbers ---------------------------------------------------------------------------------

# A start (+46, 0046, 0...) then digits in groups; "(0)" may follow a country code.
_PHONE = re.compile(
    r"(?<![\w.,/+\-])(?:\+[ \u00a0]?\d|00\d|0\d)(?:(?:[ \u00a0]?\(0\))?[ \u00a0\-/]{0,3}\d)+(?!\w)"
)
_DIGIT_GROUP = re.compile(r"\d+")
_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}|\d{2}/\d{2}/\d{4}|\d{4}/\d{2}/\d{2}")


def _phone_digits_ok(candidate: str) -> bool:
    digits = "".join(_DIGIT_GROUP.findall(candidate))
    if candidate.startswith("+") or digits.startswith("00"):
        significant = digits[2:] if digits.startswith("00") else digits
        return 8 <= len(significant) <= 15
    # Swedish national: 0 + area code + subscriber number, 8 to 10 digits in all (07x mobiles: 10).
    return not digits.startswith("00") and 8 <= len(digits) <= 10


def _phones(text: str) -> Iterable[tuple[str, int, int]]:
    for m in _PHONE.finditer(text):
        candidate = m.group()
        if _DATE_LIKE.fullmatch(candidate):
            continue
        # A number run on into the next figure ("070-123 45 67 2 gånger"): drop trailing groups.
        groups = list(_DIGIT_GROUP.finditer(candidate))
        while groups and not _phone_digits_ok(candidate[: groups[-1].end()]):
            groups.pop()
        if len(groups) >= 1 and _phone_digits_ok(candidate[: groups[-1].end()]):
            end = m.start() + groups[-1].end()
            if not _DATE_LIKE.fullmatch(text[m.start() : end]):
                yield PHONE, m.start(), end


# -- e-mail and web addresses ---------------------------------------------------------------------

_EMAIL = re.compile(
    r"(?<![\w.+\-])[\w.+\-]*\w\s?(?:@|\(at\)|\[at\]|\(a\))\s?[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}(?!\w)",
    re.IGNORECASE,
)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'()\[\]]+", re.IGNORECASE)
# Sites where the first path segment is someone's account.
_SOCIAL = {
    "facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "linkedin.com", "tiktok.com",
    "github.com", "youtube.com", "threads.net", "snapchat.com", "flickr.com", "medium.com",
}  # fmt: skip
_PERSONAL_SEGMENTS = {
    "user", "users", "u", "profile", "profiles", "people", "person", "personal", "in", "members",
    "member", "medarbetare", "anstalld", "anstallda", "staff", "author", "authors", "employee",
}  # fmt: skip
_PERSONAL_QUERY = re.compile(r"(?:^|&)(?:user|userid|username|uid|email|e-post|person|pnr)=", re.I)


def _personal_url(url: str, slugs: set[str]) -> bool:
    try:
        parts = urlsplit(url if "://" in url else "http://" + url)
    except ValueError:
        return True  # an address we cannot read is one a person must look at
    host = (parts.hostname or "").removeprefix("www.").removeprefix("m.")
    segments = [s for s in parts.path.lower().split("/") if s]
    if host in _SOCIAL and segments:
        return True
    if any(s.startswith(("~", "@")) for s in segments):
        return True
    if any(a in _PERSONAL_SEGMENTS for a, _b in itertools.pairwise(segments)):
        return True
    if _PERSONAL_QUERY.search(parts.query):
        return True
    squashed = (host + parts.path + "?" + parts.query).lower()
    return any(slug in squashed for slug in slugs)


def _addresses(text: str, slugs: set[str]) -> Iterable[tuple[str, int, int]]:
    for m in _EMAIL.finditer(text):
        yield EMAIL, m.start(), m.end()
    for m in _URL.finditer(text):
        url = m.group().rstrip(".,;:!?")
        if url.lower().startswith("mailto:") or _personal_url(url, slugs):
            yield URL, m.start(), m.start() + len(url)


# -- names ------------------------------------------------------------------------------------------

# Swedish genitive (Annas, Nils', Anna:s), possessive in English, after the name.
_GENITIVE = r"(?:s|['’]s|:s|['’])?"
_PARTICLES = {"af", "av", "von", "van", "de", "der", "den", "la", "le", "di", "da", "del"}
# Punctuation a name typed into a free field may carry around its words ("Rådberg, ordf.", "(Anna)").
_AROUND_A_WORD = ",.;:!?()[]{}\"'/«»“”„"


class NameMatcher:
    """Every known person, looked for in the text and in its folded form (marks taken off: "Karin
    Sjostrom", "Asa"): the full name anywhere and in any case; a first name or surname alone in any
    case ("karin sa att..."), except a name that is also an ordinary word ("berg", "hans", "per"),
    which counts only with its capital, as names are written."""

    def __init__(self, names: Iterable[str]) -> None:
        full: set[str] = set()
        parts: set[str] = set()
        self.slugs: set[str] = set()
        for name in names:
            words = [w for w in (w.strip(_AROUND_A_WORD) for w in plain(name).split()) if w]
            if not words:
                continue
            if len(words) > 1:
                full.add(" ".join(words))
                for low in ([w.casefold() for w in words], [fold(w).casefold() for w in words]):
                    self.slugs |= {sep.join(low) for sep in ("-", ".", "_", "")}
            # Beside a capitalised name, a word in lower case is a role or a particle: "Rådberg, ordf.".
            named = [w for w in words if w[:1].isupper()] or words
            parts |= {w for w in named if len(w) >= 3 and w.casefold() not in _PARTICLES}
        parts -= full
        word_like = {p for p in parts if ordinary_word(p) or ordinary_word(fold(p))}
        self._full = self._compile({fold(n) for n in full})
        self._parts_any_case = self._compile({fold(p) for p in parts - word_like})
        self._parts_capitalised = self._compile({fold(p) for p in word_like})

    @staticmethod
    def _compile(names: set[str]) -> re.Pattern[str] | None:
        if not names:
            return None
        alternatives = "|".join(
            r"[\s\-]+".join(re.escape(w) for w in n.split()) for n in sorted(names, key=len, reverse=True)
        )
        return re.compile(rf"(?<!\w)(?:{alternatives}){_GENITIVE}(?!\w)", re.IGNORECASE)

    def find(self, text: str) -> Iterable[tuple[str, int, int]]:
        folded = fold(text)  # the same length as `text`: a span of one is the span of the other
        if self._full:
            for m in self._full.finditer(folded):
                yield NAME, m.start(), m.end()
        if self._parts_any_case:
            for m in self._parts_any_case.finditer(folded):
                yield NAME, m.start(), _with_surname(folded, m.end())
        if self._parts_capitalised:
            for m in self._parts_capitalised.finditer(folded):
                if m.group()[0].isupper():
                    yield NAME, m.start(), _with_surname(folded, m.end())


# A known first name followed by a capitalised word is a person's whole name ("Eva Ek"): removing the
# known part alone would publish the rest.
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_][\w\-]*)")


def _with_surname(text: str, end: int) -> int:
    m = _NEXT_WORD.match(text, end)
    return m.end() if m and m.group(1)[0].isupper() else end


# -- all together ----------------------------------------------------------------------------------

_PRIORITY = {
    k: i for i, k in enumerate((EMAIL, URL, PERSONNUMMER, SAMORDNINGSNUMMER, PHONE, NAME, MAYBE_NAME))
}


class Detector:
    """`names`: every known person. `decided`: (kind, key) of findings decided elsewhere, found again
    as they were even where this store does not know the person (a decision arriving in a bundle).
    `guesser`: also the names of people nobody knows, perhaps (guess.py); None looks for none."""

    def __init__(
        self,
        names: Iterable[str] = (),
        decided: Iterable[tuple[str, str]] = (),
        guesser: NameGuesser | None = None,
    ) -> None:
        self.names = NameMatcher(names)
        self.guesser = guesser
        # A decided name that is also a word ("holm", "per") is found again only with its capital.
        self._decided: list[tuple[str, re.Pattern[str], bool]] = [
            (
                kind,
                re.compile(rf"(?<!\w){re.escape(key)}(?!\w)", re.IGNORECASE),
                kind in (NAME, MAYBE_NAME) and _word_like(key),
            )
            for kind, key in sorted(set(decided))
            if key
        ]

    def find(self, original: str) -> list[Found]:
        """Every personal datum in `original`, in order, none overlapping (the wider, surer one wins)."""
        if not original:
            return []
        norm = normalise(original)
        text = norm.text
        candidates = [
            *_identity_numbers(numbers := plain_numbers(text)),
            *_phones(numbers),
            *_addresses(text, self.names.slugs),
            *self.names.find(text),
            *(self.guesser.find(text) if self.guesser else ()),
            *(
                (kind, m.start(), m.end())
                for kind, pattern, capital_only in self._decided
                for m in pattern.finditer(text)
                if not capital_only or m.group()[0].isupper()
            ),
        ]
        # Wider first; of the same words, a known person's name before a guessed one.
        candidates.sort(key=lambda c: (-(c[2] - c[1]), _PRIORITY[c[0]], c[1]))
        kept: list[Found] = []
        for kind, start, end in candidates:
            o_start, o_end = norm.span(start, end)
            found = Found(kind, o_start, o_end, original[o_start:o_end], _key(text[start:end]))
            if not any(found.overlaps(k) for k in kept):
                kept.append(found)
        return sorted(kept, key=lambda f: f.start)


def _key(matched: str) -> str:
    return " ".join(matched.split()).casefold()


def _word_like(key: str) -> bool:
    """A single name part (in any of its genitive forms) that is also an ordinary word."""
    if len(key.split()) != 1:
        return False
    return any(ordinary_word(form) for form in (key, re.sub(r"(?:['’:]?s|['’])$", "", key)))
