"""A throwaway PostgreSQL cluster on 127.0.0.1, for the tests and the benchmarks.

`make test` installs Debian's `postgresql` when it is missing; its programs live in
`/usr/lib/postgresql/<version>/bin`, not on PATH. `initdb` refuses to run as root, and CI runs as root:
then the cluster is made and run by an unprivileged user (Debian's `postgres`, else `nobody`) in a
temporary folder it owns. Everything is fast and unsafe on purpose (fsync off): the data dies with it.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shlex
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

SUPERUSER = "postgres"
PASSWORD_ROLE = "secretary"


def bin_dir() -> Path | None:
    """The newest installed server's programs, or None when no server is installed."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name)
    )
    if found:
        return Path(found[-1]).parent
    on_path = shutil.which("initdb")
    return Path(on_path).parent if on_path else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run_as() -> str | None:
    """The user to run the server as: none (ourselves) unless we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("running as root, and there is no unprivileged user to run PostgreSQL as")


class Cluster:
    """`with Cluster() as cluster: cluster.dsn("dbname")`: started on entry, stopped and removed on exit."""

    def __init__(self, parent: str | None = None) -> None:
        """`parent`: the folder to make the cluster's folder in (the system's temporary folder if None)."""
        programs = bin_dir()
        if programs is None:
            raise RuntimeError("PostgreSQL is not installed (make test installs Debian's postgresql)")
        self.bin = programs
        self.user = _run_as()
        self.root = Path(tempfile.mkdtemp(prefix="rundabord-pg-", dir=parent))
        self.data = self.root / "data"
        self.port = _free_port()
        self.settings: list[str] = []  # more `-c name=value` server settings (the TLS tests' ssl=on)

    def _command(self, program: str, *args: str) -> list[str]:
        command = [str(self.bin / program), *args]
        return ["runuser", "-u", self.user, "--", *command] if self.user else command

    def start(self) -> Cluster:
        if self.user:
            entry = pwd.getpwnam(self.user)
            os.chown(self.root, entry.pw_uid, entry.pw_gid)
        subprocess.run(
            self._command(
                "initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                "--locale=C.UTF-8", "--no-sync",
            ),
            check=True, capture_output=True, cwd=self.root,
        )  # fmt: skip
        # Trust for everyone on loopback, but the role PASSWORD_ROLE, which must log in with a password
        # (the tests of passwords kept in the keyring).
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\n"
            f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n"
            "host all all 127.0.0.1/32 trust\n"
        )
        # The port was free when probed, but another process (a second test worker starting its own
        # cluster) may bind it before the server does: then the server is started on a fresh one.
        for attempt in range(5):
            (self.root / "log").unlink(missing_ok=True)  # what this attempt says, alone
            try:
                self._start_on(self.port)
                break
            except subprocess.CalledProcessError:
                if attempt == 4 or "already in use" not in self._log_text():
                    raise
                self.port = _free_port()
        self._stop_when_this_process_dies()
        return self

    def _log_text(self) -> str:
        try:
            return (self.root / "log").read_text(errors="replace")
        except OSError:
            return ""

    def _start_on(self, port: int) -> None:
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={self.root}"
            " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
            " -c shared_buffers=64MB"
        ) + "".join(f" -c {setting}" for setting in self.settings)
        log = str(self.root / "log")
        subprocess.run(
            self._command("pg_ctl", "-D", str(self.data), "-l", log, "-o", options, "-w", "start"),
            check=True, capture_output=True, cwd=self.root,
        )  # fmt: skip

    def _stop_when_this_process_dies(self) -> None:
        """pg_ctl detaches the server, so a test run killed hard would leave it running for ever: a
        watcher in its own session stops and removes the cluster once this process is gone. It waits on
        a pipe only this process writes to, which the system closes when the process ends however it
        ends: no polling."""
        stop = shlex.join(self._command("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"))
        script = f"cat >/dev/null; {stop} >/dev/null 2>&1; rm -rf {shlex.quote(str(self.root))}"
        self._watcher = subprocess.Popen(
            ["sh", "-c", script],
            cwd="/",
            start_new_session=True,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def dsn(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def stop(self) -> None:
        watcher = getattr(self, "_watcher", None)
        if watcher is not None:  # stopped in order: the watcher's work is done here
            watcher.kill()
            watcher.wait()
            watcher.stdin.close()
        if self.data.exists():
            subprocess.run(
                self._command("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop"),
                capture_output=True, cwd=self.root,
            )  # fmt: skip
        shutil.rmtree(self.root, ignore_errors=True)

    def wait_ready(self, timeout: float = 60.0) -> None:
        give_up = time.monotonic() + timeout
        while subprocess.run(
            [str(self.bin / "pg_isready"), "-h", "127.0.0.1", "-p", str(self.port)], capture_output=True
        ).returncode:
            if time.monotonic() > give_up:
                raise RuntimeError(f"PostgreSQL did not come up on port {self.port}")
            time.sleep(0.05)

    def __enter__(self) -> Cluster:
        self.start()
        self.wait_ready()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
