# Included before project() (the variable must be set before the first one): the oldest macOS
# the app runs on, which is Qt 6.8's minimum. It also fills LSMinimumSystemVersion in the
# bundle's Info.plist (Qt's template). Ignored on other platforms.
set(CMAKE_OSX_DEPLOYMENT_TARGET 12.0 CACHE STRING "Oldest macOS to run on (Qt 6.8 supports macOS 12 and later)")
