# SPDX-License-Identifier: GPL-2.0-or-later
# Runs `mipx --json` over broken captures and judges what came back.
#
#   -DMIPX=<analyzer> -DDIR=<captures dir>
#   -DFILES=<a;b>     files, analyzed together in one run
#   -DMIN=<n;m>       per file: Mobile IP messages that must be counted
#                     (the valid frames around the bad part)
#   -DALL=<n;m>       per file: messages a reader that recovered everything counts
#   -DFRAME=<f;g>     per file: the 1-based frame an error must name (0: none)
#   -DREPORT=<0;1>    per file: 1 when stderr must name the file in any case;
#                     with 0 it must when fewer than ALL messages were counted
#   -DEXITS=<0;1;2>   exit statuses allowed (analysis.md 3: 2 = unreadable input)
#   -DCUT_SHORT=<f;0> per file: the frame whose record the file ends inside,
#                     which the report's input must give as cut_short_frame
#                     with "cut_short": true (0: neither key)
#   -DQUIET=1         stderr must name no frame at all (the control file)
#
# A crash is never allowed: a signal, or a sanitizer report (their exit codes
# are moved off 0-2 by the test's environment, and their text is looked for).
cmake_minimum_required(VERSION 3.25)

foreach(var MIPX DIR FILES MIN ALL)
  if(NOT DEFINED ${var})
    message(FATAL_ERROR "check.cmake: -D${var}= is required")
  endif()
endforeach()
if(NOT DEFINED EXITS)
  set(EXITS 0 1 2)
endif()

set(paths)
foreach(f IN LISTS FILES)
  list(APPEND paths "${DIR}/${f}")
endforeach()

execute_process(COMMAND "${MIPX}" --json ${paths}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
string(JOIN " " shown ${FILES})
message(STATUS "mipx --json ${shown}: exit ${rc}")
message(STATUS "stderr:\n${err}")

set(failures)
if(NOT rc MATCHES "^[0-9]+$")
  list(APPEND failures "mipx did not exit normally: ${rc}")
elseif(NOT rc IN_LIST EXITS)
  list(APPEND failures "exit status ${rc}, expected one of ${EXITS}")
endif()
if(err MATCHES "Sanitizer|runtime error:|Segmentation fault|Aborted")
  list(APPEND failures "a sanitizer or the kernel reported a crash")
endif()

# Messages counted per input, by file name (an unreadable file may be absent).
set(json_ok TRUE)
string(JSON n_inputs ERROR_VARIABLE jerr LENGTH "${out}" inputs)
if(jerr)
  set(json_ok FALSE)
  set(n_inputs 0)
  if(NOT rc STREQUAL "2")
    list(APPEND failures "stdout is not the JSON report (${jerr})")
  endif()
endif()

list(LENGTH FILES n_files)
math(EXPR last "${n_files} - 1")
foreach(i RANGE ${last})
  list(GET FILES ${i} name)
  list(GET MIN ${i} min)
  list(GET ALL ${i} all)
  set(frame 0)
  if(DEFINED FRAME)
    list(GET FRAME ${i} frame)
  endif()
  set(report 0)
  if(DEFINED REPORT)
    list(GET REPORT ${i} report)
  endif()

  string(REPLACE "." "\\." name_re "${name}")
  set(messages 0)
  set(found FALSE)
  if(n_inputs GREATER 0)
    math(EXPR in_last "${n_inputs} - 1")
    foreach(j RANGE ${in_last})
      string(JSON in_file ERROR_VARIABLE jerr GET "${out}" inputs ${j} file)
      if(NOT jerr AND in_file MATCHES "(^|/)${name_re}$")
        string(JSON messages ERROR_VARIABLE jerr GET "${out}" inputs ${j} messages)
        if(jerr)
          list(APPEND failures "${name}: inputs[${j}] has no messages count")
          set(messages 0)
        endif()
        if(DEFINED CUT_SHORT)
          list(GET CUT_SHORT ${i} want_cut)
          string(JSON cut_flag ERROR_VARIABLE cerr GET "${out}" inputs ${j} cut_short)
          string(JSON cut_frame ERROR_VARIABLE ferr GET "${out}" inputs ${j} cut_short_frame)
          if(want_cut GREATER 0 AND (cerr OR ferr OR NOT cut_flag STREQUAL "ON"
                                     OR NOT cut_frame EQUAL want_cut))
            list(APPEND failures "${name}: the report does not give cut_short at frame ${want_cut}")
          elseif(want_cut EQUAL 0 AND (NOT cerr OR NOT ferr))
            list(APPEND failures "${name}: the report gives cut_short, the file is whole")
          endif()
        endif()
        set(found TRUE)
      endif()
    endforeach()
  endif()
  if(json_ok AND NOT found AND min GREATER 0)
    list(APPEND failures "${name}: not among the report's inputs")
  endif()
  message(STATUS "${name}: ${messages} messages (at least ${min}, at most ${all})")
  if(messages LESS min)
    list(APPEND failures "${name}: ${messages} messages, the valid frames hold ${min}")
  endif()
  if(messages GREATER all)
    list(APPEND failures "${name}: ${messages} messages, the file holds at most ${all}")
  endif()

  if(report OR messages LESS all)
    string(FIND "${err}" "${name}" at)
    if(at LESS 0)
      list(APPEND failures "${name}: stderr does not name the file")
    elseif(frame GREATER 0 AND NOT err MATCHES "${name_re}[^\n]*frame ${frame}([^0-9]|$)")
      list(APPEND failures "${name}: stderr does not name frame ${frame}")
    endif()
  endif()
endforeach()

if(QUIET AND err MATCHES "frame [0-9]")
  list(APPEND failures "stderr reports frame errors in a valid capture")
endif()

if(failures)
  list(JOIN failures "\n  " text)
  message(FATAL_ERROR "robustness check failed:\n  ${text}")
endif()
