# The product binaries ship no fake servers: `cxsync demo` and `cxsync-panel --demo` start the cxsync-sandbox
# executable, so neither binary may hold sandbox code (namespace cxsync::sandbox). nm comes with binutils (with
# build-essential on Debian). Run as: cmake -DBINARY=<path> -P check-no-sandbox.cmake
if(NOT EXISTS "${BINARY}")
    message(FATAL_ERROR "binary ${BINARY} does not exist")
endif()
find_program(NM nm)
if(NOT NM)
    message(FATAL_ERROR "nm not found: install binutils")
endif()
execute_process(COMMAND ${NM} -C "${BINARY}" COMMAND grep -c "cxsync::"
                OUTPUT_VARIABLE ours OUTPUT_STRIP_TRAILING_WHITESPACE RESULT_VARIABLE rc)
# Without symbols (a stripped binary, nm failing) the check below would pass for nothing.
if(NOT rc EQUAL 0 OR ours LESS 100)
    message(FATAL_ERROR "nm -C ${BINARY} lists ${ours} cxsync:: symbols; the check itself is broken")
endif()
execute_process(COMMAND ${NM} -C "${BINARY}" COMMAND grep "cxsync::sandbox::"
                OUTPUT_VARIABLE hits RESULT_VARIABLE rc)
if(rc EQUAL 0)
    string(REGEX MATCHALL "\n" lines "${hits}")
    list(LENGTH lines count)
    string(SUBSTRING "${hits}" 0 2000 sample)
    message(FATAL_ERROR "${BINARY} holds ${count} sandbox symbols (cxsync::sandbox), e.g.:\n${sample}")
endif()
message(STATUS "${BINARY}: ${ours} cxsync:: symbols, none of them cxsync::sandbox")
