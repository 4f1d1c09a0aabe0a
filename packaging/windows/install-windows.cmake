# Windows install rules, included from ../CMakeLists.txt (the executables go to bin/ there).
if(TARGET confab)
    # The exe's icon.
    target_sources(confab PRIVATE "${CMAKE_CURRENT_SOURCE_DIR}/windows/confab.rc")
endif()
# windeployqt copies Qt's DLLs and plugins, not QtKeychain's. COMPONENT belongs to each kind
# of artifact, not to the whole command.
install(IMPORTED_RUNTIME_ARTIFACTS ${CONFAB_KEYCHAIN_TARGET}
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT confab
    LIBRARY DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT confab)
# The MSVC runtime DLLs (msvcp140.dll, vcruntime140*.dll, ...) beside confab.exe, so that the
# installer and the ZIP run on a machine without the Visual C++ Redistributable. The UCRT is
# part of Windows 10 and later, which Qt 6 requires.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT confab)
include(InstallRequiredSystemLibraries)
if(MSVC AND NOT CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS)
    message(FATAL_ERROR "packaging: InstallRequiredSystemLibraries found no MSVC runtime DLLs to ship")
endif()
