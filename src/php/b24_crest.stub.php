<?php

/**
 * @generate-class-entries
 * @generate-legacy-arginfo 80100
 */

/**
 * CRest 1.36's class (crest.php), registered only with b24.crest_compat = 1 so that a loaded
 * crest.php never collides with it. The same static methods, constants and result arrays as
 * CRest, on b24's client: kept connections, timeouts, a refresh single-flight across processes,
 * settings written atomically with mode 0600, more than 50 batch commands all sent, logs only
 * where C_REST_LOGS_DIR is defined and always without secrets. README.md, "Migrating from
 * crest.php", says what differs.
 *
 * Methods have no declared types, as in crest.php, so that an application's
 * `class MyRest extends CRest` overrides them unchanged. call(), callBatch() and installApp() of
 * a subclass read the settings through static::getSettingData() and write them (at install and
 * after every refresh) through static::setSettingData().
 */
class CRest
{
    /** @var string */
    public const VERSION = '1.36';
    /** @var int */
    public const BATCH_COUNT = 50;
    /** @var string */
    public const TYPE_TRANSPORT = 'json';

    /**
     * The install handler: the ONAPPINSTALL event POST or the opening of the app with
     * PLACEMENT=DEFAULT; ['rest_only' => bool, 'install' => bool].
     * @return array
     */
    public static function installApp() {}

    /**
     * One REST call; the decoded answer, or the error as an array (never throws for API errors).
     * @param string $method
     * @param array $params
     * @return mixed
     */
    public static function call($method, $params = []) {}

    /**
     * One batch of ['id' => ['method' => ..., 'params' => [...]], ...]; more than 50 commands
     * are sent as several requests whose answers are merged.
     * @param array $arData
     * @param int|bool $halt
     * @return array
     */
    public static function callBatch($arData, $halt = 0) {}

    /**
     * Writes one log file when C_REST_LOGS_DIR is defined and C_REST_BLOCK_LOG is not true,
     * with every token, secret and webhook code replaced by "***".
     * @param array $arData
     * @param string $type
     * @return bool
     */
    public static function setLog(#[\SensitiveParameter] $arData, $type = '') {}

    /**
     * The self-test of checkserver.php: the keys of the checks that failed, or success.
     * @param bool $print
     * @return array
     */
    public static function checkServer($print = true) {}

    /**
     * The settings of the installation: the file named by b24.crest_settings (or next to
     * crest.php), with C_REST_CLIENT_ID / C_REST_CLIENT_SECRET added from the constants.
     * @return array|false
     */
    protected static function getSettingData() {}

    /**
     * Keeps the settings of the installation: locked, written atomically, mode 0600.
     * @param array $arSettings
     * @return bool
     */
    protected static function setSettingData(#[\SensitiveParameter] $arSettings) {}
}
