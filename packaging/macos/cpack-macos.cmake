# CPack settings for macOS: a drag-and-drop .dmg with confab.app (confab-cli inside it, at
# confab.app/Contents/MacOS/confab-cli). Script-mode safe (only set()), checked by tests/packaging.
# Built by .github/workflows/release.yml; it cannot be built on the Debian development machine.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_DMG_VOLUME_NAME "Confab")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_FILE_NAME "Confab-${CPACK_PACKAGE_VERSION}-macos-${CMAKE_SYSTEM_PROCESSOR}")
if(DEFINED MACOSX_ICON AND EXISTS "${MACOSX_ICON}")
    set(CPACK_PACKAGE_ICON "${MACOSX_ICON}")
endif()
# No license agreement dialog when the DMG is opened.
set(CPACK_DMG_SLA_USE_RESOURCE_FILE_LICENSE OFF)
