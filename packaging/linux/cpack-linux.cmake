# CPack settings for Linux: DEB (Debian 12 and later, Ubuntu 23.04 and later) and RPM.
# Script-mode safe (only set()), checked by tests/packaging with `cmake -P`.
set(CPACK_GENERATOR DEB RPM)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)

# ---- DEB ----
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # confab_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
# What is only loaded at run time: the SQLite driver, the platform plugins, the image format
# plugins (WebP and TIFF attachments), libsecret (dlopen'ed by QtKeychain), highlight.js (read by
# QJSEngine to colour code blocks; without it they stay plain). The linked libraries
# come from dpkg-shlibdeps (dpkg-dev, see scripts/deps.sh); without it they are listed here for
# Debian 12's Qt 6.4.
# One string: two would be a CMake list, and the ";" between them an empty Depends entry.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite (>= 6.4), qt6-qpa-plugins (>= 6.4), \
qt6-image-formats-plugins (>= 6.4), libsecret-1-0, libqt6keychain1, libjs-highlight.js")
if(NOT DEFINED CPACK_DEBIAN_PACKAGE_SHLIBDEPS)
    if(EXISTS /usr/bin/dpkg-shlibdeps)
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    else()
        set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
    endif()
endif()
if(NOT CPACK_DEBIAN_PACKAGE_SHLIBDEPS)
    string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", libqt6core6 (>= 6.4), libqt6gui6 (>= 6.4), "
        "libqt6widgets6 (>= 6.4), libqt6network6 (>= 6.4), libqt6sql6 (>= 6.4), libqt6pdf6 (>= 6.4), libqt6qml6 (>= 6.4), libc6, "
        "libstdc++6")
endif()
# A Secret Service to keep API keys in (without one keys are asked for on each run).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager | keepassxc")
# Qt's PostgreSQL driver, only for a history shared on a server (--db postgresql://...).
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6sql6-psql")

# ---- RPM (Fedora package names; openSUSE users may need to adapt the plugin packages) ----
set(CPACK_RPM_FILE_NAME RPM-DEFAULT) # confab-<version>-<release>.<arch>.rpm
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_GROUP "Applications/Internet")
set(CPACK_RPM_PACKAGE_URL "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_RPM_PACKAGE_LICENSE "Unspecified")
set(CPACK_RPM_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# Shared libraries are found by rpmbuild itself (AutoReq); these are loaded at run time.
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtbase-gui, qt6-qtimageformats, qtkeychain-qt6, libsecret")
set(CPACK_RPM_PACKAGE_SUGGESTS "gnome-keyring, qt6-qtbase-postgresql")
# Directories owned by the filesystem package, not by us.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications
    /usr/share/metainfo
    /usr/share/icons
    /usr/share/icons/hicolor
    /usr/share/icons/hicolor/scalable
    /usr/share/icons/hicolor/scalable/apps)
foreach(size 16 22 24 32 48 64 128 256 512)
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
endforeach()
