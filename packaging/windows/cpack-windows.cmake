# CPack settings for Windows: an NSIS installer (default), a WiX .msi (cpack -G WIX, needs the
# WiX 3 toolset) and a portable ZIP. Script-mode safe (only set()), checked by tests/packaging.
# Built by .github/workflows/release.yml; neither can be built on the Debian development machine.
set(CPACK_GENERATOR NSIS ZIP)
# One name for the installer, the .msi and the ZIP (the release workflow uploads
# dist/Confab-*-windows-x64.{exe,zip}; the README names them).
set(CPACK_PACKAGE_FILE_NAME "Confab-${CPACK_PACKAGE_VERSION}-windows-x64")
set(_confab_ico "${CONFAB_PACKAGING_DIR}/../resources/icons/confab.ico")

# ---- NSIS ----
set(CPACK_NSIS_PACKAGE_NAME "Confab")
set(CPACK_NSIS_DISPLAY_NAME "Confab ${CPACK_PACKAGE_VERSION}")
set(CPACK_NSIS_MUI_ICON "${_confab_ico}")
set(CPACK_NSIS_MUI_UNIICON "${_confab_ico}")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\confab.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN confab.exe)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_IGNORE_LICENSE_PAGE OFF)
# The Start menu entry comes from CPACK_PACKAGE_EXECUTABLES (confab -> "Confab").

# ---- WiX (.msi) ----
# Never change the upgrade GUID: it lets a newer .msi replace an installed older one.
set(CPACK_WIX_UPGRADE_GUID "6B0B6F0E-3C39-4E7B-9E1A-5C2C9A7C0F51")
set(CPACK_WIX_PRODUCT_ICON "${_confab_ico}")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Confab")
set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")

# ---- ZIP ----
# CMake before 4.0 reads CPACK_ARCHIVE_FILE_NAME only for component archives: the ZIP takes
# CPACK_PACKAGE_FILE_NAME there, and this same name from 4.0 on.
set(CPACK_ARCHIVE_FILE_NAME "${CPACK_PACKAGE_FILE_NAME}")
