#!/usr/bin/env bash
# Every test: unit (cmocka), golden (CLI and tshark with the plugin), sample
# regeneration, and a bounded fuzz run; under ASan+UBSan, built with clang.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake -S . -B build-test -DCMAKE_C_COMPILER=clang -DCMAKE_BUILD_TYPE=Debug \
      -DMIPX_SANITIZE=ON -DMIPX_FUZZ=ON -DMIPX_BUILD_PLUGIN=ON
cmake --build build-test -j"$(nproc)"
ctest --test-dir build-test --output-on-failure -j"$(nproc)"
