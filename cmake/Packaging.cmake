# `cpack -G DEB` in a build directory makes a Debian package of what `cmake --install` puts in place.
set(CPACK_PACKAGE_NAME liner)
set(CPACK_PACKAGE_VENDOR "The Liner developers")
set(CPACK_PACKAGE_CONTACT "The Liner developers <liner@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Album player with liner notes and lyrics")
set(CPACK_PACKAGE_DESCRIPTION
    "Liner plays albums gapless and bit-perfect and shows them as a record sleeve would: the\n"
    "cover, the album's and each track's liner notes, and synced lyrics. It ships a demo album\n"
    "composed and rendered by its own synthesiser.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
# dpkg-shlibdeps finds the libraries the binary links (Qt, TagLib, PortAudio, ALSA, libebur128);
# what is loaded at run time it cannot see, so those are named here: the X11/Wayland platform
# plugins, the SQLite driver of the library cache, and FFmpeg and aubio, loaded on first use
# (LateLibraries.cmake), by the package that holds each library's soname here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(_liner_depends qt6-qpa-plugins libqt6sql6-sqlite)
get_property(_liner_late_libraries GLOBAL PROPERTY LINER_LATE_LIBRARIES)
find_program(LINER_DPKG_QUERY dpkg-query)
if(LINER_DPKG_QUERY)
  foreach(_library IN LISTS _liner_late_libraries)
    execute_process(COMMAND ${LINER_DPKG_QUERY} -S ${_library} OUTPUT_VARIABLE _owner
                    RESULT_VARIABLE _unowned ERROR_QUIET)
    if(NOT _unowned AND _owner MATCHES "^([^:,]+)")
      list(APPEND _liner_depends ${CMAKE_MATCH_1})
    else()
      message(WARNING "No package holds ${_library}: the .deb will not depend on it")
    endif()
  endforeach()
endif()
list(REMOVE_DUPLICATES _liner_depends)
list(JOIN _liner_depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
# Hangul in the Korean interface and the bundled album's notes; Qt's own Korean (standard buttons).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_GENERATOR DEB)
include(CPack)
