#!/usr/bin/env bash
# The launcher `liner` (src/app/launcher_main.cpp), copied into a prefix of its own whose
# libexec/liner/liner is a script printing what it was given: the launcher must start the program
# beside it with every argument as given and glibc's huge-page tunable added to the user's
# tunables, never over one the user set, and say so when the program is missing.
set -euo pipefail
launcher=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
mkdir -p "$prefix/bin" "$prefix/libexec/liner"
cp "$launcher" "$prefix/bin/liner"
cat > "$prefix/libexec/liner/liner" <<'PROGRAM'
#!/bin/sh
printf '[%s]' "$@"
printf ' %s\n' "${GLIBC_TUNABLES-unset}"
PROGRAM
chmod +x "$prefix/libexec/liner/liner"

expect() {
  local got
  got=$("$prefix/bin/liner" --play "" "a b")
  [ "$got" = "[--play][][a b] $1" ] || { echo "the program was given '$got'" >&2; exit 1; }
}
(unset GLIBC_TUNABLES; expect glibc.malloc.hugetlb=1)
GLIBC_TUNABLES= expect glibc.malloc.hugetlb=1
GLIBC_TUNABLES=glibc.malloc.check=0 expect glibc.malloc.check=0:glibc.malloc.hugetlb=1
GLIBC_TUNABLES=glibc.malloc.hugetlb=0 expect glibc.malloc.hugetlb=0
GLIBC_TUNABLES=glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2 \
  expect glibc.malloc.arena_max=2:glibc.malloc.hugetlb=2

rm "$prefix/libexec/liner/liner"
set +e
err=$("$prefix/bin/liner" --version 2>&1)
status=$?
set -e
echo "$err"
[ "$status" -eq 127 ]
grep -qF "liner: cannot start $prefix/bin/../libexec/liner/liner: No such file or directory" <<<"$err"
echo "launcher: arguments and tunables as expected, a missing program told"
