"""`make test` writes pytest's rewritten test modules before the workers start (tests/rewrite_ahead.py). Those
files must be the ones pytest itself would write and read back as its own, and cover every module it
rewrites among ours; else the step would cost CPU for nothing, or leave the workers a module to rewrite."""

from __future__ import annotations

from pathlib import Path

import pytest
from _pytest.assertion import rewrite

from tests import rewrite_ahead

SAMPLE = """
def test_sample():
    seen = [1, 2]
    assert seen == [1, 3]
"""


def _cached(path: Path) -> Path:
    return rewrite.get_cache_dir(path) / (path.name[:-3] + rewrite.PYC_TAIL)


def test_a_module_written_ahead_is_what_pytest_writes_and_reads_as_its_own(
    tmp_path: Path, pytestconfig: pytest.Config
) -> None:
    module = tmp_path / "test_sample.py"
    module.write_text(SAMPLE, encoding="utf-8")
    assert rewrite_ahead._write([module]) == 1
    ours = rewrite._read_pyc(module, _cached(module))
    assert ours is not None, "pytest does not take the file written ahead"
    _, theirs = rewrite._rewrite_test(module, pytestconfig)
    assert ours == theirs  # code objects compare by their bytecode, constants and names
    namespace: dict = {}
    exec(ours, namespace)
    with pytest.raises(AssertionError, match=r"assert \[1, 2\] == \[1, 3\]"):  # asserts rewritten
        namespace["test_sample"]()
    assert rewrite_ahead._write([module]) == 0  # up to date: not written again
    module.write_text(SAMPLE.replace("[1, 3]", "[1, 4]"), encoding="utf-8")
    assert rewrite._read_pyc(module, _cached(module)) is None  # stale for pytest once the source changed
    assert rewrite_ahead._write([module]) == 1


def test_a_module_that_does_not_parse_is_left_to_pytest_and_the_rest_written(tmp_path: Path) -> None:
    broken, sample = tmp_path / "test_broken.py", tmp_path / "test_sample.py"
    broken.write_text("def test_broken(:\n", encoding="utf-8")
    sample.write_text(SAMPLE, encoding="utf-8")
    assert rewrite_ahead._write([broken, sample]) == 1
    assert not _cached(broken).exists()
    assert rewrite._read_pyc(sample, _cached(sample)) is not None


def test_every_module_pytest_rewrote_here_is_written_ahead(pytestconfig: pytest.Config) -> None:
    hook = pytestconfig.stash[rewrite.assertstate_key].hook
    tests = rewrite_ahead.ROOT / "tests"
    rewritten = {Path(path) for path in hook._rewritten_names.values() if Path(path).is_relative_to(tests)}
    assert Path(__file__) in rewritten
    assert rewritten <= set(rewrite_ahead.rewritten_modules())
