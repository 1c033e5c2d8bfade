"""A PDF refused by a full stick leaves no file open: reportlab, given a file name, left its own handle
open when the disk filled, and the ResourceWarning it raised later failed whichever test ran next."""

from __future__ import annotations

import contextlib
import gc
import os
import warnings
from pathlib import Path

import pytest

from app.errors import Said
from app.minutes.blocks import Blocks
from app.minutes.i18n import Strings
from app.minutes.layout import DocumentInfo, build_pdf
from tests.small_disk import fill, mounted_tmpfs


def _open_under(folder: Path) -> list[str]:
    names = []
    for fd in os.listdir("/proc/self/fd"):
        with contextlib.suppress(OSError):
            names.append(os.readlink(f"/proc/self/fd/{fd}"))
    return [name for name in names if name.startswith(str(folder))]


def test_a_pdf_a_full_stick_refuses_leaves_no_file_open(tmp_path: Path) -> None:
    b = Blocks()
    story = [b.title("Bord 3"), *b.bullet_list([f"Anteckning {i} om läxhjälp" for i in range(200)])]
    info = DocumentInfo(
        title="Bord 3", subject="prov", author="Region", header_right="", strings=Strings("sv")
    )
    with mounted_tmpfs(tmp_path / "FULL", "size=64k") as full:
        fill(full, leave=0, name="semesterbilder.zip")  # to the last byte
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with pytest.raises(Said):
                build_pdf(full / "bord-3.pdf", info, story, deferred=b.deferred)
            assert _open_under(full) == []
            gc.collect()  # an unclosed file found only now would warn here
        assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []
        assert [p.name for p in full.iterdir()] == ["semesterbilder.zip"]  # no temp file left either
