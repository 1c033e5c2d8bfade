"""pytest's rewritten test modules, written before the workers start (`make test` runs this).

To collect, each xdist worker imports every test module and conftest.py, and pytest rewrites the asserts
of each one and compiles it unless its own cache holds it (`__pycache__/<name>.cpython-311-pytest-<version>
.pyc`, which `compileall` does not write). On a fresh clone every worker did that for all of them: about
4.7 s of CPU each, before its first test. Here it is done once, shared out over the cores, with pytest's
own rewriting. pytest keys that cache on a hash of each source, so it takes these files as its own and
rewrites any module whose file is missing or stale, exactly as without this step.

Best effort: where pytest's internals have moved (a newer pytest), it says so in one line and the workers
rewrite as before.
"""

from __future__ import annotations

import os
import sys
import tomllib
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]


def rewritten_modules() -> list[Path]:
    """What pytest rewrites among our files: conftest.py and the modules named like tests (its default
    `python_files`, which pyproject.toml leaves as it is), largest first so the shares come out even."""
    found = [
        path
        for path in (ROOT / "tests").rglob("*.py")
        if path.name == "conftest.py" or path.name.startswith("test_") or path.name.endswith("_test.py")
    ]
    return sorted(found, key=lambda path: (-path.stat().st_size, str(path)))


def _write(paths: list[Path]) -> int:
    from _pytest.assertion import rewrite

    quiet = SimpleNamespace(trace=lambda message: None)
    written = 0
    for path in paths:
        cache = rewrite.get_cache_dir(path)
        pyc = cache / (path.name[:-3] + rewrite.PYC_TAIL)
        if rewrite._read_pyc(path, pyc) is not None:  # already there and matching its source
            continue
        if not rewrite.try_makedirs(cache):
            return written
        try:
            source_hash, code = rewrite._rewrite_test(path, None)  # None: the assertion pass hook off
        except (SyntaxError, ValueError, OSError):
            continue  # pytest reports it when it collects the module
        written += rewrite._write_pyc(quiet, code, source_hash, pyc)
    return written


def main() -> int:
    if sys.dont_write_bytecode:
        return 0
    options = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["pytest"]["ini_options"]
    if str(options.get("enable_assertion_pass_hook", "false")).lower() in ("true", "1"):
        return 0  # rewritten differently from what _write makes; pytest does it itself
    modules = rewritten_modules()
    shares = max(1, min(os.cpu_count() or 1, 4))
    try:
        with ProcessPoolExecutor(shares) as pool:
            sum(pool.map(_write, [modules[i::shares] for i in range(shares)]))
    except (ImportError, AttributeError, TypeError) as exc:
        print(f"tests/rewrite_ahead.py: left to the workers ({type(exc).__name__}: {exc})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
