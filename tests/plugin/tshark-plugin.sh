#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# Run tshark with the freshly built mipx plugin (plugin.md 6).
#
#   MIPX_PLUGIN_DIR=<build>/plugin/plugins tshark-plugin.sh [tshark args...]
#
# Wireshark ignores WIRESHARK_PLUGIN_DIR and personal plugins when its real
# user is root, so as root tshark runs as nobody (setpriv) with a private,
# world-readable copy of the plugin tree.  Captures are read through stdin
# (-r -) by the caller when they are not world-readable.  MIPX_PLUGIN_DIR
# empty or unset runs tshark with an empty plugin directory: Wireshark
# without the plugin, for the coexistence tests.  HOME is a fresh empty
# directory so no personal preferences change the output.
set -eu
work=$(mktemp -d /tmp/mipx-tshark.XXXXXX)
trap 'rm -rf "$work"' EXIT INT TERM
mkdir -p "$work/plugins" "$work/home"
if [ -n "${MIPX_PLUGIN_DIR:-}" ]; then
	cp -R "$MIPX_PLUGIN_DIR/." "$work/plugins/"
fi
chmod -R a+rX "$work"
chmod a+rwx "$work/home"
if [ "$(id -u)" = 0 ]; then
	setpriv --reuid=65534 --regid=65534 --clear-groups \
		env WIRESHARK_PLUGIN_DIR="$work/plugins" HOME="$work/home" \
		XDG_CONFIG_HOME="$work/home/.config" tshark "$@"
else
	env WIRESHARK_PLUGIN_DIR="$work/plugins" HOME="$work/home" \
		XDG_CONFIG_HOME="$work/home/.config" tshark "$@"
fi
