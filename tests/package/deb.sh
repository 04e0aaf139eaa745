#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# The Debian package as cpack builds it from a configured, built tree.
#
#   deb.sh <cpack> <build-dir> <source-dir> <version> <system-plugin-dir>
#
# Builds mipx_<version>_<arch>.deb in a temporary folder (nothing is written
# to the build directory, nothing is installed on the machine), then checks
# that it lists mipx, mipx-samples, the man page and mipx.so in the system
# plugin folder, that it depends on the libwireshark it was linked against,
# and that tshark loads the plugin from the unpacked tree and decodes a sample.
set -u
cpack=$1
build=$2
src=$3
version=$4
plugindir=$5
wrap=$src/tests/plugin/tshark-plugin.sh
capture=$src/samples/captures/dremip-local.pcap
fail=0
bad() { echo "FAIL: $*"; fail=1; }

[ -r "$capture" ] || { echo "no $capture"; exit 77; }
tmp=$(mktemp -d /tmp/mipx-package-test.XXXXXX)
trap 'rm -rf "$tmp"' EXIT INT TERM

if ! (cd "$tmp" && "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$tmp/out") \
	>"$tmp/cpack.log" 2>&1; then
	cat "$tmp/cpack.log"
	echo "FAIL: cpack -G DEB"
	exit 1
fi
debs=("$tmp"/out/mipx_"$version"_*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
	ls -l "$tmp/out"
	echo "FAIL: no single mipx_${version}_<arch>.deb"
	exit 1
fi
deb=${debs[0]}

dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$tmp/contents"
for f in /usr/bin/mipx /usr/bin/mipx-samples "$plugindir/mipx.so"; do
	grep -qx "$f" "$tmp/contents" || bad "$f not in the package"
done
grep -Eqx '/usr/share/man/man1/mipx\.1(\.gz)?' "$tmp/contents" || bad "mipx.1 not in the package"

depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
# The package that ships the libwireshark.so.N the plugin links.
lib=$(ldd "$build/plugin/plugins/"*/epan/mipx.so | awk '/libwireshark\.so/ {print $3}')
if [ -n "$lib" ] && owner=$(dpkg -S "$(readlink -f "$lib")" 2>/dev/null); then
	owner=${owner%%:*}
	echo "$depends" | tr ',' '\n' | awk '{print $1}' | grep -qx "$owner" \
		|| bad "Depends lacks $owner (owner of $lib)"
else
	[[ $depends == *libwireshark* ]] || bad "Depends names no libwireshark"
fi

root=$tmp/root
dpkg-deb -x "$deb" "$root" || bad "dpkg-deb -x"
tree=$root$(dirname "$(dirname "$plugindir")")   # .../plugins, holding <maj.min>/epan
export MIPX_PLUGIN_DIR=$tree
plugins=$("$wrap" -G plugins 2>/dev/null | grep -w mipx)
echo "$plugins"
[[ $plugins == *mipx.so* ]] || bad "tshark does not load the packaged mipx.so"
types=$("$wrap" -r - -T fields -e dremip.type <"$capture" 2>/dev/null | grep -c .)
[ "$types" -gt 0 ] || bad "the packaged plugin decodes no dremip.type in dremip-local.pcap"
echo "dremip.type in $types frames"
exit $fail
