#!/bin/sh
# Put HR Desk in this user's application menu (no administrator rights needed):
#   ./install.sh           from the unpacked hrdesk folder; HR Desk stays where it is
#   ./install.sh --remove  take the menu entry, the icons and the `hrdesk` command away again
# The officer's data (~/.local/share/HRDesk) is never touched. If the folder is moved
# later, run ./install.sh again from its new place.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
share=${XDG_DATA_HOME:-$HOME/.local/share}
entry="$share/applications/hrdesk.desktop"
command_link="$HOME/.local/bin/hrdesk"
sizes="16 32 48 64 128 256"

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry"
    for size in $sizes; do rm -f "$share/icons/hicolor/${size}x${size}/apps/hrdesk.png"; done
    [ -L "$command_link" ] && rm -f "$command_link"
    echo "HR Desk's menu entry removed; the program folder $here and your data are left as they are."
    exit 0
fi

[ -x "$here/HRDesk" ] || { echo "install.sh: run me from the unpacked hrdesk folder" >&2; exit 2; }
for size in $sizes; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$here/_internal/hrdesk/resources/icons/hrdesk-$size.png" \
        "$share/icons/hicolor/${size}x${size}/apps/hrdesk.png"
done
mkdir -p "$share/applications" "$HOME/.local/bin"
sed "s|^Exec=.*|Exec=\"$here/HRDesk\"|" "$here/hrdesk.desktop" > "$entry"
ln -sf "$here/hrdesk" "$command_link"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
echo "HR Desk is in the application menu (Office); in a terminal: hrdesk --help"
