#!/usr/bin/env bash
# The main job on a fresh machine: install the Debian packages, build mipx
# (analyzer, plugin, sample generator) and analyze every shipped sample.
# Each sample is its own scenario, so each gets its own report. Samples with
# deliberate faults make mipx exit 1; only exit 2 (unreadable input, bad
# command line) or a crash fails this script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build build -j"$(nproc)"

status=0
for capture in samples/captures/*.pcap samples/captures/*.pcapng; do
  [ -e "$capture" ] || continue
  name=${capture%.*}
  args=()
  if [ -f "$name.expect" ]; then
    # shellcheck disable=SC2207
    args=($(sed -n 's/^args[[:space:]]\{1,\}//p' "$name.expect"))
  fi
  echo "=== $capture ${args[*]:-}"
  rc=0
  build/analyzer/mipx "${args[@]}" "$capture" || rc=$?
  if [ "$rc" -ge 2 ]; then
    echo "run.sh: mipx failed on $capture (exit $rc)" >&2
    status=1
  fi
done
exit $status
