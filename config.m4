dnl config.m4 for extension b24: a native Bitrix24 REST client.
dnl libcurl and json-c are found with pkg-config; --with-b24=DIR names a prefix
dnl that holds both when pkg-config does not know them.

PHP_ARG_WITH([b24],
  [for b24 support],
  [AS_HELP_STRING([[--with-b24[=DIR]]],
    [Include b24, the Bitrix24 REST client (DIR: prefix of libcurl and json-c)])])

if test "$PHP_B24" != "no"; then
  PKG_PROG_PKG_CONFIG
  if test "$PHP_B24" != "yes"; then
    dnl A user-supplied prefix comes first.
    export PKG_CONFIG_PATH="$PHP_B24/$PHP_LIBDIR/pkgconfig:$PHP_B24/lib/pkgconfig:$PKG_CONFIG_PATH"
  fi

  PKG_CHECK_MODULES([CURL], [libcurl >= 7.61.0])
  PKG_CHECK_MODULES([JSONC], [json-c >= 0.13])
  PHP_EVAL_INCLINE([$CURL_CFLAGS $JSONC_CFLAGS])
  PHP_EVAL_LIBLINE([$CURL_LIBS $JSONC_LIBS], [B24_SHARED_LIBADD])

  PHP_CHECK_LIBRARY([curl], [curl_easy_perform], [],
    [AC_MSG_ERROR([libcurl was found by pkg-config but cannot be linked])], [$CURL_LIBS])
  PHP_CHECK_LIBRARY([json-c], [json_tokener_parse_ex], [],
    [AC_MSG_ERROR([json-c was found by pkg-config but cannot be linked])], [$JSONC_LIBS])

  dnl Every .c file of the two layers is part of the module; the list is read
  dnl from the tree (config.w32 globs the same way) so that adding a file needs
  dnl no edit here; scripts/check-w32 keeps the two rules alike.
  b24_srcdir=PHP_EXT_SRCDIR(b24)
  b24_sources=`cd "$b24_srcdir" && echo src/core/*.c src/php/*.c`

  PHP_ADD_EXTENSION_DEP([b24], [json])
  PHP_SUBST([B24_SHARED_LIBADD])
  PHP_NEW_EXTENSION([b24], [$b24_sources], [$ext_shared],,
    [-DZEND_ENABLE_STATIC_TSRMLS_CACHE=1 -I@ext_srcdir@/src/core -I@ext_srcdir@/src/php])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/core])
  PHP_ADD_BUILD_DIR([$ext_builddir/src/php])
fi
