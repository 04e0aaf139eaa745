#!/bin/bash
# SPDX-License-Identifier: GPL-2.0-or-later
# Screenshots of the plugin in Wireshark's GUI for docs/plugin.md, made on
# demand (not in CI) from shipped samples, with the plugin of a build tree:
#
#   tools/screenshots.sh [build-dir]      (default: build)
#
# writes docs/images/plugin-dremip.png (dremip-three-level, frame 15: a
# Registration Request relayed to the home server, DREMIP subtree expanded,
# the sample keys in the key table) and docs/images/plugin-mcoa.png
# (mcoa-multihome, frame 12: a BA of status 1 for IFID 2, the Mobility
# Header with CoAINFO and the MCoA subtree expanded).
#
# Needs Debian's wireshark-qt, xvfb, xdotool and imagemagick:
#   apt-get install --no-install-recommends wireshark-qt xvfb xdotool imagemagick
# Wireshark runs on a private Xvfb display with a fresh profile (packet list
# and details, no bytes pane) in a temporary HOME.  Wireshark loads no
# plugin from WIRESHARK_PLUGIN_DIR when its real user is root, so as root it
# runs as nobody (setpriv), as tests/plugin/tshark-plugin.sh does.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$src/build}
plugins=$build/plugin/plugins
out=$src/docs/images
width=1100 height=1000

missing=()
for tool in wireshark Xvfb xdotool import convert setpriv; do
	command -v "$tool" > /dev/null || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "screenshots.sh: missing ${missing[*]}: apt-get install --no-install-recommends" \
		"wireshark-qt xvfb xdotool imagemagick" >&2
	exit 2
fi
if ! compgen -G "$plugins/*/epan/mipx.so" > /dev/null; then
	echo "screenshots.sh: no $plugins/<ver>/epan/mipx.so: cmake --build $build --target mipx_plugin" >&2
	exit 2
fi

work=$(mktemp -d /tmp/mipx-shots.XXXXXX)
xvfb_pid=""
cleanup() {
	[ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2> /dev/null
	rm -rf "$work"
}
trap cleanup EXIT INT TERM
mkdir -p "$work/plugins" "$work/home/.config/wireshark" "$work/cap"
cp -R "$plugins/." "$work/plugins/"
profile=$work/home/.config/wireshark
cat > "$profile/preferences" <<'EOF'
gui.layout_type: 2
gui.layout_content_1: PLIST
gui.layout_content_2: PDETAILS
gui.layout_content_3: NONE
gui.update.enabled: FALSE
gui.qt.font_name: DejaVu Sans Mono,9,-1,5,50,0,0,0,0,0
EOF
cat > "$profile/recent_common" <<EOF
gui.geometry_main_x: 0
gui.geometry_main_y: 0
gui.geometry_main_width: $width
gui.geometry_main_height: $height
gui.geometry_main_maximized: FALSE
privs.warn_if_elevated: FALSE
EOF
cat > "$profile/recent" <<EOF
gui.geometry_main_upper_pane: 150
gui.toolbar_main_show: FALSE
gui.statusbar_show: TRUE
EOF
# The sample keys as the key table (UAT dremip_keys), so that the
# authenticators show "(verified)".
grep -v '^#' "$src/samples/captures/keys.txt" | grep . |
	awk -F: '{ printf "\"%s\",\"HMAC-MD5\",\"%s\"\n", $1, $2 }' > "$profile/dremip_keys"
chmod -R a+rwX "$work"

# A free display number.
disp=99
while [ -e "/tmp/.X11-unix/X$disp" ] || [ -e "/tmp/.X$disp-lock" ]; do disp=$((disp + 1)); done
# -ac: the unprivileged Wireshark may connect; -nolisten tcp: only locally.
Xvfb ":$disp" -screen 0 "${width}x${height}x24" -nolisten tcp -ac > "$work/xvfb.log" 2>&1 &
xvfb_pid=$!
export DISPLAY=":$disp"
for _ in $(seq 50); do xdotool getdisplaygeometry > /dev/null 2>&1 && break; sleep 0.2; done

as_user() {
	local env=(env HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" WIRESHARK_PLUGIN_DIR="$work/plugins"
		   DISPLAY="$DISPLAY" QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR="$work/home")
	if [ "$(id -u)" = 0 ]; then
		setpriv --reuid=65534 --regid=65534 --clear-groups "${env[@]}" "$@"
	else
		"${env[@]}" "$@"
	fi
}

# shot <sample> <frame> <png> <keys...>: open the sample at the frame,
# focus the packet details, type the keys there (xdotool key names) and
# grab the screen, which the window fills.
shot() {
	local sample=$1 frame=$2 png=$3 cap win pid k
	shift 3
	cap=$work/cap/$(basename "$sample")
	cp "$sample" "$cap" && chmod a+r "$cap"
	as_user wireshark -r "$cap" -g "$frame" > "$work/wireshark.log" 2>&1 &
	pid=$!
	win=""
	for _ in $(seq 120); do
		win=$(xdotool search --onlyvisible --name "$(basename "$sample")" 2> /dev/null | head -1) || true
		[ -n "$win" ] && break
		sleep 0.5
	done
	if [ -z "$win" ]; then
		echo "screenshots.sh: no Wireshark window for $sample" >&2
		cat "$work/wireshark.log" >&2
		kill "$pid" 2> /dev/null
		return 1
	fi
	# Time to read the file twice (the GUI's redissection shows the
	# request/response links), then focus the details pane.
	sleep 4
	xdotool mousemove --sync 300 $((height - 120)) click 1
	sleep 0.5
	for k in "$@"; do
		xdotool key "$k"
		sleep 0.3
	done
	sleep 1.5
	import -window root "$work/raw.png"
	# A palette keeps the PNG small (docs want < 200 KiB).
	convert "$work/raw.png" -colors 64 "PNG8:$png"
	kill "$pid" 2> /dev/null
	wait "$pid" 2> /dev/null || true
	echo "$png: $(stat -c %s "$png") bytes"
}

mkdir -p "$out"
# The last top-level item is the plugin's protocol: End selects it,
# shift+Right expands it with all its subtrees.
shot "$src/samples/captures/dremip-three-level.pcapng" 15 "$out/plugin-dremip.png" End shift+Right
# MCoA: open IPv6 one level (the item above MCoA), then the Mobility
# Header in it (now the item just above MCoA) with the CoAINFO option, then
# MCoA (End: the last visible item, still closed); End again scrolls to
# its last line.
shot "$src/samples/captures/mcoa-multihome.pcapng" 12 "$out/plugin-mcoa.png" \
	End Up Right End Up shift+Right End shift+Right End
