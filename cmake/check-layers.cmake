# Fails if a folder includes or links a layer it may not use (cmake/layers.cmake).
#   cmake -DSOURCE_DIR=<repo> -DLINKS_FILE=<build>/layer-links.cmake -P check-layers.cmake
# For the check's own tests: -DEXTRA_LINK=<folder>:<library> adds a link,
# -DEXTRA_INCLUDE=<folder>:<header> an include, as if a source had it.
cmake_minimum_required(VERSION 3.22)
include("${CMAKE_CURRENT_LIST_DIR}/layers.cmake")
include("${LINKS_FILE}")

set(violations "")
foreach(layer IN LISTS CONFAB_LAYERS)
    if(DEFINED CONFAB_LIBRARY_${layer})
        set(LAYER_OF_${CONFAB_LIBRARY_${layer}} ${layer})
    endif()
endforeach()

if(EXTRA_LINK MATCHES "^([a-z]+):(.+)$")
    list(APPEND CONFAB_LINKS_${CMAKE_MATCH_1} ${CMAKE_MATCH_2})
endif()

# Link lines: each library links only libraries of the folders it may use.
foreach(layer IN LISTS CONFAB_LAYERS)
    foreach(link IN LISTS CONFAB_LINKS_${layer})
        set(target_layer "${LAYER_OF_${link}}")
        if(target_layer STREQUAL "")
            string(APPEND violations "  ${CONFAB_LIBRARY_${layer}} links ${link}, which is no layer's library\n")
        elseif(NOT target_layer IN_LIST CONFAB_USES_${layer})
            string(APPEND violations
                "  ${CONFAB_LIBRARY_${layer}} links ${link}: ${layer}/ may use only [${CONFAB_USES_${layer}}]\n")
        endif()
    endforeach()
endforeach()

# Includes: "<folder>/<file>.h" only from the folder itself or the folders it may use.
foreach(layer IN LISTS CONFAB_LAYERS)
    file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
    set(lines "")
    foreach(source IN LISTS sources)
        file(STRINGS "${SOURCE_DIR}/${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"[a-z]+/")
        foreach(line IN LISTS includes)
            list(APPEND lines "${source}|${line}")
        endforeach()
    endforeach()
    if(EXTRA_INCLUDE MATCHES "^${layer}:(.+)$")
        list(APPEND lines "${layer}/(injected)|#include \"${CMAKE_MATCH_1}\"")
    endif()
    foreach(entry IN LISTS lines)
        string(REGEX MATCH "^([^|]+)\\|.*\"(([a-z]+)/[^\"]+)\"" _ "${entry}")
        set(source "${CMAKE_MATCH_1}")
        set(header "${CMAKE_MATCH_2}")
        set(used "${CMAKE_MATCH_3}")
        if(used STREQUAL layer OR NOT used IN_LIST CONFAB_LAYERS)
            continue()
        endif()
        if(NOT used IN_LIST CONFAB_USES_${layer})
            string(APPEND violations "  ${source} includes ${header}: ${layer}/ may use only [${CONFAB_USES_${layer}}]\n")
        endif()
    endforeach()
endforeach()

if(violations)
    message(FATAL_ERROR "Layer violations (see cmake/layers.cmake, docs/ARCHITECTURE.md):\n${violations}")
endif()
list(LENGTH CONFAB_LAYERS count)
message(STATUS "layers: ${count} folders include and link only the layers below them")
