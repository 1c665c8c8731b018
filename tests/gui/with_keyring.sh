#!/bin/sh
# Runs a test on a private session bus with a GNOME Keyring of its own, unlocked, for what Liner
# keeps in the desktop's keyring. Without gnome-keyring-daemon the bus has no keyring, and the
# test checks what happens then.
exec dbus-run-session -- sh -c '
  home=$(mktemp -d)
  export XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
  if command -v gnome-keyring-daemon >/dev/null; then
    gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1
    export LINER_TEST_KEYRING=1
  fi
  "$@"
  status=$?
  rm -rf "$home"
  exit $status' with_keyring "$@"
