#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Options that change what mipx reports: options.sh MIPX SOURCE_DIR
set -u
mipx=$1
cd "$2" || exit 1
caps=samples/captures
keys="--keys $caps/keys.txt"
fail=0
check() { # check DESCRIPTION COMMAND...: the command must succeed
	what=$1
	shift
	if "$@"; then echo "ok   $what"; else echo "FAIL $what"; fail=1; fi
}
json() { "$mipx" --quiet --json "$@" 2>/dev/null; }

# --at +SECONDS: the state 0.1 s after the first frame holds no registration yet
check "--at +0.1 reports that time" sh -c "'$mipx' --quiet --at +0.1 $caps/dremip-home.pcapng | grep -q 'state at 2023-11-14 22:13:20.100 UTC'"
out=$(json --at +0.1 $caps/dremip-home.pcapng)
check "--at +0.1: nothing registered yet" test "$(echo "$out" | grep -c '"role"')" = 0
check "--at epoch: the chain is there" sh -c "'$mipx' --quiet --json --at 1700000001 $caps/dremip-home.pcapng | grep -q '\"role\" : \"home\"'"

# --disable and --fail-on
"$mipx" --quiet $keys $caps/dremip-fault-lt-order.pcap >/dev/null 2>&1
check "an error finding exits 1" test $? = 1
"$mipx" --quiet $keys --disable drm-lt-order $caps/dremip-fault-lt-order.pcap >/dev/null 2>&1
check "--disable (any case) turns it off: exit 0" test $? = 0
out=$(json $keys --disable DRM-LT-ORDER $caps/dremip-fault-lt-order.pcap)
check "--disable: not reported" test "$(echo "$out" | grep -c DRM-LT-ORDER)" = 0
"$mipx" --quiet $keys --fail-on warning $caps/dremip-fault-no-reply.pcap >/dev/null 2>&1
check "--fail-on warning exits 1 on warnings" test $? = 1
"$mipx" --quiet $keys $caps/dremip-fault-no-reply.pcap >/dev/null 2>&1
check "warnings alone exit 0" test $? = 0
"$mipx" --quiet $keys --fail-on info $caps/dremip-vantage-fa.pcap >/dev/null 2>&1
check "--fail-on info exits 1 on an info finding" test $? = 1

# two vantage points: one exchange per message, frames from both files
both=$(json $keys $caps/dremip-vantage-fa.pcap $caps/dremip-vantage-core.pcapng)
one=$(json $keys $caps/dremip-vantage-fa.pcap)
check "two vantage points: as many registrations as one" test \
	"$(echo "$both" | grep -c '"role"')" = "$(echo "$one" | grep -c '"role"')"
check "two vantage points: frames of both files named" test \
	"$(echo "$both" | grep -c "\"file\" : \"$caps/dremip-vantage-core.pcapng\"")" -gt 1
check "two vantage points: no finding about duplicates" test \
	"$(echo "$both" | grep -c '"check"')" = "$(echo "$one" | grep -c '"check"')"

# --dot
check "--dot writes a digraph with a dashed tunnel" sh -c \
	"'$mipx' --quiet --dot $caps/dremip-three-level.pcapng | grep -q 'style=dashed'"
dot=$("$mipx" --quiet --dot $caps/dremip-three-level.pcapng 2>/dev/null)
# 4 care-of agents, 3 registration servers and the mobile node, each once;
# 3 registrations and 3 tunnels, 3 registrar edges, the node at its agent
declared() { printf "%s\n" "$dot" | grep -c "^    \"10.1.0.55/$1\" \[label=\"$1\\\\n$2\""; }
check "--dot: each agent of a node declared once, with its role" test \
	"$(declared 10.2.1.1 'foreign agent')$(declared 10.2.3.1 'care-of agent')$(declared 10.3.3.1 'care-of agent')$(declared 10.1.0.1 'home agent')$(declared 10.2.0.10 'registration server')$(declared 10.3.0.10 'registration server')$(declared 10.1.0.10 'registration server')" = 1111111
check "--dot: the mobile node drawn once" test \
	"$(printf "%s\n" "$dot" | grep -c '^    "10.1.0.55" \[label="10.1.0.55\\nmobile node"')" = 1
