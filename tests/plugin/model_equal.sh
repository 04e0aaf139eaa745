#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The plugin and the analyzer find the same things in one sample.
#
#   model_equal.sh <plugin-dir> <source-dir> <mipx> <sample-name>
#
# The set of (check ID, frame) pairs that tshark -2 with the plugin raises
# as expert infos (message, pair and state checks: every dremip.expert.*,
# mcoa.expert.* and mipx.expert.* field) must equal the set of (check,
# frame) pairs that `mipx --json` lists in its findings, with the same
# keys (samples/captures/keys.txt) and the settings of the sample's
# .expect `args` line turned into the plugin's preferences.
#
# One difference is by design (docs/plugin.md, "State findings"): for a
# message or pair check, mipx reports one finding per exchange, naming the
# frames of the first copy of a message (a relayed request, a reply seen
# at two vantage points); the plugin raises the check on every frame that
# carries the message, and a pair check on the response only.  So:
#   - state checks: the two sets are equal;
#   - message checks: every frame mipx names, the plugin raises it on;
#   - pair checks: every mipx finding has a frame the plugin raises it on;
#   - message and pair checks: a frame the plugin raises one on that mipx
#     does not name carries a copy of a message mipx names (the same
#     DREMIP type and identification).
set -u
export MIPX_PLUGIN_DIR=$1
src=$2
mipx=$3
name=$4
samples=${MIPX_SAMPLES_DIR:-$src/samples/captures}
wrap=$src/tests/plugin/tshark-plugin.sh
tmp=$(mktemp -d /tmp/mipx-model-equal.XXXXXX)
trap 'rm -rf "$tmp"' EXIT

capture=
for c in "$samples/$name.pcap" "$samples/$name.pcapng"; do
	[ -f "$c" ] && capture=$c
done
[ -n "$capture" ] || { echo "no capture $name in $samples"; exit 77; }

# The same keys and settings for both (tests/cli/golden.sh reads `args`).
keyfile=$samples/keys.txt
mipx_args=() ts_args=()
if [ -f "$keyfile" ]; then # public captures come without keys
	keys=$(grep -v '^#' "$keyfile" | grep . | paste -sd, -)
	mipx_args=(--keys "$keyfile")
	ts_args=(-o "dremip.keys:$keys")
fi
expect=$samples/$name.expect
# shellcheck disable=SC2207
args=($( [ -f "$expect" ] && sed -n 's/^args[[:space:]]\{1,\}//p' "$expect"))
i=0
while [ $i -lt ${#args[@]} ]; do
	opt=${args[$i]} val=${args[$((i + 1))]:-}
	case $opt in
	--keys) ;; # the same keyring for both, above
	--coainfo-type) mipx_args+=("$opt" "$val"); ts_args+=(-o "mcoa.coainfo_type:$val") ;;
	--m-flag-mask) mipx_args+=("$opt" "$val"); ts_args+=(-o "mcoa.m_flag_mask:$val") ;;
	--udp-port) mipx_args+=("$opt" "$val"); ts_args+=(-o "dremip.udp_port:$val") ;;
	--rbit) mipx_args+=("$opt" "$val"); ts_args+=(-o "dremip.rbit:$val") ;;
	--checksums) mipx_args+=("$opt" "$val"); ts_args+=(-o "mipx.checksums:$val") ;;
	*) echo "FAIL: $name.expect: no plugin preference for mipx option $opt"; exit 1 ;;
	esac
	i=$((i + 2))
done

# mipx: "CHECK FRAME" per frame of each finding (the JSON of analysis.md 3,
# one key a line; frames appear under "findings" and under "nodes", so only
# the lines of "findings" count).
"$mipx" --quiet --json "${mipx_args[@]}" "$capture" > "$tmp/mipx.json" 2> "$tmp/mipx.err"
rc=$?
if [ $rc -gt 1 ]; then
	echo "FAIL: mipx exit $rc"; cat "$tmp/mipx.err"; exit 1
