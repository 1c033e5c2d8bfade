"""pyside6-lupdate finds only translate calls it can read: `self.tr("...")`, `QCoreApplication.translate(...)`
or a function named `translate`. A shorter alias (`t = QCoreApplication.translate`) hides its strings from
lupdate, so they stay English in Swedish without any test noticing; this test forbids such aliases."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ALIAS = re.compile(r"^\s*(\w+)\s*=\s*(?:QCoreApplication|QApplication)\.translate\s*$", re.MULTILINE)


def test_no_translate_alias_hides_strings_from_lupdate():
    hidden = [
        f"{path.relative_to(ROOT)}: {name} = ...translate"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for name in ALIAS.findall(path.read_text("utf-8"))
        if name != "translate"
    ]
    assert not hidden, "rename these aliases to `translate` so lupdate sees their strings:\n" + "\n".join(
        hidden
    )


OTHERS_TR = re.compile(r"\b(?!self\b)(\w+)\.tr\(")


def test_no_tr_called_on_another_object():
    """`parent.tr("...")` is filed by lupdate under a context named `parent`, but at run time Qt looks it
    up under the object's class ("CollectView"): the Swedish is never found, and the words show in
    English (Collect's "Verifying the bundles" did). Use `QCoreApplication.translate("Context", ...)`."""
    found = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "ui").rglob("*.py"))
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if OTHERS_TR.search(line) and not line.lstrip().startswith("#")
    ]
    assert not found, "\n".join(found)


def test_no_message_box_shows_the_cores_english_bare():
    """A refusal's str() is the core's English, for the CLI: a box shows it through
    bundle_messages.error_box / explain_error (the user's words first, the English labelled as the
    technical detail), never bare under a Swedish title."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        calls = re.findall(r"msgbox\.\w+\((?:[^()]|\([^()]*\))*\)", path.read_text("utf-8"), re.DOTALL)
        found += [
            f"{path.relative_to(ROOT)}: {' '.join(c.split())}"
            for c in calls
            if "str(exc)" in c or ".format(exc)" in c
        ]
    assert not found, "\n".join(found)
