"""Every message code the core raises or creates has English (app/messages.py) and Swedish words (the face),
with the parameters its raiser gives: read from the syntax tree of app/ (and ui/, which refuses a table's
export where a pack was asked for), never from its sentences.

A code is found at every `refused(check, "code", name=...)` and `message("code", name=...)` call; a check
code at every `refused("check", ...)` and `BundleError("check", ...)`. No `BundleError` may carry a plain
sentence any more.
"""

from __future__ import annotations

import ast
import re
import string
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app import messages
from app.messages import Message
from ui import bundle_messages, i18n, message_texts

ROOT = Path(__file__).resolve().parents[2]
NESTED = {"problem", "weak", "why"}  # parameters that hold one message
GRANTS = {"trusted"}  # parameters that hold a list of them (what a key is trusted for)


@dataclass
class Found:
    codes: dict[str, set[str]] = field(default_factory=dict)  # message code -> every parameter given
    where: dict[str, str] = field(default_factory=dict)  # message code -> one place it is made
    checks: set[str] = field(default_factory=set)
    sentences: list[str] = field(default_factory=list)  # BundleError calls given a literal sentence


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def _literal(node: ast.AST | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


# A file that never spells one of the three names cannot call them: it is not parsed (this runs when each
# worker collects the tests, and parsing every file of app/ and ui/ was a few seconds of it).
_CALLED = re.compile(r"\b(refused|message|BundleError)\b")


def raised_codes() -> Found:
    found = Found()
    for path in sorted([*(ROOT / "app").rglob("*.py"), *(ROOT / "ui").rglob("*.py")]):
        source = path.read_text("utf-8")
        if not _CALLED.search(source):
            continue
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call):
                continue
            name, args = _name(node), node.args
            place = f"{path.relative_to(ROOT)}:{node.lineno}"
            code = None
            if name == "refused" and len(args) >= 2:
                check, code = _literal(args[0]), _literal(args[1])
                if check:
                    found.checks.add(check)
            elif name == "message" and args:
                code = _literal(args[0])
            elif name == "BundleError" and args:
                if _literal(args[0]):
                    found.checks.add(_literal(args[0]))
                if len(args) > 1 and isinstance(args[1], (ast.Constant, ast.JoinedStr, ast.BinOp)):
                    found.sentences.append(place)
            if code is not None:
                params = {k.arg for k in node.keywords if k.arg and k.arg != "incomplete"}
                found.codes.setdefault(code, set()).update(params)
                found.where.setdefault(code, place)
    return found


FOUND = raised_codes()


def _sample(name: str):
    if name in NESTED:
        return messages.message("json-too-deep").as_json()
    if name in GRANTS:
        return [messages.message("grant-chair", table=5, conference="c0nference-1").as_json()]
    return f"ö{name[:6]}ö"  # within the 8 characters a template may cut an id to


def _names(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_reading_of_the_tree_finds_what_the_core_raises():
    assert {"member-missing", "line", "role-pack", "origin-ours", "signature-mismatch"} <= set(FOUND.codes)
    assert FOUND.codes["line"] == {"line", "problem"}
    assert {"zip", "member", "role", "origin", "relay", "references", "attachment"} <= FOUND.checks


def test_no_refusal_carries_a_plain_sentence():
    assert not FOUND.sentences, f"BundleError given an English sentence, not a message: {FOUND.sentences}"


def test_every_code_raised_has_english_for_exactly_its_parameters():
    unregistered = sorted(set(FOUND.codes) - set(messages.codes()))
    assert not unregistered, f"codes without English in app/messages.py: {unregistered}"
    for code, params in FOUND.codes.items():
        template = messages.template(code)
        if template is not None:
            assert _names(template) <= params, (code, FOUND.where[code], _names(template) - params)
        said = Message(code, {p: _sample(p) for p in params}).english()
        assert not said.startswith(f"{code} {{"), (code, FOUND.where[code], said)  # not the fallback


def test_every_check_code_has_its_own_plain_explanation(qapp):
    generic = bundle_messages.explain_check("something-new", "detail")
    vague = sorted(c for c in FOUND.checks if bundle_messages.explain_check(c, "x") == generic)
    assert not vague, f"check codes without a plain explanation in ui/bundle_messages.py: {vague}"


def test_every_registered_code_has_a_template_in_the_face():
    missing = sorted(set(messages.codes()) - bundle_messages.known_codes())
    assert not missing, f"codes without words in ui/message_texts.py: {missing}"


@pytest.mark.parametrize("code", sorted(FOUND.codes))
def test_every_code_raised_is_said_in_swedish_with_its_parameters(qapp, code):
    params = FOUND.codes[code]
    english = message_texts.templates()[code]
    derived = {"span"} if {"first", "last"} <= params else set()
    assert _names(english) <= params | derived, (code, _names(english) - params)
    i18n.install("sv", qapp)
    try:
        swedish = message_texts.templates()[code]
        assert swedish != english, f"{code}: no Swedish translation in common_sv.ts"
        assert _names(swedish) == _names(english), (code, swedish)
        said = bundle_messages.say(Message(code, {p: _sample(p) for p in params}))
        assert said != Message(code, {p: _sample(p) for p in params}).english() or not params
        for name in _names(swedish) - NESTED - GRANTS - derived:
            assert _sample(name) in said, (code, said)
        for name in params & {"first", "last"}:
            assert _sample(name) in said, (code, said)
    finally:
        i18n.install("en", qapp)
