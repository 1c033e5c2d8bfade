#!/bin/sh
# Install this Rundabord folder with its menu entry, icons and the .rbz file type, so that a double-clicked
# bundle opens in the application.
#
#   ./install.sh                    for this user: ~/.local/lib/rundabord, ~/.local/bin, ~/.local/share
#   sudo ./install.sh               for every user of the machine: under /usr/local
#   ./install.sh --prefix DIR       anywhere else (DIR/lib/rundabord, DIR/bin, DIR/share)
#   ./install.sh --uninstall [--prefix DIR]
set -eu

APP_ID=se.rundabord.Rundabord
MIME_ICON=application-x-rundabord-bundle
here=$(cd "$(dirname "$0")" && pwd)

if [ "$(id -u)" = 0 ]; then prefix=/usr/local; else prefix="$HOME/.local"; fi
action=install
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (try --help)" >&2; exit 2 ;;
  esac
done
case "$prefix" in /*) ;; *) prefix="$(pwd)/$prefix" ;; esac

app_dir="$prefix/lib/rundabord"
bin="$prefix/bin/rundabord"
share="$prefix/share"

refresh_caches() {
  # Each tool is optional: a minimal system without it still gets the files, and the next login picks them up.
  if command -v update-mime-database >/dev/null; then update-mime-database "$share/mime"; fi
  if command -v update-desktop-database >/dev/null; then update-desktop-database -q "$share/applications"; fi
  if command -v gtk-update-icon-cache >/dev/null && [ -f "$share/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor"
  fi
}

if [ "$action" = uninstall ]; then
  rm -rf "$app_dir"
  rm -f "$bin" "$share/applications/$APP_ID.desktop" "$share/mime/packages/$APP_ID.xml"
  find "$share/icons/hicolor" \( -name "$APP_ID.*" -o -name "$MIME_ICON.*" \) -delete 2>/dev/null || true
  [ -d "$share/mime" ] && refresh_caches
  echo "Rundabord removed from $prefix"
  exit 0
fi

[ -x "$here/rundabord" ] || { echo "install.sh: run me from the built rundabord folder" >&2; exit 2; }
mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/mime/packages" "$share/icons"
# Copy beside the old version, then swap, so a failed copy never leaves a half-installed application.
rm -rf "$app_dir.new"
cp -R "$here" "$app_dir.new"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
ln -sf "$app_dir/rundabord" "$bin"
# The desktop session's PATH may lack $prefix/bin, so the menu entry names the binary by its full path.
sed -e "s|^Exec=rundabord |Exec=\"$bin\" |" -e "s|^TryExec=rundabord\$|TryExec=$bin|" \
  "$here/share/applications/$APP_ID.desktop" > "$share/applications/$APP_ID.desktop"
cp "$here/share/mime/packages/$APP_ID.xml" "$share/mime/packages/"
cp -R "$here/share/icons/hicolor" "$share/icons/"
refresh_caches
echo "Rundabord installed: $bin (menu entry, icons and the .rbz file type under $share)"
