# Layering check for the ExchangeConnector seam (issue 20, item 1): above core/exchange/ nothing reaches for a
# particular Exchange kind, so the next connector (EWS) plugs in without touching the engine, hooks, user sync
# or the generic diagnostics. Fails when a source outside core/exchange/ includes a kind's headers
# (exchange/graph/, exchange/ews/) or names a Graph class, unless it is one of the exceptions below.
# Run as: cmake -DSOURCE_DIR=<repo> -P check-exchange-seam.cmake
#
# Allowed, and why:
#   core/connect/Connections.{h,cpp}   the factory: builds each server's connector and token provider by kind
#   core/diagnostics/GraphChecks.{h,cpp}  Test Connection's Graph-only steps (token, directory permission), run
#                                      for servers whose kind is Graph; an EWS server brings its own beside them
#   core/diagnostics/EwsChecks.{h,cpp}  Test Connection's EWS-only step (the EWS URL: setting or Autodiscover),
#                                      run for servers whose kind is EWS
cmake_minimum_required(VERSION 3.16)
set(allowed
    core/connect/Connections.h
    core/connect/Connections.cpp
    core/diagnostics/GraphChecks.h
    core/diagnostics/GraphChecks.cpp
    core/diagnostics/EwsChecks.h
    core/diagnostics/EwsChecks.cpp)
if(NOT IS_DIRECTORY "${SOURCE_DIR}/core/sync" OR NOT IS_DIRECTORY "${SOURCE_DIR}/core/hooks")
    message(FATAL_ERROR "SOURCE_DIR=${SOURCE_DIR} does not hold core/sync and core/hooks; the check itself is broken")
endif()
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp")
set(checked 0)
set(problems "")
foreach(f IN LISTS sources)
    if(f MATCHES "^core/exchange/" OR f IN_LIST allowed)
        continue()
    endif()
    math(EXPR checked "${checked} + 1")
    file(STRINGS "${SOURCE_DIR}/${f}" hits
         REGEX "#include *[<\"][^>\"]*(exchange/graph/|exchange/ews/)|exchange::Graph[A-Za-z]+|Graph(Connector|TokenProvider|BatchWriter|DeltaReader|IdMigration)")
    foreach(hit IN LISTS hits)
        string(STRIP "${hit}" hit)
        string(APPEND problems "\n  ${f}: ${hit}")
    endforeach()
endforeach()
if(checked LESS 50)
    message(FATAL_ERROR "only ${checked} sources were checked under ${SOURCE_DIR}/core; the check itself is broken")
endif()
if(problems)
    message(FATAL_ERROR "these sources reach past the ExchangeConnector seam to one Exchange kind (use "
                        "Connections::exchange() / ExchangeConnector, or add a justified exception in "
                        "tests/check-exchange-seam.cmake):${problems}")
endif()
message(STATUS "${checked} sources above core/exchange/ use only the ExchangeConnector seam")
