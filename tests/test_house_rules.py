"""The house rules that are checked by reading the tree: small modules, comments that say what they mean
(not which issue they came from), and an architecture document that names files that exist."""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = sorted(p for name in ("app", "ui") for p in (ROOT / name).rglob("*.py"))
MAX_LINES = 500
# "issue 14", "issues 15 and 16", "(#17)", "#17.3", "issue 13.9": a pointer to a tracker, not a meaning.
ISSUE_CITATION = re.compile(r"\bissues? ?#?\d+|(?<![\w&/])#\d{1,4}\b(?![0-9a-fA-F])", re.IGNORECASE)


def _comments_and_docstrings(source: str) -> list[tuple[int, str]]:
    found = []
    previous = tokenize.INDENT
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.COMMENT:
            found.append((token.start[0], token.string))
        elif token.type == tokenize.STRING and previous in (
            tokenize.INDENT,
            tokenize.NEWLINE,
            tokenize.DEDENT,
        ):
            found.append((token.start[0], token.string))  # a docstring or a bare string statement
        if token.type not in (tokenize.NL, tokenize.COMMENT):
            previous = token.type
    return found


def test_no_module_of_the_core_or_the_face_is_above_500_lines() -> None:
    assert len(SOURCES) > 100  # the walk above finds the modules
    long = {
        str(p.relative_to(ROOT)): n
        for p in SOURCES
        if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these by role: {long}"


def test_no_comment_cites_an_issue_number() -> None:
    sources = {path: path.read_text("utf-8") for path in SOURCES}
    suspects = {path: text for path, text in sources.items() if ISSUE_CITATION.search(text)}  # only these
    cited = [
        f"{path.relative_to(ROOT)}:{line}: {text.strip()[:80]}"
        for path, source in suspects.items()
        for line, text in _comments_and_docstrings(source)
        if ISSUE_CITATION.search(text)
    ]
    assert not cited, "say what is meant instead:\n" + "\n".join(cited)


def test_the_citation_check_sees_comments_and_docstrings() -> None:
    source = '"""Fixed in issue 12."""\nx = "#12 is a string, not a comment"\ncolour = "#1e1e1e"  # see #17\n'
    cited = [line for line, text in _comments_and_docstrings(source) if ISSUE_CITATION.search(text)]
    assert cited == [1, 3]
    assert not ISSUE_CITATION.search("# PKCS#8 PEM, colour #1e1e1e, Ctrl+#")


def test_the_architecture_document_names_files_that_exist() -> None:
    doc = (ROOT / "docs" / "ARCHITECTURE.md").read_text("utf-8")
    named = set(re.findall(r"`((?:app|ui|tests|bench|packaging)/[\w/.]+\.py)`", doc))
    assert len(named) > 20  # the reading above finds the paths
    missing = sorted(name for name in named if not (ROOT / name).exists())
    assert not missing, f"docs/ARCHITECTURE.md names files that do not exist: {missing}"
