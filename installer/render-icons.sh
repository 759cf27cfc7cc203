#!/bin/sh
# Render HR Desk's icon from its SVG sources into the files the application and the
# installers use. The renderings are committed; run this only after changing an SVG.
#   16 px      from icons/hrdesk-small.svg (drawn on whole pixels)
#   32-256 px  from icons/hrdesk.svg
#   icons/hrdesk.ico  all six sizes in one file, for the Windows executable and installer
# Needs rsvg-convert (Debian librsvg2-bin) and ImageMagick's convert.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../resources/icons"
mkdir -p "$out"
rsvg-convert -w 16 -h 16 "$here/icons/hrdesk-small.svg" -o "$out/hrdesk-16.png"
for size in 32 48 64 128 256; do
    rsvg-convert -w "$size" -h "$size" "$here/icons/hrdesk.svg" -o "$out/hrdesk-$size.png"
done
convert "$out/hrdesk-16.png" "$out/hrdesk-32.png" "$out/hrdesk-48.png" \
    "$out/hrdesk-64.png" "$out/hrdesk-128.png" "$out/hrdesk-256.png" "$here/icons/hrdesk.ico"
identify "$here/icons/hrdesk.ico"
