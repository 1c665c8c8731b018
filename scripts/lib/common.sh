# Shared by scripts/run, scripts/test and scripts/bench: finds the project, installs what a fresh
# Debian 12 lacks, and configures a build. Source it; do not run it.
set -euo pipefail

LINER_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
export LINER_ROOT

# Everything the build, the tests and a first run need, by Debian package name.
LINER_PACKAGES=(
  g++ cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libgl-dev
  libtag1-dev libmd4c-dev libmd4c-html0-dev libicu-dev
  libavformat-dev libavcodec-dev libswresample-dev libavutil-dev
  portaudio19-dev libasound2-dev
  libebur128-dev libaubio-dev
  fonts-dejavu-core fonts-noto-cjk fonts-ebgaramond
  xvfb xauth at-spi2-core python3-gi gir1.2-atspi-2.0
  dbus playerctl desktop-file-utils appstream dpkg-dev file qt6-svg-dev
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
  qtkeychain-qt6-dev
)

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs only the packages that are missing, so a second run costs one dpkg query.
liner_install_packages() {
  local missing=() package
  for package in "${LINER_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}" >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# liner_build DIR BUILD_TYPE TARGET [cmake args...]: configures and builds TARGET ("all" for all).
# A developer who has ccache gets it (rebuilding several checkouts of one tree costs little);
# a fresh machine builds without it.
liner_build() {
  local dir=$1 type=$2 target=$3 launcher=()
  shift 3
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  cmake -S "$LINER_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE="$type" "${launcher[@]}" "$@" >&2
  cmake --build "$dir" --parallel "$(nproc)" --target "$target" >&2
}
