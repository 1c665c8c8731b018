#!/usr/bin/env bash
# Installs the build into a temporary prefix, then checks that the installed `liner` finds the
# installed bundled album (not the build tree's): it plays it headless into a clockless capture.
set -euo pipefail
build_dir=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build_dir" --prefix "$prefix" >/dev/null
test -x "$prefix/bin/liner"
test -x "$prefix/libexec/liner/liner"
test -f "$prefix/share/liner/album/liner-notes.md"
tracks=$(ls "$prefix"/share/liner/album/*.flac | wc -l)
test "$tracks" -ge 8
cat > "$prefix/asound.conf" <<CONF
pcm.!default { type file slave.pcm "installnull" file "$prefix/capture.raw" format "raw" }
pcm.installnull { type null }
CONF
err=$(ALSA_CONFIG_PATH="$prefix/asound.conf" "$prefix/bin/liner" --headless --play 2>&1 >/dev/null)
echo "$err"
grep -q "Playing 1/$tracks: $prefix/share/liner/album/01 " <<<"$err"
grep -q "Played $tracks tracks." <<<"$err"
test -s "$prefix/capture.raw"
