#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Captures cut by a snap length are not malformed, and overlapping fragments
# are told once: cut.sh MIPX SOURCE_DIR [EDITCAP]
#   Healthy samples cut to 96 and 70 octets exit 0 with no finding but the
#   one CAPTURE-CUT; fault samples cut to 96 still show the findings their
#   fixed parts prove.
set -u
mipx=$1
src=$2
editcap=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
cd "$src" || exit 1
if [ -z "$editcap" ] || [ ! -x "$editcap" ]; then
	echo "cut: no editcap, the snap-length cases skipped"
	editcap=""
fi

for name in ${editcap:+dremip-local mcoa-multihome}; do
	capture=$(ls samples/captures/"$name".pcap samples/captures/"$name".pcapng 2>/dev/null | head -n 1)
	args=$(sed -n 's/^args[[:space:]]\{1,\}//p' samples/captures/"$name".expect)
	for snap in 96 70; do
		"$editcap" -F pcap -s "$snap" "$capture" "$tmp/cut.pcap" >/dev/null 2>&1
		# shellcheck disable=SC2086
		"$mipx" $args "$tmp/cut.pcap" >"$tmp/out.txt" 2>"$tmp/err.txt"
		rc=$?
		if [ "$rc" != 0 ] || grep -q Sanitizer "$tmp/err.txt"; then
			echo "FAIL $name cut to $snap: exit $rc"; cat "$tmp/err.txt" "$tmp/out.txt"; fail=1
		fi
		if grep -E "^ +(error|warning) " "$tmp/out.txt"; then
			echo "FAIL $name cut to $snap: findings above"; fail=1
		fi
		grep -q "CAPTURE-CUT: [0-9]* frames cut by the capture's snap length of $snap octets" \
			"$tmp/out.txt" || { echo "FAIL $name cut to $snap: no CAPTURE-CUT"; fail=1; }
		grep -q "cut by the snap length" "$tmp/err.txt" ||
			{ echo "FAIL $name cut to $snap: no count in the summary"; fail=1; }
		"$mipx" --quiet --json $args "$tmp/cut.pcap" | grep -q '"cut" : [1-9]' ||
			{ echo "FAIL $name cut to $snap: no inputs[0].cut"; fail=1; }
	done
done

# findings that the fixed parts prove survive the cut
[ -n "$editcap" ] && for pair in dremip-fault-lt-reply:DRM-LT-REPLY dremip-fault-route-id:DRM-ID-ROUTE \
	    dremip-fault-orphan-reply:DRM-ORPHAN-REPLY dremip-fault-auth-missing:DRM-AUTH-MISSING \
	    dremip-fault-tunnel-loop:DRM-TUNNEL-LOOP mcoa-fault-lt-ba:MCOA-LT-BA \
	    mcoa-fault-home-stale:MCOA-HOME-STALE mcoa-fault-no-primary:MCOA-NO-PRIMARY; do
	name=${pair%%:*}
	check=${pair#*:}
	capture=$(ls samples/captures/"$name".pcap samples/captures/"$name".pcapng 2>/dev/null | head -n 1)
	args=$(sed -n 's/^args[[:space:]]\{1,\}//p' samples/captures/"$name".expect)
	"$editcap" -F pcap -s 96 "$capture" "$tmp/cut.pcap" >/dev/null 2>&1
	# shellcheck disable=SC2086
	"$mipx" --quiet $args "$tmp/cut.pcap" >"$tmp/out.txt" 2>"$tmp/err.txt"
	grep -q " $check: " "$tmp/out.txt" || { echo "FAIL $name cut to 96: $check lost"; fail=1; }
	if grep -q "MALFORMED" "$tmp/out.txt"; then
		echo "FAIL $name cut to 96: called malformed"; fail=1
	fi
done
# overlapping fragments (std-mip4-fragmented with its first fragment sent
# again, one octet changed): told once on stderr, the datagram dropped
"$mipx" tests/cli/overlap-fragments.pcap >"$tmp/out.txt" 2>"$tmp/err.txt"
grep -q "frame 2: overlapping or inconsistent fragments of datagram 10.1.0.55 -> 10.1.0.1 id 0x1: dropped" \
	"$tmp/err.txt" || { echo "FAIL overlap not told"; cat "$tmp/err.txt"; fail=1; }
[ "$(grep -c overlapping "$tmp/err.txt")" = 1 ] || { echo "FAIL overlap told more than once"; fail=1; }
grep -q "1 fragmented dropped" "$tmp/out.txt" || { echo "FAIL no count of dropped"; fail=1; }
"$mipx" --quiet --json tests/cli/overlap-fragments.pcap 2>/dev/null | grep -q '"fragments_dropped" : 1' ||
	{ echo "FAIL no inputs[0].fragments_dropped"; fail=1; }
[ "$fail" = 0 ] && echo "cut: ok"
exit "$fail"
