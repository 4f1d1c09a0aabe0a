# CPack settings for macOS: a drag-and-drop .dmg with confab.app (confab-cli inside it, at
# confab.app/Contents/MacOS/confab-cli). Script-mode safe (set() and if() only), checked by tests/packaging.
# Built by .github/workflows/release.yml; it cannot be built on the Debian development machine.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Confab")
set(CPACK_DMG_FORMAT UDZO)
# The release workflow builds arm64 + x86_64 in one ("universal") and uploads dist/Confab-*-macos-*.dmg.
if(CMAKE_OSX_ARCHITECTURES MATCHES "arm64" AND CMAKE_OSX_ARCHITECTURES MATCHES "x86_64")
    set(_confab_arch universal)
elseif(CMAKE_OSX_ARCHITECTURES)
    set(_confab_arch "${CMAKE_OSX_ARCHITECTURES}")
else()
    set(_confab_arch "${CMAKE_SYSTEM_PROCESSOR}")
endif()
set(CPACK_PACKAGE_FILE_NAME "Confab-${CPACK_PACKAGE_VERSION}-macos-${_confab_arch}")
if(DEFINED MACOSX_ICON AND EXISTS "${MACOSX_ICON}")
    set(CPACK_PACKAGE_ICON "${MACOSX_ICON}")
endif()
# No license agreement dialog when the DMG is opened.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
