"""The chair's half-typed note, in a file of its own, written whole by a thread of its own.

A draft is not a note: it is what the entry held, kept so that a crash or a closed window loses none of
it. Writing it where the preferences live made each change a rewrite of the preferences file, with a lock
and two fsyncs, on the window's thread, while the chair typed. Here the window only hands the text over
(`put`, which never touches the disk and returns at once); the keeper's thread writes it beside the
preferences as a whole file (a temp file, fsync, rename, fsync of the folder), so a file on the disk is
always one whole draft, the old or the new. `flush` waits for everything handed over to be on the disk
(a closing window calls it); `written` says how far the disk has come.

The same text twice is not written twice: the text last handed over (or read) is remembered.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)

ENCODING = "utf-8"
FOLDER = "drafts"


def draft_path(name: str) -> Path:
    """Where the draft called `name` is kept: the user's data folder, beside the default workspace."""
    import platformdirs  # only here: nothing else at the window's start needs it

    return platformdirs.user_data_path("Rundabord", appauthor=False) / FOLDER / f"{name}.txt"


class DraftKeeper:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._cond = threading.Condition()
        self._pending: str | None = None  # handed over, not yet taken by the thread
        self._known: str | None = None  # the text last handed over or read: the same again is no write
        self._asked = self._done = 0  # texts handed over; texts the thread has finished with
        self._stopping = False
        self._thread: threading.Thread | None = None
        self.error: OSError | None = None  # the last write the disk refused (None once one succeeds)

    def read(self) -> str | None:
        """The draft on the disk, or None when there is no file (never written for this workspace)."""
        try:
            text = self.path.read_bytes().decode(ENCODING, errors="replace")
        except FileNotFoundError:
            return None
        except OSError as exc:
            log.warning("the draft in %s could not be read: %s", self.path, exc)
            return None
        if self._known is None:
            self._known = text
        return text

    def put(self, text: str) -> bool:
        """Hand `text` over to be written; False when it is the text already handed over (no write)."""
        with self._cond:
            if text == self._known:
                return False
            self._known = self._pending = text
            self._asked += 1
            if self._thread is None:
                self._stopping = False
                self._thread = threading.Thread(target=self._run, name="draft-keeper", daemon=True)
                self._thread.start()
            self._cond.notify()
            return True

    @property
    def written(self) -> bool:
        """Everything handed over so far is on the disk (or was refused by it: see `error`)."""
        return self._done >= self._asked

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything handed over is on the disk; False if the thread took longer."""
        with self._cond:
            return self._cond.wait_for(lambda: self._done >= self._asked, timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Everything handed over written, then the thread ended (`put` starts another)."""
        with self._cond:
            thread, self._thread = self._thread, None
            self._stopping = True
            self._cond.notify_all()
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._stopping or self._pending is not None)
                text, self._pending, asked = self._pending, None, self._asked
                if text is None:  # stopping with nothing left to write
                    return
            self._write(text)
            with self._cond:
                self._done = max(self._done, asked)
                self._cond.notify_all()

    def _write(self, text: str) -> None:
        from app.bundles.files import replace_whole  # on this thread, at its first write

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            replace_whole(
                self.path, lambda out: out.write(text.encode(ENCODING, errors="replace")), mode=0o600
            )
        except OSError as exc:
            self.error = exc
            log.warning("the draft could not be written to %s: %s", self.path, exc)
        else:
            self.error = None
