#!/usr/bin/env bash
# Build the one-folder Linux application into dist/rundabord (what `make package` runs).
#
#   packaging/build.sh           build if the sources or the installed packages changed since the last build
#   FORCE=1 packaging/build.sh   build anyway
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
# the built application (tests/packaging hold this lock shared while they use dist/rundabord).
exec 9>"$STATE/lock"
flock -x 9

for ts in resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  qm=${ts%.ts}.qm
  [ "$qm" -nt "$ts" ] || die "$qm is missing or older than $ts; run 'make translations'"
done

# Everything the application is made of: our sources and resources, this folder, and the exact set of
# installed distributions. Rebuild only when it changed; deleted files change it too.
fingerprint=$(
  {
    find app ui resources packaging pyproject.toml -type f \
      ! -path '*/__pycache__/*' ! -name '*.pyc' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
    "$PY" -c 'import importlib.metadata as m; print(sorted(f"{d.name}=={d.version}" for d in m.distributions()))'
  } | sha256sum | cut -d' ' -f1
)
if [ "${FORCE:-0}" != 1 ] && [ -x "$DIST/rundabord" ] && [ "$(cat "$STATE/fingerprint" 2>/dev/null)" = "$fingerprint" ]; then
  echo "build.sh: $DIST is up to date"
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
fi

if [ "$tarball" = 1 ]; then
  version=$("$DIST/rundabord" --version | cut -d' ' -f2)
  archive="dist/rundabord-$version-linux-$(uname -m).tar.gz"
  tar -C dist -czf "$archive.tmp" rundabord && mv "$archive.tmp" "$archive"
  echo "build.sh: wrote $archive"
fi