check "--dot: 6 records, 3 registrars, 1 attachment" test \
	"$(printf "%s\n" "$dot" | grep -c '^    "10\.1\.0\.55[^ ]*" -> ')" = 10
check "--dot --node: only that node" test \
	"$("$mipx" --quiet --dot --node 10.1.0.77 $caps/dremip-rfc3344.pcap | grep -c 'subgraph "cluster_')" = 1
check "--dot --node: an IPv6 node by any spelling" sh -c \
	"'$mipx' --quiet --dot --node 2001:DB8:1:0::55 $caps/mcoa-multihome.pcapng | grep -q 'cluster_2001:db8:1::55'"

# --html: one self-contained file besides the report on stdout; --node keeps one node
html=$(mktemp)
"$mipx" --quiet --html "$html" $caps/dremip-rfc3344.pcap >/dev/null 2>&1
check "--html: both nodes embedded" test "$(grep -o '{"h":"10\.1\.0\.[0-9]*"' "$html" | sort -u | wc -l)" = 2
check "--html: no external resource" test "$(grep -c -E '<script[^>]* src=|<link ' "$html")" = 0
"$mipx" --quiet --html "$html" --node 10.1.0.77 $caps/dremip-rfc3344.pcap >/dev/null 2>&1
check "--html --node: that node alone" test "$(grep -o '{"h":"[^"]*"' "$html")" = '{"h":"10.1.0.77"'
rm -f "$html"

# --rbit: flag 0x02 read as R once DREMIP shows (auto), or as told
check "--rbit default auto: R after the advertisement with 81" sh -c \
	"'$mipx' --quiet $caps/dremip-local.pcap | grep -q 'flag 0x02 read as R (--rbit=auto): agent advertisement'"
check "--rbit=t: T" sh -c "'$mipx' --quiet --rbit=t $caps/dremip-local.pcap | grep -q 'read as T (--rbit=t)'"
check "--rbit-as-t: the old name of --rbit=t" sh -c \
	"'$mipx' --quiet --rbit-as-t $caps/dremip-local.pcap | grep -q 'read as T (--rbit=t)'"
out=$(json --rbit R $caps/mcoa-bid.pcap)
check "--rbit R (any case) in JSON" sh -c "echo '$out' | grep -q '\"reading\" : \"R\"'"
"$mipx" --quiet --rbit=x $caps/dremip-local.pcap >/dev/null 2>&1
check "--rbit=x is a usage error (exit 2)" test $? = 2
"$mipx" --quiet --rbit=r --rbit-as-t $caps/dremip-local.pcap >/dev/null 2>&1
check "--rbit=r with --rbit-as-t is a usage error" test $? = 2
check "--help names --rbit, not the hidden alias" sh -c \
	"'$mipx' --help | grep -q -- '--rbit=auto|r|t' && ! '$mipx' --help | grep -q -- '--rbit-as-t'"

# --topology: roles from the file
topo=$(mktemp)
cat >"$topo" <<'TOPO'
domain home
  server 10.1.0.10
  home-agent 10.1.0.1
  home-prefix 10.1.0.0/24
domain visited
  server 10.2.0.10
  network 10.2.0.0/16
domain transit
  server 10.3.0.10
  network 10.3.0.0/16
TOPO
roles=$(json $keys --topology "$topo" $caps/dremip-three-level.pcapng | grep '"role"' | tr -d ' ,"' | tr '\n' ' ')
rm -f "$topo"
check "--topology: local transit home ($roles)" test "$roles" = "role:local role:transit role:home "
# nodes with nothing left and no finding are dropped, only counted
out=$(json $caps/dremip-home.pcapng)
check "a live node is listed and counted" sh -c "echo '$out' | grep -q '\"nodes_seen\" : 1' && echo '$out' | grep -q '\"home_address\"'"
out=$(json --at +100000 $caps/dremip-home.pcapng)
check "--at after every expiry: the node is counted, not listed" sh -c "echo '$out' | grep -q '\"nodes_seen\" : 1' && ! echo '$out' | grep -q '\"home_address\"'"
check "summary line: 0 nodes listed, 1 seen" sh -c "'$mipx' --at +100000 $caps/dremip-home.pcapng 2>&1 >/dev/null | grep -q '0 nodes (1 seen)'"

exit $fail
