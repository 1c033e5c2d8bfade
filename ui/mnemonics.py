"""Mnemonics for menu entries whose text is not ours to mark: tab titles, the conference's theme names."""

from __future__ import annotations

import re

_MARK = re.compile(r"(?<!&)&([^&\s])")


def mnemonic_of(text: str) -> str | None:
    """The letter a single '&' marks in `text` (lower case); None when it marks none ('&&' is a plain '&')."""
    match = _MARK.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def with_free_mnemonic(text: str, used: set[str]) -> str:
    """`text` (already escaped: '&&' for an '&') with a '&' before its first letter or digit not in `used`,
    which then holds it; `text` as it was when it has a mark already or no letter is free."""
    if mnemonic_of(text) is not None:
        used.add(mnemonic_of(text))
        return text
    index = 0
    while index < len(text):
        if text.startswith("&&", index):
            index += 2
            continue
        char = text[index]
        if char.isalnum() and char.lower() not in used:
            used.add(char.lower())
            return f"{text[:index]}&{text[index:]}"
        index += 1
    return text
