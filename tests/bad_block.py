"""A failing disk's bad block, for tests: an LD_PRELOAD library (built here with the C compiler) that
makes every positioned read (`pread`, what SQLite uses) of one file fail with EIO from a given offset,
as a USB stick whose block under the database's header has gone bad. A copy of the file is a new inode
and reads fine, as a restored backup written onto fresh blocks does. Linux only; skipped without `cc`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

_SOURCE = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

static int is_bad(int fd, off_t off, size_t n) {
    const char *inode = getenv("BAD_BLOCK_INODE"), *from = getenv("BAD_BLOCK_FROM");
    struct stat st;
    if (!inode || !from || fstat(fd, &st) != 0) return 0;
    return (unsigned long long)st.st_ino == strtoull(inode, 0, 10) && off + (off_t)n > (off_t)atoll(from);
}

#define READER(name)                                                        \
    ssize_t name(int fd, void *buf, size_t n, off_t off) {                  \
        static ssize_t (*real)(int, void *, size_t, off_t);                 \
        if (!real) real = (ssize_t (*)(int, void *, size_t, off_t))dlsym(RTLD_NEXT, #name); \
        if (is_bad(fd, off, n)) { errno = EIO; return -1; }                 \
        return real(fd, buf, n, off);                                       \
    }
READER(pread)
READER(pread64)
"""


def build(folder: Path) -> Path:
    """The library, built in `folder`; the test is skipped where it cannot be."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if not sys.platform.startswith("linux") or compiler is None:
        pytest.skip("needs Linux and a C compiler")
    source, library = folder / "bad_block.c", folder / "bad_block.so"
    source.write_text(_SOURCE, encoding="utf-8")
    subprocess.run([compiler, "-shared", "-fPIC", "-o", str(library), str(source), "-ldl"], check=True)
    return library


def environment(library: Path, path: Path, offset: int = 0) -> dict[str, str]:
    """For a child process: reads of the file now at `path` fail from `offset` on."""
    return dict(
        os.environ,
        LD_PRELOAD=str(library),
        BAD_BLOCK_INODE=str(path.stat().st_ino),
        BAD_BLOCK_FROM=str(offset),
    )


def cli(folder: Path, *args: str, env: dict[str, str]) -> tuple[int, str]:
    """`rundabord --workspace folder args` in a child process: (exit code, what it printed)."""
    code = "import sys; from app.cli import main; sys.exit(main(sys.argv[1:]))"
    run = subprocess.run(
        [sys.executable, "-c", code, "--workspace", str(folder), *args],
        cwd=Path(__file__).resolve().parent.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return run.returncode, run.stdout + run.stderr
