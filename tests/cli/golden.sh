#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Golden test of one sample capture: golden.sh MIPX SOURCE_DIR NAME [DIR]
#   Runs mipx with the `args` of DIR/NAME.expect (DIR relative to the source
#   tree root, default samples/captures; run from that root, so file names
#   in the reports are DIR/...), then
#   - compares the text and JSON reports with tests/cli/expected/NAME.txt/.json
#     (UPDATE=1 in the environment rewrites them instead: review the diff);
#   - checks every `finding ID [min-count]` line is reported at least that often;
#   - checks no error-level finding is reported that the .expect does not list;
#   - checks the exit status against `exit N`.
set -u
mipx=$1
src=$2
name=$3
dir=${4:-samples/captures}
cd "$src" || exit 1
capture=$(ls "$dir/$name".pcap "$dir/$name".pcapng 2>/dev/null | head -n 1)
expect=$dir/$name.expect
expected=tests/cli/expected
[ -n "$capture" ] && [ -f "$expect" ] || { echo "golden: no capture/expect for $name"; exit 1; }

args=$(sed -n 's/^args[[:space:]]\{1,\}//p' "$expect")
want_exit=$(sed -n 's/^exit[[:space:]]\{1,\}//p' "$expect")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0

# shellcheck disable=SC2086
"$mipx" --quiet $args "$capture" >"$tmp/out.txt" 2>"$tmp/err.txt"
rc=$?
# shellcheck disable=SC2086
"$mipx" --quiet --json $args "$capture" >"$tmp/out.json" 2>/dev/null
rc_json=$?

if grep -q Sanitizer "$tmp/err.txt"; then
	cat "$tmp/err.txt"
	exit 1
fi
if [ -n "$want_exit" ] && [ "$rc" != "$want_exit" ]; then
	echo "golden $name: exit $rc, expected $want_exit"
	fail=1
fi
if [ "$rc_json" != "$rc" ]; then
	echo "golden $name: exit $rc_json with --json, $rc without"
	fail=1
fi

while read -r kw id count; do
	[ "$kw" = finding ] || continue
	have=$(grep -c "\"check\" : \"$id\"" "$tmp/out.json")
	if [ "$have" -lt "${count:-1}" ]; then
		echo "golden $name: $id reported $have times, expected at least ${count:-1}"
		fail=1
	fi
done <"$expect"

for id in $(grep -o '^    error   [A-Z0-9-]*' "$tmp/out.txt" | awk '{print $2}' | sort -u); do
	if ! grep -q "^finding $id\([[:space:]]\|$\)" "$expect"; then
		echo "golden $name: unexpected error-level finding $id"
		fail=1
	fi
done

if [ "${UPDATE:-0}" = 1 ]; then
	mkdir -p "$expected"
	cp "$tmp/out.txt" "$expected/$name.txt"
	cp "$tmp/out.json" "$expected/$name.json"
	echo "golden $name: updated $expected/$name.txt and .json"
else
	for ext in txt json; do
		if ! diff -u "$expected/$name.$ext" "$tmp/out.$ext"; then
			echo "golden $name: $ext report differs from $expected/$name.$ext (UPDATE=1 to accept)"
			fail=1
		fi
	done
fi
exit $fail
