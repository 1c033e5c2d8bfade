"""Worker code never calls a widget's tr(): the words of long work are chosen on the UI thread.

Every function handed to `Operation(...)` as its work (a name, or a lambda) is read from the source;
none may call `.tr(`. A widget's tr() from a worker thread reads the widget from the wrong thread.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"


def _work_functions(tree: ast.AST) -> list[ast.AST]:
    """The functions passed as the second argument of Operation(...) in this module."""
    named = {
        node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }
    found = []
    for call in ast.walk(tree):
        if (
            isinstance(call, ast.Call)
            and getattr(call.func, "id", None) == "Operation"
            and len(call.args) > 1
        ):
            work = call.args[1]
            if isinstance(work, ast.Name) and work.id in named:
                found.append(named[work.id])
            elif isinstance(work, ast.Lambda):
                found.append(work)
    return found


def test_no_worker_calls_a_widgets_tr():
    offenders, checked = [], 0
    for path in sorted(UI.rglob("*.py")):
        for work in _work_functions(ast.parse(path.read_text("utf-8"))):
            checked += 1
            for node in ast.walk(work):
                if isinstance(node, ast.Call) and getattr(node.func, "attr", None) == "tr":
                    offenders.append(f"{path.relative_to(UI.parent)}:{node.lineno}")
    assert checked >= 10  # the reading above finds the work functions
    assert not offenders, offenders
