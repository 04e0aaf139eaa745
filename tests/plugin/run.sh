#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The plugin's tests: tshark with the freshly built plugin over the samples.
#
#   run.sh <test> <plugin-dir> <source-dir> [<sample>]
#
# test: load | golden <sample> | prefs | keys | expert | stats | coexist | fuzz
# Every tshark start costs about half a CPU second, so each test starts it
# as few times as it can: golden once per mode for its one sample, expert
# not at all (it reads the expected files that golden keeps exact).
# MIPX_SAMPLES_DIR overrides <source-dir>/samples/captures.
# UPDATE=1 rewrites the expected files (golden, stats) instead of comparing:
# review the diff before committing it.
set -u
test=$1
export MIPX_PLUGIN_DIR=$2
src=$3
sample=${4:-}
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
# The same keys as rows of the key table (UAT dremip_keys): SPI, algorithm, key.
uatopt=()
for k in ${keys//,/ }; do uatopt+=(-o "uat:dremip_keys:\"${k%%:*}\",\"HMAC-MD5\",\"${k#*:}\""); done
# over <capture> <tshark args...>: tshark with the plugin reads the capture
# through stdin.
over() { local f=$1; shift; ts -r - "$@" < "$f"; }
# over2: the same in two passes (a file, not stdin), as Wireshark's GUI reads:
# some verdicts need a later frame (MCOA-M-NO-COAINFO on a BU whose 0x0400
# only its BA tells from NEMO's R, RFC 3963 6.1).
over2() {
	local f=$1; shift
	cp "$f" "$tmp/two-pass" && chmod a+rx "$tmp" && chmod a+r "$tmp/two-pass"
	ts -r "$tmp/two-pass" -2 "$@"
}
# Of `-T fields -E occurrence=a` output: how many lines (frames) have, in
# column <col>, a value (any, or <value> among the occurrences): what a
# display filter `field` (or `field == value`) would count.
frames_with() {
	awk -F'\t' -v col="$1" -v want="${2-}" '
		$col != "" {
			if (want == "") { n++; next }
			k = split($col, v, ",")
			for (i = 1; i <= k; i++) if (v[i] == want) { n++; next }
		}
		END { print n + 0 }'
}
# The expert infos of the check catalogue, from experts.txt.
experts() { awk '$1 != "" && $1 !~ /^#/ { print $1 }' "$here/experts.txt"; }

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

# fields_and_experts <capture> <name> <tshark args...>: one two-pass run
# gives $tmp/<name>.fields (FIELDS) and $tmp/<name>.experts
# (frame<TAB>expert info, for each expert info of experts.txt raised).
fields_and_experts() {
	local c=$1 name=$2 ei args=() f
	shift 2
	mapfile -t ei < <(experts)
	for f in "${FIELDS[@]}" "${ei[@]}"; do args+=(-e "$f"); done
	over2 "$c" "$@" -T fields -E header=y -E occurrence=a "${args[@]}" > "$tmp/all" 2>&1
	cut -f1-${#FIELDS[@]} "$tmp/all" > "$tmp/$name.fields"
	awk -F'\t' -v first=$((${#FIELDS[@]} + 1)) '
		$1 == "frame.number" { for (i = first; i <= NF; i++) name[i] = $i; next }
		{ for (i = first; i <= NF; i++) if ($i != "") print $1 "\t" name[i] }' \
		"$tmp/all" > "$tmp/$name.experts"
}

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
	# Message types and codes carry the codec's names (tshark -G values),
	# and a display filter may use a name for its number.
	ts -G values > "$tmp/values" 2>/dev/null
	for v in "dremip.type\t32\tRoute Request" "dremip.type\t3\tRegistration Reply" \
		"dremip.code\t0\tregistration accepted" "dremip.code\t0\troute added" \
		"dremip.code\t65\tdenied by FA: administratively prohibited"; do
		grep -qP "^V\t$v\$" "$tmp/values" || bad "tshark -G values lacks $v"
	done
	if [ ${#captures[@]} -gt 0 ]; then
		c=$samples/dremip-home.pcapng
		by_name=$(over "$c" -Y 'dremip.type == "Route Request"' 2>&1 | wc -l)
		by_number=$(over "$c" -Y 'dremip.type == 32' 2>&1 | wc -l)
		[ "$by_number" -gt 0 ] && [ "$by_name" = "$by_number" ] ||
			bad "filter by type name matched $by_name frames, by number $by_number"
	fi
	;;
golden)
	need_samples
	c=""
	for f in "$samples/$sample".pcap "$samples/$sample".pcapng; do [ -f "$f" ] && c=$f; done
	[ -n "$c" ] || { echo "no capture $sample in $samples"; exit 2; }
	# One two-pass run (requests show their response) gives the fields and,
	# in columns after them, the expert infos: an expert info's field reads
	# 1 in every frame that raises it.
	fields_and_experts "$c" "$sample" "${keyopt[@]}"
	golden "$tmp/$sample.fields" "$expected/$sample.fields"
	golden "$tmp/$sample.experts" "$expected/$sample.experts"
	# One pass, as tshark reads by default.
	over "$c" "${keyopt[@]}" -V -O dremip,mcoa > "$tmp/$sample.verbose" 2>&1
	golden "$tmp/$sample.verbose" "$expected/$sample.verbose"
	;;
prefs)
	need_samples
	# One tshark run per set of preferences, each checked for all it shows.
	local_=$samples/dremip-local.pcap
	fields=(-T fields -E occurrence=a)
	# The label of the R/T flag, from PDML: the -V text of the field.
	label_r() { grep -o 'name="dremip.flags.r" showname="[^"]*"' "$1"; }
	over "$local_" -T pdml > "$tmp/default.pdml" 2>/dev/null
	grep -q '<field name="dremip.type"' "$tmp/default.pdml" || bad "no DREMIP message in dremip-local"
	label_r "$tmp/default.pdml" | grep -q 'DREMIP (R): Set' || bad "R flag label"
	grep -q '<field name="dremip.auth.valid"' "$tmp/default.pdml" && bad "dremip.auth.valid without keys"
	over "$local_" -o dremip.udp_port:4340 "${fields[@]}" -e dremip.type -e mip > "$tmp/out" 2>/dev/null
	n=$(frames_with 1 < "$tmp/out")
	[ "$n" -eq 0 ] || bad "dremip.udp_port:4340 still decodes port 434 as DREMIP ($n)"
	[ "$(frames_with 2 < "$tmp/out")" -gt 0 ] || bad "port 434 not given back to the built-in mip dissector"
	for spec in "rbit_as_t:TRUE Reverse tunnelling (T): Set" "rbit:t Reverse tunnelling (T): Set" \
		    "rbit:r DREMIP (R): Set"; do
		over "$local_" -T pdml -o "dremip.${spec%% *}" > "$tmp/out" 2>/dev/null
		label_r "$tmp/out" | grep -qF "${spec#* }" || bad "dremip.${spec%% *} label is not ${spec#* }"
	done
	over "$local_" "${keyopt[@]}" "${fields[@]}" -e dremip.auth.valid > "$tmp/out" 2>/dev/null
	[ "$(frames_with 1 1 < "$tmp/out")" -gt 0 ] || bad "dremip.keys: no authenticator verifies"
	n=$(frames_with 1 0 < "$tmp/out")
	[ "$n" -eq 0 ] || bad "dremip.keys: $n frames do not verify"
	over "$local_" -o 'dremip.keys:0x100:00000000000000000000000000000000' "${fields[@]}" \
		-e dremip.auth.valid > "$tmp/out" 2>/dev/null
	[ "$(frames_with 1 0 < "$tmp/out")" -gt 0 ] || bad "a wrong key verifies"
	# auto: the T-bit requests of plain RFC 3024 traffic stay with the built-in mip
	n=$(over "$samples/std-rfc3024.pcap" "${fields[@]}" -e dremip 2>/dev/null | frames_with 1)
	[ "$n" -eq 0 ] || bad "dremip.rbit auto takes $n frames of std-rfc3024"
	n=$(over "$samples/std-rfc3024.pcap" -o dremip.rbit:r "${fields[@]}" -e dremip.flags.r 2>/dev/null |
		frames_with 1)
	[ "$n" -gt 0 ] || bad "dremip.rbit:r does not take the R-bit requests of std-rfc3024"
	set_=$samples/mcoa-settings.pcap
	n=$(over "$set_" "${fields[@]}" -e mcoa.coainfo.ifid 2>/dev/null | frames_with 1)
	[ "$n" -eq 0 ] || bad "CoAINFO found at the default type in mcoa-settings"
	over "$set_" -o mcoa.coainfo_type:200 "${fields[@]}" -e mcoa.coainfo.ifid -e mcoa.bu.m \
		> "$tmp/out" 2>/dev/null
	[ "$(frames_with 1 < "$tmp/out")" -gt 0 ] || bad "mcoa.coainfo_type:200 finds no CoAINFO"
	n=$(frames_with 2 1 < "$tmp/out")
	m=$(over "$set_" -o mcoa.coainfo_type:200 -o mcoa.m_flag_mask:0x0800 "${fields[@]}" -e mcoa.bu.m \
		2>/dev/null | frames_with 1 1)
	[ "$m" -gt "$n" ] || bad "mcoa.m_flag_mask:0x0800 does not find the M flag ($n -> $m)"
	;;
keys)
	need_samples
	# The key table gives the verdicts the text preference gives (the
	# golden files are made with dremip.keys), on every sample with
	# authentication extensions, in two passes (the model's run too).
	[ ${#uatopt[@]} -gt 0 ] || bad "no keys in $samples/keys.txt"
	for c in "$samples"/*auth*.pcap* "$samples/dremip-local.pcap"; do
		n=${c##*/} n=${n%%.*}
		fields_and_experts "$c" "$n" "${uatopt[@]}"
		golden_only() { diff -u "$2" "$1" > "$tmp/diff" || { bad "$3"; head -20 "$tmp/diff"; }; }
		golden_only "$tmp/$n.fields" "$expected/$n.fields" "$n: the key table verifies otherwise than dremip.keys"
		golden_only "$tmp/$n.experts" "$expected/$n.experts" "$n: the key table raises otherwise than dremip.keys"
	done
	local_=$samples/dremip-local.pcap
	fields=(-T fields -E occurrence=a -e frame.number -e dremip.auth.spi -e dremip.auth.valid)
	# The table wins on an SPI in both: a wrong key for 0x100 in the table
	# beats the right one in the text (every frame with SPI 0x100, and only
	# those, has an authenticator that does not verify); the text's other
	# keys still count.
	zero=00000000000000000000000000000000
	over "$local_" "${keyopt[@]}" -o "uat:dremip_keys:\"100\",\"HMAC-MD5\",\"$zero\"" "${fields[@]}" \
		> "$tmp/both" 2>&1
	n100=$(frames_with 2 0x00000100 < "$tmp/both")
	[ "$n100" -gt 0 ] && [ "$(frames_with 3 0 < "$tmp/both")" = "$n100" ] ||
		bad "the table's key for SPI 0x100 does not win over the text's"
	[ "$(frames_with 3 1 < "$tmp/both")" -gt 0 ] || bad "the text keys not in the table are not used"
	# A table with one SPI (0x100, 0x optional): the frames with that SPI
	# verify, and no other is checked.
	key100=$(grep -o '0x100:[0-9a-f]*' "$samples/keys.txt")
	over "$local_" -o "uat:dremip_keys:\"0x100\",\"HMAC-MD5\",\"${key100#*:}\"" "${fields[@]}" \
		> "$tmp/one" 2>&1
	[ "$(frames_with 3 < "$tmp/one")" = "$n100" ] && [ "$(frames_with 3 1 < "$tmp/one")" = "$n100" ] &&
		[ "$(frames_with 3 0 < "$tmp/one")" = 0 ] || bad "a one-row table does not verify exactly SPI 0x100"
	# A bad row: tshark stops with an error that names the bad cell.
	for row in '"zz","HMAC-MD5","00" SPI "zz"' '"100","HMAC-MD5","0g" Key "0g"' \
		   '"100","HMAC-SHA1","00" invalid value: HMAC-SHA1' '"100","HMAC-MD5","" Key ""'; do
		spec=${row%% *} want=${row#* }
		if over "$local_" -o "uat:dremip_keys:$spec" -c 1 > "$tmp/out" 2>&1; then
			bad "bad row $spec accepted"
		fi
		grep -qF "dremip_keys:" "$tmp/out" && grep -qF "$want" "$tmp/out" ||
			{ bad "bad row $spec: no error naming $want"; cat "$tmp/out"; }
	done
	;;
expert)
	need_samples
	# Over the expected files, which the golden tests keep equal to what
	# tshark shows: <sample>.experts (two passes, as the GUI) and the expert
	# lines of <sample>.verbose (one pass, as tshark by default), in one awk
	# over all of them.
	files=() good=()
	for c in "${captures[@]}"; do
		n=${c##*/} n=${n%%.*}
		for ext in experts verbose; do
			if [ -f "$expected/$n.$ext" ]; then
				files+=("$expected/$n.$ext")
			else
				bad "missing expected file $n.$ext (run plugin_golden_$n with UPDATE=1)"
			fi
		done
		case $n in *fault*) ;; *) good+=("$n") ;; esac
	done
	awk -v good="${good[*]}" '
		function sample_of(path) { sub(/.*\//, "", path); sub(/\.[^.]*$/, "", path); return path }
		FNR == 1 { file++; s = sample_of(FILENAME); frame = "" }
		file == 1 {                     # experts.txt: expert info, its sample
			if ($1 == "" || $1 ~ /^#/) next
			ei = $1; order[++n] = ei; home[ei] = sample_of($2)
			# Its summary starts with the check ID in brackets:
			# dremip.expert.drm_lt_reply is [DRM-LT-REPLY].
			id = ei; sub(/.*\./, "", id); id = toupper(id); gsub(/_/, "-", id)
			ei_of["[" id "]"] = ei
			next
		}
		FILENAME ~ /\.experts$/ { two[s, $2]++; next }
		/^Frame [0-9]+:/ { frame = $2; next }
		/\[Expert Info \(/ && match($0, /\): \[[A-Z0-9-]+\]/) {
			id = substr($0, RSTART + 3, RLENGTH - 3)
			if ((id in ei_of) && !seen[s, frame, id]++) one[s, ei_of[id]]++
		}
		END {
			k = split(good, g, " ")
			for (i = 1; i <= n; i++) {
				ei = order[i]
				if (!((home[ei], ei) in two)) { print "FAIL: " ei " not raised on " home[ei]; fail = 1 }
				for (j = 1; j <= k; j++) {
					if (g[j] == home[ei]) continue
					if ((g[j], ei) in two) {
						print "FAIL: " ei " raised on good sample " g[j] " (" two[g[j], ei] " frames, two passes)"
						fail = 1
					}
					if ((g[j], ei) in one) {
						print "FAIL: " ei " raised on good sample " g[j] " (" one[g[j], ei] " frames, one pass)"
						fail = 1
					}
				}
			}
			exit fail
		}' "$here/experts.txt" "${files[@]}" || fail=1
	# The summary starts with the check ID in brackets.
	grep -qF '[Expert Info (Error/Protocol): [DRM-LT-REPLY] reply grants 900 s, request asked 600 s' \
		"$expected/dremip-fault-lt-reply.verbose" || bad "DRM-LT-REPLY summary text"
	;;
stats)
	need_samples
	for spec in "dremip dremip-local.pcap" "dremip dremip-adv.pcapng" "mcoa mcoa-multihome.pcapng" \
		    "mcoa mcoa-dereg-one.pcap"; do
		set -- $spec
		over "$samples/$2" -q -z "$1,tree" > "$tmp/out" 2>&1
		golden "$tmp/out" "$expected/stats-$1-${2%%.*}.txt"
		# The window title (after the last '/') names the protocol.
		grep -qE '^(DREMIP|MCoA)/(DREMIP|MCoA) [^/]*:$' "$tmp/out" || bad "$1,tree: title without the protocol"
		# Items sorted: the numbers that lead their names (type, code,
		# IFID, IFPRI, status) ascend under each node.
		awk '/^[A-Za-z]/ { last = -1; next }
		     match($0, /^ +([0-9]+|IFID +[0-9]+|IFPRI +[0-9]+|[A-Za-z ]+ code +[0-9]+)/) {
			item = substr($0, RSTART, RLENGTH); sub(/.* /, "", item); v = item + 0
			if (v < last) { print "FAIL: " FILENAME ": not in order: " $0; bad = 1 }
			last = v
		     }
		     END { exit bad }' "$tmp/out" || fail=1
	done
	;;
coexist)
	need_samples
	# Plain RFC 3344 (dremip-rfc3344 without the advertisements of its
	# DREMIP foreign agent, which carry extension 81), and plain MIPv6 (the
	# home registration and return routability of mcoa-multihome, before
	# any CoAINFO).
	over "$samples/dremip-rfc3344.pcap" -Y '!dremip' -w - > "$tmp/rfc3344.pcap" 2>/dev/null
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
