--TEST--
b24: class CRest exists only with b24.crest_compat=1 (system level), with CRest 1.36's constants and method signatures
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
/* this process: the default (0) */
var_dump(class_exists('CRest', false), ini_get('b24.crest_compat'), ini_set('b24.crest_compat', '1'), class_exists('CRest'));

$script = sys_get_temp_dir() . '/b24-crest-class-' . getmypid() . '.php';
file_put_contents($script, <<<'PHP'
<?php
var_dump(ini_set('b24.crest_compat', '0'), ini_get('b24.crest_compat'));
$c = new ReflectionClass('CRest');
echo 'final: ', var_export($c->isFinal(), true), ', internal: ', var_export($c->isInternal(), true), "\n";
foreach ($c->getReflectionConstants() as $k) {
    echo "const {$k->getName()} = ", var_export($k->getValue(), true), "\n";
}
foreach ($c->getMethods() as $m) {
    $params = [];
    foreach ($m->getParameters() as $p) {
        $params[] = ($p->hasType() ? $p->getType() . ' ' : '') . '$' . $p->getName()
            . ($p->isOptional() ? ' = ' . var_export($p->getDefaultValue(), true) : '');
    }
    echo implode(' ', Reflection::getModifierNames($m->getModifiers())), ' ', $m->getName(), '(', implode(', ', $params), ')',
        $m->hasReturnType() ? ': ' . $m->getReturnType() : '', "\n";
}
/* a subclass overrides every method without types, as code written for crest.php does */
class MyRest extends CRest
{
    public static function call($method, $params = []) { return parent::call($method, $params); }
    public static function callBatch($arData, $halt = 0) { return []; }
    public static function installApp() { return []; }
    public static function setLog($arData, $type = '') { return true; }
    public static function checkServer($print = true) { return []; }
    protected static function getSettingData() { return []; }
    protected static function setSettingData($arSettings) { return true; }
}
echo get_parent_class(new MyRest()), ' ', MyRest::VERSION, "\n";
var_dump(error_get_last());
PHP);
echo shell_exec(b24_test_php(['b24.crest_compat' => '1']) . ' ' . escapeshellarg($script) . ' 2>&1');
unlink($script);
?>
--EXPECT--
bool(false)
string(1) "0"
bool(false)
bool(false)
bool(false)
string(1) "1"
final: false, internal: true
const VERSION = '1.36'
const BATCH_COUNT = 50
const TYPE_TRANSPORT = 'json'
public static installApp()
public static call($method, $params = array (
))
public static callBatch($arData, $halt = 0)
public static setLog($arData, $type = '')
public static checkServer($print = true)
protected static getSettingData()
protected static setSettingData($arSettings)
CRest 1.36
NULL
