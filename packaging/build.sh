#!/usr/bin/env bash
# Build the one-folder Linux application into dist/rundabord (what `make package` runs).
#
#   packaging/build.sh           build if the sources or the installed packages changed since the last build
#   FORCE=1 packaging/build.sh   build anyway (and leave the build cache alone)
#   packaging/build.sh --tarball also write dist/rundabord-VERSION-linux-ARCH.tar.gz for IT to roll out
#
# The result: dist/rundabord/rundabord (GUI, and the CLI twin), _internal/ (Python, Qt, resources),
# share/ (menu entry, icons, .rbz file type) and install.sh. Windows and macOS: packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-.venv/bin/python}
DIST=dist/rundabord
STATE=build/package
tarball=0
[ "${1:-}" = --tarball ] && tarball=1

die() { echo "build.sh: $*" >&2; exit 2; }
[ -x "$PY" ] || die "no Python at $PY; run 'make package' (it sets up the venv first)"

mkdir -p "$STATE"
# PyInstaller's own caches stay in the tree too, not in the builder's home folder.
export PYINSTALLER_CONFIG_DIR="$PWD/$STATE/config"
# Several people share this tree and its test suite: one build at a time, and never while a test is running
# the built application (tests/packaging hold this lock shared while they use dist/rundabord). Finding the
# build up to date needs the lock only shared, so it never waits for another test run using the build.
exec 9>"$STATE/lock"
flock -s 9

for ts in resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  qm=${ts%.ts}.qm
  [ "$qm" -nt "$ts" ] || die "$qm is missing or older than $ts; run 'make translations'"
done

# Everything the application is made of: our sources and resources, this folder, the Python that runs
# PyInstaller and the exact set of installed distributions. Rebuild only when it changed; deleted files
# change it too.
fingerprint=$(
  {
    find app ui resources packaging pyproject.toml -type f \
      ! -path '*/__pycache__/*' ! -name '*.pyc' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
    "$PY" -c 'import sys, platform; print(sys.version, platform.machine())'
    "$PY" -c 'import importlib.metadata as m; print(sorted(f"{d.name}=={d.version}" for d in m.distributions()))'
  } | sha256sum | cut -d' ' -f1
)

# A build of exactly these inputs made in another clone or worktree on this machine is copied instead of
# built again (PyInstaller's analysis is most of a build's minute and does not carry over between trees).
# Entries are whole folders, keyed by the fingerprint, written under a temporary name and renamed when
# complete; the newest three are kept. No cache, or one that cannot be read or written: a normal build.
CACHE=${RUNDABORD_BUILD_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/rundabord/package}
cached="$CACHE/$fingerprint"

from_cache() {
  [ "${FORCE:-0}" != 1 ] && [ -f "$cached/complete" ] || return 1
  rm -rf "$DIST" "$DIST.copy"
  mkdir -p "$(dirname "$DIST")"
  cp -a "$cached/rundabord" "$DIST.copy" 2>/dev/null && mv "$DIST.copy" "$DIST" || { rm -rf "$DIST.copy"; return 1; }
}

to_cache() {
  mkdir -p "$CACHE" 2>/dev/null || return 0
  [ -f "$cached/complete" ] && return 0
  local tmp
  tmp=$(mktemp -d "$CACHE/.new.XXXXXX" 2>/dev/null) || return 0
  if cp -a "$DIST" "$tmp/rundabord" 2>/dev/null && touch "$tmp/complete" && mv -T "$tmp" "$cached" 2>/dev/null; then
    ls -1dt "$CACHE"/*/ 2>/dev/null | tail -n +4 | xargs -r rm -rf
  else
    rm -rf "$tmp"  # another build stored the same entry first, or the disk is full: no cache, no harm
  fi
}

up_to_date() {
  [ "${FORCE:-0}" != 1 ] && [ -x "$DIST/rundabord" ] && [ "$(cat "$STATE/fingerprint" 2>/dev/null)" = "$fingerprint" ]
}

if up_to_date; then
  echo "build.sh: $DIST is up to date"
else
  flock -x 9  # to build: wait until no test here uses the build and no other build runs
  if up_to_date; then
    echo "build.sh: $DIST is up to date (built meanwhile)"
  elif from_cache && QT_QPA_PLATFORM=offscreen "$DIST/rundabord" --version >/dev/null 2>&1; then
    echo "$fingerprint" > "$STATE/fingerprint"
    echo "build.sh: copied $DIST from the build cache ($cached)"
  else
    rm -f "$STATE/fingerprint"
    started=$(date +%s)
    # PyInstaller's warnings about system libraries (libxcb-*, GTK) it leaves to the target desktop are noise.
    "$PY" -m PyInstaller --noconfirm --log-level ERROR --distpath dist --workpath "$STATE/work" \
      packaging/rundabord.spec
    # One of our own modules that PyInstaller could not find is an import that fails in the frozen app.
    # (`from app import __version__` names an attribute app/__init__.py makes on first use, not a module.)
    if grep -E "^missing module named '?(app|ui|resources)[.'].* \(top-level\)" "$STATE/work/rundabord/warn-rundabord.txt" \
        | grep -v "^missing module named app.__version__ "; then
      die "the modules above are imported by app/, ui/ or resources/ but do not exist"
    fi
    "$PY" packaging/make_icons.py --hicolor "$DIST/share/icons/hicolor"
    install -D -m 644 packaging/linux/se.rundabord.Rundabord.desktop "$DIST/share/applications/se.rundabord.Rundabord.desktop"
    install -D -m 644 packaging/linux/se.rundabord.Rundabord.xml "$DIST/share/mime/packages/se.rundabord.Rundabord.xml"
    install -m 755 packaging/linux/install.sh "$DIST/install.sh"
    # A build that cannot even report its version must not count as built.
    QT_QPA_PLATFORM=offscreen "$DIST/rundabord" --version >/dev/null || die "the built application does not start"
    echo "$fingerprint" > "$STATE/fingerprint"
    echo "build.sh: built $DIST ($(du -sh "$DIST" | cut -f1)) in $(($(date +%s) - started)) s"
    [ "${FORCE:-0}" = 1 ] || to_cache
  fi
fi

if [ "$tarball" = 1 ]; then
  version=$("$DIST/rundabord" --version | cut -d' ' -f2)
  archive="dist/rundabord-$version-linux-$(uname -m).tar.gz"
  tar -C dist -czf "$archive.tmp" rundabord && mv "$archive.tmp" "$archive"
  echo "build.sh: wrote $archive"
fi
