# SPDX-License-Identifier: GPL-2.0-or-later
# Compiler settings every mipx target shares.

set(MIPX_WARNINGS -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
    -Wpointer-arith -Wcast-qual -Wformat=2 -Wvla -Wundef)
if(MIPX_WERROR)
  list(APPEND MIPX_WARNINGS -Werror)
endif()
set(MIPX_SANITIZER_FLAGS -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)

# mipx_target(<target> [NO_SANITIZE] [FUZZ_COVERAGE])
#   NO_SANITIZE: code loaded into a foreign process (the Wireshark plugin)
#   FUZZ_COVERAGE: code under a libFuzzer target (instrumented, sanitized)
function(mipx_target target)
  cmake_parse_arguments(ARG "NO_SANITIZE;FUZZ_COVERAGE" "" "" ${ARGN})
  target_compile_options(${target} PRIVATE ${MIPX_WARNINGS})
  target_compile_definitions(${target} PRIVATE _DEFAULT_SOURCE)
  if(ARG_FUZZ_COVERAGE)
    target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
  elseif(MIPX_SANITIZE AND NOT ARG_NO_SANITIZE)
    target_compile_options(${target} PRIVATE ${MIPX_SANITIZER_FLAGS})
    target_link_options(${target} PRIVATE ${MIPX_SANITIZER_FLAGS})
  endif()
endfunction()
