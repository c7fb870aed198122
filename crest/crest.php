<?php
/*
 * crest.php for b24: put this file where CRest's crest.php was. Class CRest
 * is b24's (php.ini: extension=b24, b24.crest_compat=1); this file only
 * loads settings.php next to it, as CRest's did, and names the settings.json
 * next to it as the settings file when b24.crest_settings is empty, so that
 * an installed app keeps its tokens without reinstalling. It does so with
 * ini_set(): no API of its own, the value shows in ini_get() and phpinfo(),
 * lasts one request, and a b24.crest_settings set in php.ini (a file outside
 * the web root) wins. See README.md, "Migrating from crest.php".
 */
extension_loaded('b24') && ini_get('b24.crest_compat') ? (ini_get('b24.crest_settings') !== '' || ini_set('b24.crest_settings', __DIR__ . '/settings.json') !== false) && (!is_file(__DIR__ . '/settings.php') || (require_once __DIR__ . '/settings.php')) : throw new Error(extension_loaded('b24') ? 'crest.php: b24.crest_compat is off: set b24.crest_compat=1 in php.ini (CRest is registered at startup only)' : 'crest.php: the b24 extension is not loaded: add extension=b24 to php.ini');
