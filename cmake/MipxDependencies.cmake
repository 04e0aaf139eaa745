# SPDX-License-Identifier: GPL-2.0-or-later
# Dependencies: CMake config packages where they exist, pkg-config otherwise
# (Debian 12 ships no WiresharkConfig.cmake and no libpcap config).
find_package(PkgConfig REQUIRED)

pkg_check_modules(GLIB REQUIRED IMPORTED_TARGET glib-2.0)

find_package(PCAP CONFIG QUIET)
if(NOT TARGET PCAP::PCAP)
  pkg_check_modules(LIBPCAP REQUIRED IMPORTED_TARGET libpcap)
  add_library(PCAP::PCAP ALIAS PkgConfig::LIBPCAP)
endif()

if(MIPX_BUILD_TESTS)
  # the JSON contract test parses mipx's report with json-glib (mipx itself
  # writes JSON with its own streaming writer: analyzer/report/report_json.c)
  pkg_check_modules(JSONGLIB REQUIRED IMPORTED_TARGET json-glib-1.0)
  find_package(cmocka CONFIG QUIET)
  if(TARGET cmocka::cmocka)
    set(MIPX_CMOCKA cmocka::cmocka)
  else()
    pkg_check_modules(CMOCKA REQUIRED IMPORTED_TARGET cmocka)
    set(MIPX_CMOCKA PkgConfig::CMOCKA)
  endif()
endif()

set(MIPX_HAVE_WIRESHARK OFF)
if(NOT MIPX_BUILD_PLUGIN STREQUAL "OFF")
  find_package(Wireshark CONFIG QUIET)
  if(Wireshark_FOUND)
    set(MIPX_HAVE_WIRESHARK ON)
    set(MIPX_WIRESHARK_VERSION "${Wireshark_VERSION}")
  else()
    pkg_check_modules(WIRESHARK IMPORTED_TARGET wireshark)
    if(WIRESHARK_FOUND)
      set(MIPX_HAVE_WIRESHARK ON)
      set(MIPX_WIRESHARK_VERSION "${WIRESHARK_VERSION}")
    endif()
  endif()
  if(MIPX_BUILD_PLUGIN STREQUAL "ON" AND NOT MIPX_HAVE_WIRESHARK)
    message(FATAL_ERROR "MIPX_BUILD_PLUGIN=ON but libwireshark was not found (apt-get install libwireshark-dev)")
  endif()
endif()

find_program(MIPX_TSHARK tshark)
find_program(MIPX_EDITCAP editcap)
