# Layering check for the wiring (issue 16, item 1): the panel, the CLI, the service and everything in core
# receive the profile's journal and connections from core/profile/Profile; nobody else opens the journal or
# builds Connections. Fails when a product source calls Journal::open( or Connections::open( / ::create(
# outside the exceptions below, or builds a SystemClock of its own in cli/ or ui/.
# Run as: cmake -DSOURCE_DIR=<repo> -P check-one-profile.cmake
#
# Allowed, and why:
#   core/profile/Profile.cpp           the one place
#   core/store/Journal.*, core/connect/Connections.*  the definitions themselves
#   core/diagnostics/ConnectionTest.cpp  Test Connection tests the values on the form (not yet saved), so it
#                                      builds throw-away connections from them, never the profile's
cmake_minimum_required(VERSION 3.16)
set(allowed
    core/profile/Profile.cpp
    core/store/Journal.h
    core/store/Journal.cpp
    core/connect/Connections.h
    core/connect/Connections.cpp
    core/diagnostics/ConnectionTest.cpp)
if(NOT IS_DIRECTORY "${SOURCE_DIR}/core/profile" OR NOT IS_DIRECTORY "${SOURCE_DIR}/cli")
    message(FATAL_ERROR "SOURCE_DIR=${SOURCE_DIR} does not hold core/profile and cli; the check itself is broken")
endif()
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/core/*.h" "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/cli/*.h" "${SOURCE_DIR}/cli/*.cpp"
     "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.cpp")
set(checked 0)
set(problems "")
foreach(f IN LISTS sources)
    if(f IN_LIST allowed)
        continue()
    endif()
    math(EXPR checked "${checked} + 1")
    set(pattern "Journal::open\\(|Connections::(open|create)\\(")
    if(f MATCHES "^(cli|ui|app)/")
        string(APPEND pattern "|SystemClock[ >]")
    endif()
    file(STRINGS "${SOURCE_DIR}/${f}" hits REGEX "${pattern}")
    foreach(hit IN LISTS hits)
        string(STRIP "${hit}" hit)
        if(hit MATCHES "^//")
            continue()
        endif()
        string(APPEND problems "\n  ${f}: ${hit}")
    endforeach()
endforeach()
if(checked LESS 100)
    message(FATAL_ERROR "only ${checked} sources were checked under ${SOURCE_DIR}; the check itself is broken")
endif()
if(problems)
    message(FATAL_ERROR "the journal or connections are opened outside core/profile/Profile:${problems}")
endif()
message(STATUS "one profile: ${checked} sources checked, the journal and connections come from Profile only")
