# macOS install rules, included from ../CMakeLists.txt: confab.app with its icon, confab-cli
# inside it (so that both use the bundle's Qt frameworks) and QtKeychain's dylib. Sets
# CONFAB_CODESIGN_CODE, which ../CMakeLists.txt installs after Qt's deploy script.
if(NOT CMAKE_OSX_DEPLOYMENT_TARGET)
    message(FATAL_ERROR "packaging: CMAKE_OSX_DEPLOYMENT_TARGET is empty; the top-level CMakeLists.txt "
        "includes packaging/macos/deployment-target.cmake before project()")
endif()

set(MACOSX_ICON "${CMAKE_CURRENT_BINARY_DIR}/confab.icns")
find_program(ICONUTIL iconutil)
if(ICONUTIL AND TARGET confab)
    set(iconset "${CMAKE_CURRENT_BINARY_DIR}/confab.iconset")
    file(MAKE_DIRECTORY "${iconset}")
    foreach(size 16 32 128 256 512)
        file(COPY_FILE "${CONFAB_ICON_DIR}/hicolor/${size}x${size}/apps/${CONFAB_APP_ID}.png"
            "${iconset}/icon_${size}x${size}.png")
        math(EXPR double "${size} * 2")
        if(double LESS_EQUAL 512)
            file(COPY_FILE "${CONFAB_ICON_DIR}/hicolor/${double}x${double}/apps/${CONFAB_APP_ID}.png"
                "${iconset}/icon_${size}x${size}@2x.png")
        endif()
    endforeach()
    execute_process(COMMAND "${ICONUTIL}" -c icns "${iconset}" -o "${MACOSX_ICON}" COMMAND_ERROR_IS_FATAL ANY)
    target_sources(confab PRIVATE "${MACOSX_ICON}")
    # Source properties are per directory: set it where the confab target is defined (app/).
    set_source_files_properties("${MACOSX_ICON}" TARGET_DIRECTORY confab
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(confab PROPERTIES MACOSX_BUNDLE_ICON_FILE confab.icns)
elseif(TARGET confab)
    message(WARNING "packaging: iconutil not found; confab.app gets no icon")
endif()

foreach(target confab confab-cli)
    if(TARGET ${target})
        set_target_properties(${target} PROPERTIES INSTALL_RPATH "@executable_path/../Frameworks")
    endif()
endforeach()
if(TARGET confab)
    install(TARGETS confab BUNDLE DESTINATION . COMPONENT confab)
endif()
if(TARGET confab-cli)
    install(TARGETS confab-cli RUNTIME DESTINATION confab.app/Contents/MacOS COMPONENT confab)
endif()
# COMPONENT belongs to each kind of artifact, not to the whole command.
install(IMPORTED_RUNTIME_ARTIFACTS ${CONFAB_KEYCHAIN_TARGET}
    LIBRARY DESTINATION confab.app/Contents/Frameworks COMPONENT confab
    FRAMEWORK DESTINATION confab.app/Contents/Frameworks COMPONENT confab)

# Code signing. Apple Silicon kills unsigned code at launch, and macdeployqt/install_name_tool
# invalidate the linker's ad-hoc signatures: so the whole bundle is signed again, inside out.
# "-" is an ad-hoc signature (runs on the machine it was downloaded to after the user allows it
# in System Settings > Privacy & Security); a "Developer ID Application: ..." identity signs for
# distribution, with the hardened runtime and a timestamp that notarisation requires.
set(CONFAB_CODESIGN_IDENTITY "-" CACHE STRING "codesign identity for confab.app (- = ad-hoc)")
find_program(CONFAB_CODESIGN codesign REQUIRED)
set(sign "--sign \"${CONFAB_CODESIGN_IDENTITY}\"")
if(NOT CONFAB_CODESIGN_IDENTITY STREQUAL "-")
    string(APPEND sign " --options runtime --timestamp")
endif()
set(CONFAB_CODESIGN_CODE "
set(confab_app \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/confab.app\")
execute_process(COMMAND \"${CONFAB_CODESIGN}\" --force ${sign} \"\${confab_app}/Contents/MacOS/confab-cli\"
    COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND \"${CONFAB_CODESIGN}\" --force --deep ${sign} \"\${confab_app}\" COMMAND_ERROR_IS_FATAL ANY)
execute_process(COMMAND \"${CONFAB_CODESIGN}\" --verify --deep --strict \"\${confab_app}\" COMMAND_ERROR_IS_FATAL ANY)
")
