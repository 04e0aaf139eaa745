#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Bad input through the mipx binary: bad_input.sh MIPX SOURCE_DIR [EDITCAP]
# Each case: no crash (sanitizer reports fail the test), the error on stderr
# names the file (and the 1-based frame where there is one), the exit status
# is 2 when input could not be read, and what could be read is still analyzed.
set -u
mipx=$1
src=$2
editcap=${3:-}
good=$src/samples/captures/dremip-home.pcapng
good2=$src/samples/captures/dremip-local.pcap
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1
fail=0
export ASAN_OPTIONS=exitcode=86 UBSAN_OPTIONS=exitcode=87:halt_on_error=1

# run EXPECTED_EXIT STDERR_PATTERN ARGS...
run() {
	want=$1
	pattern=$2
	shift 2
	"$mipx" "$@" >out.txt 2>err.txt
	rc=$?
	if grep -q Sanitizer err.txt; then
		echo "FAIL (sanitizer) mipx $*"
		cat err.txt
		fail=1
	elif [ "$rc" != "$want" ]; then
		echo "FAIL mipx $*: exit $rc, expected $want"
		cat err.txt
		fail=1
	elif [ -n "$pattern" ] && ! grep -q -- "$pattern" err.txt; then
		echo "FAIL mipx $*: stderr lacks '$pattern':"
		cat err.txt
		fail=1
	else
		echo "ok   mipx $* -> $rc"
	fi
}

: >empty.pcap
run 2 "mipx: empty.pcap: " empty.pcap

printf 'this is not a capture at all, just some text\n' >notes.txt
run 2 "mipx: notes.txt: " notes.txt

# the good file is still analyzed next to a bad one
run 2 "mipx: notes.txt: " --json notes.txt "$good"
grep -q '"packets" : 7' out.txt || { echo "FAIL good file not analyzed next to a bad one"; fail=1; }

run 2 "nosuchfile.pcap" nosuchfile.pcap

# the last record cut in the middle (a capture stopped or copied while being
# written): frames before it count, the cut one is named once, the report
# says so, and the exit status is the findings' (none fails here), not 2
size=$(wc -c <"$good2")
head -c $((size - 7)) "$good2" >cut-last.pcap
frames=$("$mipx" --quiet --json "$good2" | sed -n 's/.*"packets" : \([0-9]*\).*/\1/p')
run 0 "mipx: cut-last.pcap: frame $frames: the file ends inside this record" --json cut-last.pcap
grep -q "\"packets\" : $((frames - 1))" out.txt || { echo "FAIL: frames before the cut one not counted"; fail=1; }
grep -q '"cut_short" : true' out.txt && grep -q "\"cut_short_frame\" : $frames" out.txt ||
	{ echo "FAIL: the report does not say the file was cut short at frame $frames"; fail=1; }
[ "$(grep -c "frame $frames" err.txt)" = 1 ] || { echo "FAIL: the cut record not named exactly once"; fail=1; }
run 0 "" cut-last.pcap
grep -q "cut short inside frame $frames" out.txt || { echo "FAIL: the text report does not say the file was cut short"; fail=1; }

# garbage after the last record: a record header that cannot be
cp "$good2" garbage.pcap
printf '\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377\377' >>garbage.pcap
run 2 "mipx: garbage.pcap: frame $((frames + 1)): " garbage.pcap

# every frame cut short by the snap length: counted, never read past, and
# not malformed (the capture, not the sender, cut them)
if [ -n "$editcap" ] && [ -x "$editcap" ]; then
	"$editcap" -F pcap -s 60 "$good2" snap.pcap >/dev/null 2>&1
	run 0 "mipx: 13 frames cut by the snap length" snap.pcap
	grep -q "CAPTURE-CUT: 13 frames cut by the capture's snap length of 60 octets" out.txt ||
		{ echo "FAIL: snap.pcap: no CAPTURE-CUT finding"; fail=1; }
	if grep -q "MALFORMED" out.txt err.txt; then
		echo "FAIL: snap.pcap: a cut frame called malformed"; fail=1
	fi
	# cut inside the IP header: not known to be Mobile IP, only counted
	"$editcap" -F pcap -s 30 "$good2" snap30.pcap >/dev/null 2>&1
	run 0 "mipx: 13 frames cut by the snap length" snap30.pcap
fi

# standard input
run 0 "" - <"$good"
grep -q "input -: 7 packets" out.txt || { echo "FAIL: stdin not read"; fail=1; }

# the command line
run 2 "unknown-option" --unknown-option "$good"
run 2 "fail-on" --fail-on sometimes "$good"
run 2 "NO-SUCH-CHECK" --disable NO-SUCH-CHECK "$good"
run 2 "no capture file" --quiet
run 2 "coainfo-type" --coainfo-type 300 "$good"
run 2 "m-flag-mask" --m-flag-mask 0x0c00 "$good"
run 2 "--at" --at yesterday "$good"
run 2 "--json and --dot" --json --dot "$good"
run 2 "bad --node" --dot --node 10.1.0 "$good"
run 2 "cannot write /nonexistent-dir/r.html" --html /nonexistent-dir/r.html "$good"
printf 'domain x\n  router 10.0.0.1\n' >bad.topo
run 2 "line 2" --topology bad.topo "$good"
# a report that cannot be written (disk full) is an error, not a clean run
if [ -w /dev/full ]; then
	"$mipx" --json "$good" >/dev/full 2>err.txt
	rc=$?
	if [ "$rc" = 2 ] && grep -q "cannot write the report" err.txt; then
		echo "ok   mipx --json > /dev/full -> 2"
	else
		echo "FAIL mipx --json > /dev/full: exit $rc"
		cat err.txt
		fail=1
	fi
fi
run 0 "" --version
grep -q '^mipx ' out.txt || { echo "FAIL: --version prints no version"; fail=1; }
run 0 "" --help
grep -q -- '--fail-on' out.txt || { echo "FAIL: --help does not list --fail-on"; fail=1; }
exit $fail
