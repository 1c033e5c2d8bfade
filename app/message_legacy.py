"""Sentences stored before messages were data, read back as the messages they were.

A workspace used at an earlier conference holds the importer's remarks, trust grants and what sync said
about a fetched bundle as English sentences (the ledger's `flags` and `trusted_as`, `sync_seen.detail`
before m270). Shown as they are, a returning chair's or secretary's Swedish window read them in English.
The English of those days is today's English template for most codes, so each sentence is matched
against the templates (and the few older shapes below) and becomes its code and parameters again; the
windows then say it in the user's language. A sentence that matches nothing stays a "text" message,
shown as it is. Several remarks joined by "; " (what sync kept about one bundle) come back one by one.
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from typing import Any

Said = tuple[str, dict[str, Any]]  # a message as code and parameters (app/messages.py makes it one)

# Older shapes, and today's sentences worded by a function rather than a template.
_SHAPES: tuple[tuple[str, str], ...] = (
    (
        "sequence-gap",
        r"gap: bundles? (?P<first>\d+)(?:-(?P<last>\d+))? from this signer (?:has|have) not arrived",
    ),
    (
        "quarantined",
        r"signed by an unknown key; held in quarantine until someone trusts or rejects key (?P<key>\S+?)"
        r"(?P<already_held> \(already held\))?",
    ),
    (
        "quarantined-returning-chair",
        r"signed by (?P<signer>.+?), trusted as chair in another conference; held in quarantine until"
        r" someone trusts key (?P<key>\S+) for table (?P<table>\d+)"
        r" of (?:this conference|(?P<conference>.+?))"
        r"(?P<already_held> \(already held\))?",
    ),
    ("conflicts-opened", r"opened (?P<count>\d+) conflicts? to review"),
    # refusals before they said what the sender can do
    (
        "format-newer",
        r"made by a newer Rundabord \(bundle format (?P<version>\d+)\); update Rundabord to read it",
    ),
    (
        "encoding-unknown",
        r"unknown records encoding (?P<encoding>.+?): made by a newer Rundabord; update Rundabord to read it",
    ),
    ("format-unknown", r"unknown bundle format version (?P<version>.+?)"),
    ("manifest-fields", r"the manifest has unexpected or missing fields: (?P<fields>.+?)"),
    ("manifest-other-format", r"not a Rundabord bundle \(the manifest names another format\)"),
    ("not-a-zip", r"not a Rundabord bundle \(not a zip file\)"),
)

# Codes whose template would read too many sentences as theirs: a bare parameter, or words that say
# nothing about which message they were.
_TOO_LOOSE = {"text", "refused"}


def _pattern(text: str) -> str | None:
    """A template as a regular expression with a named group per parameter; None when it has
    hardly any words of its own (it would claim any sentence)."""
    parts, names, words = [], set(), 0
    for literal, field, _spec, _conversion in string.Formatter().parse(text):
        parts.append(re.escape(literal))
        words += len(literal.strip())
        if field is None:
            continue
        name = re.split(r"[.\[]", field)[0]
        if not name.isidentifier():
            return None
        parts.append(f"(?P={name})" if name in names else f"(?P<{name}>.+?)")
        names.add(name)
    return "".join(parts) if words >= 4 else None


class Reader:
    """Reads old sentences with the templates it was given (`code -> English template`, app/messages.py)."""

    def __init__(self, templates: Mapping[str, str]) -> None:
        found = [(code, re.compile(shape)) for code, shape in _SHAPES]
        for code, text in sorted(templates.items()):
            pattern = _pattern(text) if code not in _TOO_LOOSE else None
            if pattern is not None:
                found.append((code, re.compile(pattern)))
        self._readers = tuple(found)

    def read(self, text: str) -> tuple[Said, ...] | None:
        """The messages a stored sentence was: one, or several joined by "; "; None when unknown."""
        text = text.strip()
        whole = self._one(text)
        if whole is not None:
            return (whole,)
        parts = text.split("; ")
        return _split(parts, 0, self._cached(parts))

    def _one(self, text: str) -> Said | None:
        """The message the whole sentence was, or None."""
        for code, pattern in self._readers:
            match = pattern.fullmatch(text)
            if match is None:
                continue
            params = {name: self._value(name, v) for name, v in match.groupdict().items() if v is not None}
            if "already_held" in params:
                params["already_held"] = True
            if code == "sequence-gap":
                params.setdefault("last", params["first"])
            return code, params
        return None

    def _value(self, name: str, text: str) -> Any:
        if text.isdigit() and len(text) < 10:  # numbers were stored as numbers; a key id is not one
            return int(text)
        if name == "why":  # a message inside the sentence (a refused fetch's reason)
            inner = self._one(text)
            return {"code": inner[0], "params": inner[1]} if inner is not None else text
        return text

    def _cached(self, parts: list[str]) -> Callable[[int, int], Said | None]:
        seen: dict[tuple[int, int], Said | None] = {}

        def one(first: int, end: int) -> Said | None:
            if (first, end) not in seen:
                seen[first, end] = self._one("; ".join(parts[first:end]))
            return seen[first, end]

        return one


def _split(parts: list[str], first: int, one: Callable[[int, int], Said | None]) -> tuple[Said, ...] | None:
    """`parts[first:]` as consecutive messages (a remark may itself hold "; "), or None."""
    if first == len(parts):
        return ()
    for end in range(len(parts), first, -1):
        said = one(first, end)
        if said is None:
            continue
        rest = _split(parts, end, one)
        if rest is not None:
            return (said, *rest)
    return None
