"""Walk every menu of a window (its menu bar titles, each menu's entries and submenus) and list the
entries a keyboard cannot reach by Alt: no mnemonic, or one another entry of the same menu has too."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QMenu, QWidget

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' in `text` (lower case), or None when there is none."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def _problems_in(where: str, texts: list[str]) -> list[str]:
    problems = []
    seen: dict[str, str] = {}
    for text in texts:
        letter = mnemonic(text)
        if letter is None:
            problems.append(f"{where}: no mnemonic in {text!r}")
        elif letter in seen:
            problems.append(f"{where}: {text!r} and {seen[letter]!r} share &{letter}")
        else:
            seen[letter] = text
    return problems


def _walk(menu: QMenu, where: str) -> list[str]:
    menu.aboutToShow.emit()  # menus filled when they open are filled now
    entries = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    problems = _problems_in(where, [a.text() for a in entries])
    for action in entries:
        if action.menu() is not None:
            problems += _walk(action.menu(), f"{where} › {action.text()}")
    return problems


def menu_mnemonic_problems(window: QWidget) -> list[str]:
    """Every entry of `window`'s menu bar and menus without a mnemonic, or with one its menu already uses."""
    bar = window.menuBar()
    titles = [a for a in bar.actions() if not a.isSeparator() and a.isVisible()]
    problems = _problems_in("menu bar", [a.text() for a in titles])
    for action in titles:
        problems += _walk(action.menu(), action.text())
    return problems
