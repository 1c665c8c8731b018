#!/usr/bin/env bash
# Installs the build into a temporary prefix and checks what desktops read: the .desktop file and
# the AppStream metainfo pass their validators, and the icon is there as SVG and as PNGs of the
# sizes their folders name.
set -euo pipefail
build_dir=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build_dir" --prefix "$prefix" >/dev/null
id=org.liner.Liner
desktop-file-validate "$prefix/share/applications/$id.desktop"
appstreamcli validate --no-net --pedantic "$prefix/share/metainfo/$id.metainfo.xml"
grep -q "<release version=\"$("$prefix/bin/liner" --version | cut -d" " -f2)\"" "$prefix/share/metainfo/$id.metainfo.xml"
grep -q '^<svg ' "$prefix/share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 24 32 48 64 128 256 512; do
  png="$prefix/share/icons/hicolor/${size}x${size}/apps/$id.png"
  # A PNG's IHDR holds its width and height as big-endian 32-bit numbers at bytes 16 and 20.
  test "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a
  read -r width height < <(od -An -j16 -N8 -tu1 "$png" |
    awk '{ print $1*16777216 + $2*65536 + $3*256 + $4, $5*16777216 + $6*65536 + $7*256 + $8 }')
  test "$width" = "$size" && test "$height" = "$size"
done
echo "desktop file, metainfo and icons valid in $prefix"
