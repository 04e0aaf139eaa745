#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The plugin's tests: tshark with the freshly built plugin over the samples.
#
#   run.sh <test> <plugin-dir> <source-dir>
#
# test: load | golden | prefs | expert | stats | coexist | fuzz
# MIPX_SAMPLES_DIR overrides <source-dir>/samples/captures.
# UPDATE=1 rewrites the expected files (golden, stats) instead of comparing:
# review the diff before committing it.
set -u
test=$1
export MIPX_PLUGIN_DIR=$2
src=$3
here=$src/tests/plugin
expected=$here/expected
samples=${MIPX_SAMPLES_DIR:-$src/samples/captures}
wrap=$here/tshark-plugin.sh
fail=0
tmp=$(mktemp -d /tmp/mipx-plugin-test.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

ts() { "$wrap" "$@"; }                        # with the plugin
ts_without() { MIPX_PLUGIN_DIR= "$wrap" "$@"; } # Wireshark alone
bad() { echo "FAIL: $*"; fail=1; }

shopt -s nullglob
captures=("$samples"/*.pcap "$samples"/*.pcapng)
need_samples() {
	if [ ${#captures[@]} -eq 0 ]; then
		echo "no captures in $samples yet"
		exit 77
	fi
}
keys=""
[ -r "$samples/keys.txt" ] && keys=$(grep -v '^#' "$samples/keys.txt" | grep . | paste -sd, -)
keyopt=(-o "dremip.keys:$keys")
name_of() { local b; b=$(basename "$1"); echo "${b%%.*}"; }
# Count frames of a capture (read through stdin) matching a display filter.
count() { local f=$1; shift; ts -r - "$@" < "$f" 2>/dev/null | wc -l; }
# The same over two passes (a file, not stdin), as Wireshark's GUI sees it:
# some verdicts need a later frame (MCOA-M-NO-COAINFO on a BU whose 0x0400
# only its BA tells from NEMO's R, RFC 3963 6.1).
count2() {
	local f=$1; shift
	cp "$f" "$tmp/count2" && chmod a+rx "$tmp" && chmod a+r "$tmp/count2"
	ts -r "$tmp/count2" -2 "$@" 2>/dev/null | wc -l
}

# Compare (or with UPDATE=1 write) an expected file.
golden() {
	local got=$1 want=$2
	if [ "${UPDATE:-0}" = 1 ]; then
		cp "$got" "$want"
	elif [ ! -f "$want" ]; then
		bad "missing expected file $want (run with UPDATE=1)"
	elif ! diff -u "$want" "$got" > "$tmp/diff"; then
		bad "$(basename "$want") differs:"; head -40 "$tmp/diff"
	fi
}

FIELDS=(frame.number dremip.type dremip.flags dremip.flags.r dremip.lifetime dremip.homeaddr
	dremip.registrar dremip.coa dremip.ident dremip.code dremip.dest dremip.nexthop
	dremip.ext.type dremip.rs.lifetime dremip.rs.addr dremip.rs.prio dremip.rs.entry_lifetime
	dremip.coaext.addr dremip.auth.type dremip.auth.spi dremip.auth.valid
	dremip.response_in dremip.response_to mcoa.bu.m mcoa.coainfo.ifid mcoa.coainfo.ifpri
	mcoa.coainfo.len mcoa.ba.status_text mcoa.binding.count mcoa.bu.response_in
	mcoa.ba.response_to)

case $test in
load)
	ts -G plugins 2>&1 | grep -q '^mipx\.so' || bad "tshark -G plugins does not list mipx.so"
	ts -G fields > "$tmp/fields" 2>/dev/null
	for f in "${FIELDS[@]}" dremip.flags.s dremip.flags.b dremip.flags.d dremip.flags.m \
		dremip.flags.g dremip.flags.v dremip.flags.x dremip.reserved dremip.ext.len \
		dremip.auth.authenticator dremip.response_time mcoa.coainfo.reserved mcoa.response_time \
		dremip.expert.drm_lt_reply mcoa.expert.mcoa_malformed mip6.bu.seqnr mip.auth.spi; do
		[ "$f" = frame.number ] && continue
		grep -qP "\t\Q$f\E\t" "$tmp/fields" || bad "field $f not registered"
	done
	# STATE-scope checks are expert infos too (the model's findings, state.c).
	grep -qP "\tdremip.expert.drm_lt_order\t" "$tmp/fields" || bad "state check not registered as expert info"
	;;
golden)
	need_samples
	args=()
	for f in "${FIELDS[@]}"; do args+=(-e "$f"); done
	for c in "${captures[@]}"; do
		n=$(name_of "$c")
		# Two passes (a file, not stdin) so that requests show their response.
		cp "$c" "$tmp/two-pass" && chmod a+rx "$tmp" && chmod a+r "$tmp/two-pass"
		ts -r "$tmp/two-pass" -2 "${keyopt[@]}" -T fields -E header=y -E occurrence=a "${args[@]}" > "$tmp/$n.fields" 2>&1
		golden "$tmp/$n.fields" "$expected/$n.fields"
		ts -r - "${keyopt[@]}" -V -O dremip,mcoa < "$c" > "$tmp/$n.verbose" 2>&1
		golden "$tmp/$n.verbose" "$expected/$n.verbose"
	done
	;;
prefs)
	need_samples
	local_=$samples/dremip-local.pcap
	n=$(count "$local_" -Y dremip.type)
	[ "$n" -gt 0 ] || bad "no DREMIP message in dremip-local"
	n=$(count "$local_" -o dremip.udp_port:4340 -Y dremip.type)
	[ "$n" -eq 0 ] || bad "dremip.udp_port:4340 still decodes port 434 as DREMIP ($n)"
	n=$(count "$local_" -o dremip.udp_port:4340 -Y mip)
	[ "$n" -gt 0 ] || bad "port 434 not given back to the built-in mip dissector"
	ts -r - -V -O dremip < "$local_" 2>/dev/null | grep -q 'DREMIP (R): Set' || bad "R flag label"
	ts -r - -V -O dremip -o dremip.rbit_as_t:TRUE < "$local_" 2>/dev/null |
		grep -q 'Reverse tunnelling (T): Set' || bad "dremip.rbit_as_t does not relabel the flag"
	ts -r - -V -O dremip -o dremip.rbit:t < "$local_" 2>/dev/null |
		grep -q 'Reverse tunnelling (T): Set' || bad "dremip.rbit:t does not relabel the flag"
	ts -r - -V -O dremip -o dremip.rbit:r < "$local_" 2>/dev/null |
		grep -q 'DREMIP (R): Set' || bad "dremip.rbit:r label"
	# auto: the T-bit requests of plain RFC 3024 traffic stay with the built-in mip
	n=$(count "$samples/std-rfc3024.pcap" -Y dremip)
	[ "$n" -eq 0 ] || bad "dremip.rbit auto takes $n frames of std-rfc3024"
	n=$(count "$samples/std-rfc3024.pcap" -o dremip.rbit:r -Y dremip.flags.r)
	[ "$n" -gt 0 ] || bad "dremip.rbit:r does not take the R-bit requests of std-rfc3024"
	n=$(count "$local_" -Y 'dremip.auth.valid')
	[ "$n" -eq 0 ] || bad "dremip.auth.valid without keys"
	n=$(count "$local_" "${keyopt[@]}" -Y 'dremip.auth.valid == 1')
	[ "$n" -gt 0 ] || bad "dremip.keys: no authenticator verifies"
	n=$(count "$local_" "${keyopt[@]}" -Y 'dremip.auth.valid == 0')
	[ "$n" -eq 0 ] || bad "dremip.keys: $n frames do not verify"
	n=$(count "$local_" -o 'dremip.keys:0x100:00000000000000000000000000000000' -Y 'dremip.auth.valid == 0')
	[ "$n" -gt 0 ] || bad "a wrong key verifies"
	set_=$samples/mcoa-settings.pcap
	n=$(count "$set_" -Y mcoa.coainfo.ifid)
	[ "$n" -eq 0 ] || bad "CoAINFO found at the default type in mcoa-settings"
	n=$(count "$set_" -o mcoa.coainfo_type:200 -Y mcoa.coainfo.ifid)
	[ "$n" -gt 0 ] || bad "mcoa.coainfo_type:200 finds no CoAINFO"
	n=$(count "$set_" -o mcoa.coainfo_type:200 -Y 'mcoa.bu.m == 1')
	m=$(count "$set_" -o mcoa.coainfo_type:200 -o mcoa.m_flag_mask:0x0800 -Y 'mcoa.bu.m == 1')
	[ "$m" -gt "$n" ] || bad "mcoa.m_flag_mask:0x0800 does not find the M flag ($n -> $m)"
	;;
expert)
	need_samples
	while read -r ei sample; do
		case $ei in ''|'#'*) continue ;; esac
		n=$(count2 "$samples/$sample" "${keyopt[@]}" -Y "$ei")
		[ "$n" -gt 0 ] || bad "$ei not raised on $sample"
		for c in "${captures[@]}"; do
			case $(basename "$c") in *fault*|"$sample") continue ;; esac
			n=$(count "$c" "${keyopt[@]}" -Y "$ei")
			[ "$n" -eq 0 ] || bad "$ei raised on good sample $(basename "$c") ($n frames)"
		done
	done < "$here/experts.txt"
	# The summary starts with the check ID in brackets.
	ts -r - -T fields -e _ws.expert.message -Y dremip.expert.drm_lt_reply \
		< "$samples/dremip-fault-lt-reply.pcap" 2>/dev/null |
		grep -q '^\[DRM-LT-REPLY\] reply grants 900 s, request asked 600 s' || bad "DRM-LT-REPLY summary text"
	;;
stats)
	need_samples
	for spec in "dremip dremip-local.pcap" "dremip dremip-adv.pcapng" "mcoa mcoa-multihome.pcapng" \
		    "mcoa mcoa-dereg-one.pcap"; do
		set -- $spec
		ts -r - -q -z "$1,tree" < "$samples/$2" > "$tmp/out" 2>&1
		golden "$tmp/out" "$expected/stats-$1-${2%%.*}.txt"
	done
	;;
coexist)
	need_samples
	# Plain RFC 3344 (dremip-rfc3344 without the advertisements of its
	# DREMIP foreign agent, which carry extension 81), and plain MIPv6 (the
	# home registration and return routability of mcoa-multihome, before
	# any CoAINFO).
	ts -r - -Y '!dremip' -w - < "$samples/dremip-rfc3344.pcap" > "$tmp/rfc3344.pcap" 2>/dev/null
	editcap -r "$samples/mcoa-multihome.pcapng" "$tmp/mipv6.pcapng" 1-3 5 > /dev/null
	chmod a+r "$tmp"/*
	[ "$(ts_without -r - < "$tmp/rfc3344.pcap" 2>/dev/null | grep -c MobileIP)" -ge 4 ] ||
		bad "the plain RFC 3344 capture has too few registrations"
	for c in "$tmp/rfc3344.pcap" "$tmp/mipv6.pcapng"; do
		for mode in "-V" "-T pdml" "-T fields -e frame.protocols -e _ws.col.Info -e _ws.col.Protocol"; do
			# (PDML's header carries the wall-clock time.)
			ts -r - $mode < "$c" 2>&1 | grep -v '^<pdml ' > "$tmp/with"
			ts_without -r - $mode < "$c" 2>&1 | grep -v '^<pdml ' > "$tmp/without"
			if ! cmp -s "$tmp/with" "$tmp/without"; then
				bad "$(basename "$c") $mode differs with the plugin"
				diff -u "$tmp/without" "$tmp/with" | head -20
			fi
		done
	done
	;;
fuzz)
	need_samples
	mergecap -a -w "$tmp/all.pcapng" "${captures[@]}" "${captures[@]}" "${captures[@]}" \
		"${captures[@]}" "${captures[@]}" "${captures[@]}" "${captures[@]}" "${captures[@]}"
	for seed in 1 2 3; do
		editcap --seed $seed -E 0.02 "$tmp/all.pcapng" "$tmp/fuzz$seed.pcapng" > /dev/null
		chmod a+r "$tmp/fuzz$seed.pcapng"
		timeout 600 "$wrap" -r - -V -o "dremip.keys:$keys" < "$tmp/fuzz$seed.pcapng" > "$tmp/out" 2> "$tmp/err"
		rc=$?
		[ $rc -eq 0 ] || bad "tshark exit $rc on fuzz seed $seed"
		frames=$(grep -c '^Frame [0-9]*:' "$tmp/out")
		[ "$frames" -ge 2000 ] || bad "only $frames frames dissected (seed $seed)"
		if grep -q 'Dissector bug' "$tmp/out" "$tmp/err"; then
			bad "dissector bug (seed $seed)"; grep -m3 'Dissector bug' "$tmp/out" "$tmp/err"
		fi
	done
	;;
*)
	echo "unknown test $test"; exit 2 ;;
esac
exit $fail
