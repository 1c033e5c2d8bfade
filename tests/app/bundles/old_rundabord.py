"""Released Rundabords of the past, run on their own commit's `app/` in a subprocess (`git archive`), to
try this one's bundles on the readers that are really out there. Skips the test when the repository's
history is not at hand.

    old = OldRundabord.at(BEFORE_ORIGIN, tmp_path_factory)
    old.cli(folder, "init", "--role", "secretariat")     # its own CLI on its own workspace
    old.reads(path)                                       # "read", or "refused: CHECK REASON"
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
FIRST_READER = "b3e0c31"  # 25 November: the first commit that read bundles
# 3 December, afternoon: the last Rundabord before bundles named their workspace (`created.origin`,
# 880990d); it reads paper sheets and photos, writes its packs in format 1, and refuses `created.origin`
BEFORE_ORIGIN = "b7e336c7a7bb6aa587ea624b8e997043e2c678fa"
FIRST_FORMER_READER = "bb7bb30"  # 4 December: the first Rundabord that reads `created.former`
# The last Rundabord before it: format-2 packs naming their workspace, compact records, no `created.former`
BEFORE_FORMER = "4731455c61d29f5dbdc8e5a5fd816b3ac9f5d5c8"

_READ = """
import sys
from app.bundles import reader
for path in sys.argv[1:]:
    try:
        reader.read_bundle(open(path, "rb").read())
        print("read")
    except Exception as exc:
        print("refused:", getattr(exc, "check", "?"), exc)
"""
_CLI = "from app.cli import main\nsys.exit(main(sys.argv[1:]))"


@dataclass(frozen=True)
class OldRundabord:
    commit: str
    code: Path  # the commit's `app/`, extracted here
    home: Path  # its HOME and XDG folders: it never touches this user's own

    @classmethod
    def at(cls, commit: str, tmp_path_factory: pytest.TempPathFactory) -> OldRundabord:
        folder = tmp_path_factory.mktemp(f"rundabord-{commit[:7]}")
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", commit, "app"], capture_output=True, check=False
        )
        if archive.returncode != 0:
            pytest.skip(f"the repository's history is not at hand ({archive.stderr.decode()[:80]})")
        subprocess.run(["tar", "-x", "-C", str(folder)], input=archive.stdout, check=True)
        (folder / "home").mkdir()
        return cls(commit, folder, folder / "home")

    def _run(self, program: str, *args: str) -> subprocess.CompletedProcess[str]:
        home = str(self.home)
        env = {
            **os.environ,
            "HOME": home,
            "XDG_CONFIG_HOME": home,
            "XDG_DATA_HOME": home,
            "XDG_STATE_HOME": home,
            "XDG_CACHE_HOME": home,
        }
        env.pop("RUNDABORD_WORKSPACE", None)
        code = f"import sys; sys.path.insert(0, {str(self.code)!r})\n{program}"
        return subprocess.run(
            [sys.executable, "-I", "-c", code, *args],
            capture_output=True,
            text=True,
            check=False,
            cwd=self.code,
            env=env,
        )

    def cli(self, workspace: Path, *args: str, exits: tuple[int, ...] = (0,)) -> str:
        """Its `rundabord --workspace WORKSPACE ARGS`; its output (the test fails on another exit status)."""
        done = self._run(_CLI, "--workspace", str(workspace), *args)
        assert done.returncode in exits, f"{self.commit[:7]} {args}: {done.stdout}{done.stderr}"
        return done.stdout

    def secretariat_pack(self, workspace: Path, name: str, pack: Path) -> str:
        """Its secretariat at `workspace` (`name` signs), with the demo conference, exports the
        conference's pack to `pack`; the conference's id."""
        self.cli(workspace, "init", "--role", "secretariat")
        conference_id = self.cli(workspace, "demo").split()[-1]
        self.cli(workspace, "identity", "create", "--name", name)
        self.cli(workspace, "pack", "export", "--conference", conference_id, "-o", str(pack))
        return conference_id

    def imports(self, workspace: Path, path: Path) -> dict:
        """Its `rundabord import --json` (exit 1 when refused): the receipt."""
        [line] = self.cli(workspace, "import", "--json", str(path), exits=(0, 1)).splitlines()
        return json.loads(line)

    def reads(self, *paths: Path) -> list[str]:
        """Its reader on each file: "read", or "refused: CHECK REASON"."""
        done = self._run(_READ, *map(str, paths))
        assert done.returncode == 0, done.stderr
        return done.stdout.splitlines()
