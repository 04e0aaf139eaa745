# SPDX-License-Identifier: GPL-2.0-or-later
# `cpack -G DEB` in the build directory: mipx_<version>_<arch>.deb with mipx,
# mipx-samples and mipx.1 under /usr and, when the plugin is built, mipx.so
# in Wireshark's global plugin folder (pkg-config plugindir).  The plugin's
# install rule reads its folder at install time (plugin/CMakeLists.txt);
# MipxPackageConfig.cmake, which cpack runs before it installs, names the
# system folder in the environment of that install.
set(CPACK_PACKAGE_NAME mipx)
set(CPACK_PACKAGE_VENDOR "mipx")
set(CPACK_PACKAGE_CONTACT "mipx maintainers <mipx@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_LICENSE GPL-2.0-or-later)
# dpkg-shlibdeps reads the shlibs/symbols files of the installed library
# packages (no network): libwireshark16, libpcap0.8, libglib2.0-0, libc6 for
# what the binaries and the plugin link.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_GENERATOR DEB)
if(MIPX_HAVE_WIRESHARK)
  configure_file(${CMAKE_CURRENT_LIST_DIR}/MipxPackageConfig.cmake.in
                 ${CMAKE_BINARY_DIR}/MipxPackageConfig.cmake @ONLY)
  set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_BINARY_DIR}/MipxPackageConfig.cmake)
endif()
include(CPack)