fi
awk '
	/^  "findings" : / { on = 1; next }
	/^  "[a-z_]+" : / { on = 0 }
	on && /"check" : / { gsub(/[",]/, "", $3); check = $3 }
	on && /"frame" : / { gsub(/,/, "", $3); print check, $3 }
' "$tmp/mipx.json" | sort -u > "$tmp/mipx.pairs"
# Findings only counted (FINDINGS_KEPT) name no frame: nothing to compare.
if ! grep -q '^  "suppressed" : \[\]' "$tmp/mipx.json"; then
	echo "FAIL: mipx kept only some findings: the sets cannot be compared"; exit 1
fi

# tshark -2, once, PDML: every expert field of ours with its frame number.
# The expert name is the check ID lower-cased, '-' as '_' (plugin.md 4).
cp "$capture" "$tmp/capture" && chmod a+rx "$tmp" && chmod a+r "$tmp/capture"
"$wrap" -r "$tmp/capture" -2 "${ts_args[@]}" -T pdml > "$tmp/pdml" 2> "$tmp/tshark.err"
rc=$?
if [ $rc -ne 0 ] || grep -qi "dissector bug\|couldn't load plugin" "$tmp/tshark.err"; then
	echo "FAIL: tshark exit $rc"; cat "$tmp/tshark.err"; exit 1
fi
sed -n 's/.*<field name="num" pos="0" show="\([0-9]*\)".*/F \1/p
	s/.*<field name="\(dremip\|mcoa\|mipx\)\.expert\.\([a-z0-9_]*\)".*/E \2/p' "$tmp/pdml" |
	awk '$1 == "F" { frame = $2; next }
	     { id = toupper($2); gsub(/_/, "-", id); print id, frame }' |
	sort -u > "$tmp/plugin.pairs"

# Scopes from the check catalogue (tshark does not print them).
grep -o 'CHECK(MIPX_[A-Z0-9_]*, "[A-Z0-9-]*", "[a-z._0-9]*", MIPX_SEV_[A-Z]*, MIPX_SCOPE_[A-Z]*' \
	"$src/checks/src/catalog.c" | sed 's/.*, "\([A-Z0-9-]*\)", .*MIPX_SCOPE_\([A-Z]*\)$/\1 \2/' |
	sort -u > "$tmp/scopes"
grep -q ' STATE$' "$tmp/scopes" || { echo "FAIL: no state check found in checks/src/catalog.c"; exit 1; }
# The DREMIP messages of each frame: "FRAME TYPE:IDENT".
awk '
	/<field name="num" pos="0" show="/ { match($0, /show="[0-9]+"/); frame = substr($0, RSTART + 6, RLENGTH - 7) }
	/<field name="dremip.type" / { match($0, /show="[^"]*"/); type = substr($0, RSTART + 6, RLENGTH - 7) }
	/<field name="dremip.ident" / { match($0, /show="[^"]*"/); print frame, type ":" substr($0, RSTART + 6, RLENGTH - 7) }
' "$tmp/pdml" | sort -u > "$tmp/messages"
# mipx findings, one a line: "CHECK FRAME..."
awk '
	/^  "findings" : / { on = 1; next }
	/^  "[a-z_]+" : / { on = 0 }
	on && /"check" : / { gsub(/[",]/, "", $3); if (line != "") print line; line = $3 }
	on && /"frame" : / { gsub(/,/, "", $3); line = line " " $3 }
	END { if (line != "") print line }
' "$tmp/mipx.json" > "$tmp/mipx.findings"

awk -v out="$name" '
	FILENAME == ARGV[1] { scope[$1] = $2; next }
	FILENAME == ARGV[2] { msgs[$1] = msgs[$1] " " $2; next }
	FILENAME == ARGV[3] { plugin[$1 " " $2] = 1; next }
	FILENAME == ARGV[4] { mipx[$1 " " $2] = 1; next }
	{	# a mipx finding
		seen = 0
		for (i = 2; i <= NF; i++) {
			if (($1 " " $i) in plugin)
				seen = 1
			else if (scope[$1] != "PAIR") {
				print "FAIL: " out ": mipx names " $1 " on frame " $i ", the plugin does not"
				bad = 1
			}
			# the messages of frames named for this check
			n = split(msgs[$i], m, " ")
			for (k = 1; k <= n; k++)
				named[$1 " " m[k]] = 1
		}
		if (!seen) {
			print "FAIL: " out ": mipx finding " $0 ": the plugin raises it on none of these frames"
			bad = 1
		}
	}
	END {
		for (p in plugin) {
			if (p in mipx)
				continue
			split(p, cf, " ")
			copy = 0
			if (scope[cf[1]] != "STATE") {
				n = split(msgs[cf[2]], m, " ")
				for (k = 1; k <= n; k++)
					if ((cf[1] " " m[k]) in named)
						copy = 1
			}
			if (!copy) {
				print "FAIL: " out ": the plugin raises " cf[1] " on frame " cf[2] ", mipx does not"
				bad = 1
			}
		}
		exit bad
	}
' "$tmp/scopes" "$tmp/messages" "$tmp/plugin.pairs" "$tmp/mipx.pairs" "$tmp/mipx.findings"
fail=$?

[ $fail = 0 ] && echo "$name: $(wc -l < "$tmp/plugin.pairs") (check, frame) pairs, as mipx"
exit $fail
