# Builds the Windows installer from built programs: the windeployqt step, the Qt runtime's WiX fragment, wixl.
#   cmake -DBIN_DIR=<folder with cxsync.exe, cxsync-panel.exe, cxsync-sandbox.exe> -DVERSION=0.1.0
#         -DOUTPUT=<path>/cxsync-0.1.0-x64.msi [-DWINDEPLOYQT=<Qt>/bin/windeployqt.exe | -DQT_RUNTIME_DIR=<folder>]
#         [-DSTAGE_DIR=<work folder>] [-DWIXL=wixl] [-DWIXL_HEAT=wixl-heat] -P installer/windows/make-msi.cmake
# On Windows, WINDEPLOYQT stages the Qt libraries and plugins the three programs need (Release, no
# translations: ours are compiled into the programs). QT_RUNTIME_DIR takes an already staged folder instead
# (the test msi_wixl passes placeholder files: wixl does not look inside what it packs).
# wixl runs on Windows too (msitools for Windows); with WiX 3 instead, see docs/admin-guide.md (heat, candle, light).
cmake_minimum_required(VERSION 3.25)

foreach(var BIN_DIR VERSION OUTPUT)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "make-msi: -D${var}=... is required")
    endif()
endforeach()
if(NOT VERSION MATCHES "^[0-9]+\\.[0-9]+\\.[0-9]+$")
    message(FATAL_ERROR "make-msi: VERSION must be x.y.z (an MSI ProductVersion), not '${VERSION}'")
endif()
foreach(program cxsync.exe cxsync-panel.exe cxsync-sandbox.exe)
    if(NOT EXISTS "${BIN_DIR}/${program}")
        message(FATAL_ERROR "make-msi: ${BIN_DIR}/${program} is missing (build the Windows preset first)")
    endif()
endforeach()
if(NOT DEFINED WINDEPLOYQT AND NOT DEFINED QT_RUNTIME_DIR)
    message(FATAL_ERROR "make-msi: give -DWINDEPLOYQT=<windeployqt.exe> or -DQT_RUNTIME_DIR=<staged Qt runtime>")
endif()
get_filename_component(here "${CMAKE_CURRENT_LIST_FILE}" DIRECTORY)
get_filename_component(source_dir "${here}/../.." ABSOLUTE)
if(NOT DEFINED STAGE_DIR)
    get_filename_component(STAGE_DIR "${OUTPUT}" DIRECTORY)
    set(STAGE_DIR "${STAGE_DIR}/msi-stage")
endif()
if(NOT DEFINED WIXL)
    set(WIXL wixl)
endif()
if(NOT DEFINED WIXL_HEAT)
    set(WIXL_HEAT wixl-heat)
endif()

set(qt_dir "${STAGE_DIR}/qt")
file(REMOVE_RECURSE "${STAGE_DIR}")
file(MAKE_DIRECTORY "${qt_dir}")
if(DEFINED WINDEPLOYQT)
    execute_process(COMMAND "${WINDEPLOYQT}" --release --no-translations --dir "${qt_dir}"
                            "${BIN_DIR}/cxsync.exe" "${BIN_DIR}/cxsync-panel.exe" "${BIN_DIR}/cxsync-sandbox.exe"
                    RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "make-msi: windeployqt failed (${rc})")
    endif()
else()
    file(COPY "${QT_RUNTIME_DIR}/" DESTINATION "${qt_dir}")
endif()
# The programs themselves are components of cxsync.wxs: never twice.
file(REMOVE "${qt_dir}/cxsync.exe" "${qt_dir}/cxsync-panel.exe" "${qt_dir}/cxsync-sandbox.exe")
# wixl takes sources relative to its working folder (not absolute paths): everything is staged there.
file(COPY "${BIN_DIR}/cxsync.exe" "${BIN_DIR}/cxsync-panel.exe" "${BIN_DIR}/cxsync-sandbox.exe"
     DESTINATION "${STAGE_DIR}/bin")
file(COPY "${source_dir}/docs/admin-guide.md" DESTINATION "${STAGE_DIR}/doc")

file(GLOB_RECURSE runtime RELATIVE "${STAGE_DIR}" "${qt_dir}/*")
if(runtime STREQUAL "")
    message(FATAL_ERROR "make-msi: no Qt runtime in ${qt_dir}")
endif()
list(SORT runtime)
string(REPLACE ";" "\n" listing "${runtime}")
file(WRITE "${STAGE_DIR}/qt-files.txt" "${listing}\n")
execute_process(COMMAND "${WIXL_HEAT}" -p qt/ --var var.QtDir --directory-ref INSTALLDIR --component-group QtRuntime --win64
                WORKING_DIRECTORY "${STAGE_DIR}"
                INPUT_FILE "${STAGE_DIR}/qt-files.txt" OUTPUT_FILE "${STAGE_DIR}/qt-runtime.wxs" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "make-msi: ${WIXL_HEAT} failed (${rc})")
endif()

get_filename_component(output "${OUTPUT}" ABSOLUTE)
get_filename_component(output_dir "${output}" DIRECTORY)
file(MAKE_DIRECTORY "${output_dir}")
execute_process(COMMAND "${WIXL}" -a x64 -D "Version=${VERSION}" -D BinDir=bin -D DocDir=doc -D QtDir=qt -D Win64=yes
                        -o "${output}" "${here}/cxsync.wxs" qt-runtime.wxs
                WORKING_DIRECTORY "${STAGE_DIR}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "make-msi: ${WIXL} failed (${rc})")
endif()
message(STATUS "make-msi: ${output}")
