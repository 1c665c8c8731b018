#!/usr/bin/env bash
# Builds the .deb with CPack and checks it: the control data names the libraries Liner needs, the
# files sit where Debian expects them, and the packaged liner runs and finds its packaged album.
set -euo pipefail
build_dir=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work" >/dev/null
deb=$(ls "$work"/liner_*.deb)
info=$(dpkg-deb -I "$deb")
echo "$info"
depends=$(sed -n 's/^ Depends: //p' <<<"$info")
for needed in libqt6widgets6 libqt6dbus6 libportaudio2 libtag1v5 libavformat59 libasound2 \
              libebur128-1 libaubio5 \
              qt6-qpa-plugins libqt6sql6-sqlite; do
  grep -q "$needed" <<<"$depends" || { echo "Depends lacks $needed: $depends" >&2; exit 1; }
done
grep -q '^ Recommends: fonts-noto-cjk' <<<"$info"
contents=$(dpkg-deb -c "$deb")
for path in ./usr/bin/liner ./usr/libexec/liner/liner ./usr/share/applications/org.liner.Liner.desktop \
            ./usr/share/metainfo/org.liner.Liner.metainfo.xml \
            ./usr/share/icons/hicolor/scalable/apps/org.liner.Liner.svg \
            ./usr/share/icons/hicolor/256x256/apps/org.liner.Liner.png \
            ./usr/share/liner/album/liner-notes.md; do
  grep -q " $path\$" <<<"$contents" || { echo "package lacks $path" >&2; exit 1; }
done
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/liner" --version
tracks=$("$work/root/usr/bin/liner" --scan "$work/root/usr/share/liner/album" | grep -c '^/')
test "$tracks" -ge 8
echo "$deb: $(du -h "$deb" | cut -f1), $tracks tracks"
