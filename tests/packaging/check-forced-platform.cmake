# Configures, builds and installs packaging/ with its Windows or macOS branch forced on, on any
# machine (see forced-platform/CMakeLists.txt), and checks what the installers would contain:
#   cmake -DPLATFORM=windows|macos -DCONFAB_SOURCE_DIR=<checkout> -DCONFAB_VERSION=<x.y.z>
#         -DWORK_DIR=<scratch dir> [-DGENERATOR=Ninja] -P tests/packaging/check-forced-platform.cmake
# Fails on a configure error (an ALIAS given to install(IMPORTED_RUNTIME_ARTIFACTS), ...), on any
# CMake warning (an uninitialized variable, a runtime DLL not found, ...) and on a missing file.
cmake_minimum_required(VERSION 3.22)
foreach(var PLATFORM CONFAB_SOURCE_DIR CONFAB_VERSION WORK_DIR)
    if(NOT ${var})
        message(FATAL_ERROR "pass -D${var}=...")
    endif()
endforeach()
if(NOT GENERATOR)
    set(GENERATOR Ninja)
endif()
set(build "${WORK_DIR}/build")
set(destdir "${WORK_DIR}/destdir")
set(prefix /opt/confab)
set(root "${destdir}${prefix}")
file(REMOVE_RECURSE "${WORK_DIR}")
set(errors "")

# Runs a step; any CMake warning fails it too, except developer warnings inside CMake's own
# modules (--check-system-vars makes those many; it is needed because packaging/ lies outside
# the stub project, and CMake would otherwise not report uninitialized variables there).
function(run what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    set(out "${out}${err}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "${PLATFORM}: ${what} failed (${rc}):\n${out}")
    endif()
    string(REGEX MATCHALL "CMake (Deprecation )?Warning[^\n]*\n[^\n]*" warnings "${out}")
    set(ours "")
    foreach(warning IN LISTS warnings)
        string(FIND "${warning}" " ${CMAKE_ROOT}/" in_cmake)
        if(NOT (warning MATCHES "^CMake Warning \\(dev\\)" AND in_cmake GREATER -1))
            string(APPEND ours "${warning}\n")
        endif()
    endforeach()
    if(ours)
        message(FATAL_ERROR "${PLATFORM}: ${what} warned (treated as an error here):\n${ours}")
    endif()
endfunction()

run(configure "${CMAKE_COMMAND}" -S "${CMAKE_CURRENT_LIST_DIR}/forced-platform" -B "${build}" -G "${GENERATOR}"
    --warn-uninitialized --check-system-vars -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=${prefix}
    "-DCONFAB_FORCE_PLATFORM=${PLATFORM}" "-DCONFAB_SOURCE_DIR=${CONFAB_SOURCE_DIR}"
    "-DCONFAB_VERSION=${CONFAB_VERSION}")
run(build "${CMAKE_COMMAND}" --build "${build}")
set(ENV{DESTDIR} "${destdir}")
run(install "${CMAKE_COMMAND}" --install "${build}" --component confab)
unset(ENV{DESTDIR})

macro(expect_file path)
    if(NOT EXISTS "${root}/${path}")
        string(APPEND errors "  not installed: ${path}\n")
    endif()
endmacro()
file(READ "${build}/stub-calls.log" calls)

# CPack's settings as cpack reads them; the file name must match the workflow's upload glob
# and the README.
include("${build}/CPackConfig.cmake")
file(READ "${CONFAB_SOURCE_DIR}/.github/workflows/release.yml" workflow)
file(READ "${CONFAB_SOURCE_DIR}/README.md" readme)
macro(expect_published extension)
    set(file "${CPACK_PACKAGE_FILE_NAME}.${extension}")
    string(REGEX MATCHALL "dist/[^ \n]*\\.${extension}" globs "${workflow}")
    set(uploaded FALSE)
    foreach(glob IN LISTS globs)
        string(REPLACE "." "\\." regex "${glob}")
        string(REPLACE "*" "[^/]*" regex "${regex}")
        if("dist/${file}" MATCHES "^${regex}$")
            set(uploaded TRUE)
        endif()
    endforeach()
    if(NOT uploaded)
        string(APPEND errors "  ${file} matches no upload path in release.yml (${globs})\n")
    endif()
    string(REPLACE "${CONFAB_VERSION}" "<version>" generic "${file}")
    string(FIND "${readme}" "${generic}" at)
    if(at EQUAL -1)
        string(APPEND errors "  README.md does not name ${generic}\n")
    endif()
endmacro()

if(PLATFORM STREQUAL "windows")
    foreach(file confab confab-cli qt6keychain.dll msvcp140.dll msvcp140_1.dll vcruntime140.dll vcruntime140_1.dll)
        expect_file(bin/${file})
    endforeach()
    # windeployqt would put vc_redist.x64.exe beside the app and never run it.
    if(NOT calls MATCHES "deploy confab NO_COMPILER_RUNTIME=TRUE")
        string(APPEND errors "  the Qt deploy script is not told NO_COMPILER_RUNTIME: ${calls}\n")
    endif()
    expect_published(exe)
    expect_published(zip)
else()
    set(app confab.app/Contents)
    expect_file(${app}/MacOS/confab-cli)
    expect_file(${app}/Frameworks/libqt6keychain.1.dylib)
    # Signed after macdeployqt changed the binaries, the bundle last.
    string(FIND "${calls}" "deploy confab" deployed)
    string(FIND "${calls}" "codesign --force --deep --sign - ${root}/confab.app" signed)
    if(deployed EQUAL -1 OR signed EQUAL -1 OR signed LESS deployed)
        string(APPEND errors "  confab.app is not ad-hoc signed after the deploy step:\n${calls}\n")
    endif()
    expect_published(dmg)
endif()

if(errors)
    message(FATAL_ERROR "${PLATFORM} packaging problems:\n${errors}")
endif()
message(STATUS "${PLATFORM}: packaging/ configures, builds and installs with stub Qt and QtKeychain")
