"""Every GUI string has a finished Swedish translation in some committed resources/translations/*.ts.

Each UI area keeps its own .ts file; this test reads all of them, and runs pyside6-lupdate over the whole
of ui/ to find every string the code asks to translate, so a string nobody translated fails here with
the file and context that miss it.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
TS_FILES = sorted(TS_DIR.glob("*.ts"))
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")


def _messages(ts_path: Path):
    """(context, source, translation element) for every message of a .ts file."""
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message.findtext("source", ""), message.find("translation")


def _is_finished(translation: ET.Element | None) -> bool:
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def test_there_are_translation_files():
    assert TS_FILES, f"no .ts files in {TS_DIR}"


@pytest.mark.parametrize("ts_path", TS_FILES, ids=[p.name for p in TS_FILES])
def test_every_message_of_a_ts_file_is_translated(ts_path: Path):
    root = ET.parse(ts_path).getroot()
    assert root.tag == "TS"
    assert (root.get("language") or "").startswith("sv"), f"{ts_path.name}: language is not Swedish"
    missing = [
        f"  [{context}] {source!r}"
        for context, source, translation in _messages(ts_path)
        if translation is None or translation.get("type") not in ("vanished", "obsolete")
        if not _is_finished(translation)
    ]
    assert not missing, f"{ts_path.name} has unfinished or empty translations:\n" + "\n".join(missing)


def test_every_source_string_in_ui_is_translated_in_some_ts_file(tmp_path: Path):
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    fresh = tmp_path / "all_sv.ts"
    result = subprocess.run(
        [str(LUPDATE), *sources, "-target-language", "sv_SE", "-ts", str(fresh)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    if not fresh.exists():  # lupdate writes nothing when it found no strings at all
        return
    translated = {
        (context, source)
        for ts_path in TS_FILES
        for context, source, translation in _messages(ts_path)
        if _is_finished(translation)
    }
    missing: dict[str, list[str]] = {}
    for context, source, message in _iter_with_location(fresh):
        if (context, source) not in translated:
            missing.setdefault(message, []).append(f"  [{context}] {source!r}")
    report = "\n".join(f"{where}:\n" + "\n".join(lines) for where, lines in sorted(missing.items()))
    assert not missing, (
        "strings with no finished Swedish translation in any resources/translations/*.ts "
        "(run pyside6-lupdate on your files into your area's .ts and translate them):\n" + report
    )


def _iter_with_location(ts_path: Path):
    root = ET.parse(ts_path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            location = message.find("location")
            where = "?"
            if location is not None:  # lupdate writes the path relative to the .ts file
                path = (ts_path.parent / location.get("filename", "?")).resolve()
                where = str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)
            yield name, message.findtext("source", ""), where


def test_a_language_switch_frees_the_translators_it_replaces(qapp) -> None:
    """Each translator is parented to the application: removed but never deleted, every switch kept the
    old ones alive with their .qm files mapped (520 of them after a run of the chair tests)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

    from ui import i18n

    before = i18n.installed_language()
    try:
        i18n.install("sv", qapp)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        replaced = qapp.findChildren(QTranslator)
        assert replaced
        i18n.install("sv", qapp)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not [t for t in replaced if shiboken6.isValid(t)]
        assert len(qapp.findChildren(QTranslator)) == len(replaced)
    finally:
        i18n.install(before, qapp)
