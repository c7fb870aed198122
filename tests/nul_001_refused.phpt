--TEST--
b24: a NUL byte in a path, URL, token or name (options, arguments, INI settings) is refused, never cut
--EXTENSIONS--
b24
--FILE--
<?php
$hook = 'https://portal.example/rest/7/abcdef/';
$c = new B24Client($hook);
$dir = sys_get_temp_dir() . '/b24-nul-' . getmypid();
$oauth = ['client_endpoint' => 'https://portal.example/rest/', 'access_token' => 'a', 'refresh_token' => 'r',
    'client_id' => 'app.1', 'client_secret' => 's'];
function attempt(string $what, callable $fn): void
{
    try {
        $fn();
        echo "$what: accepted\n";
    } catch (Throwable $e) {
        echo "$what: ", get_class($e), ': ', $e->getMessage(), "\n";
    }
}
attempt('B24Client(string)', fn () => new B24Client("$hook\0x"));
foreach (['webhook' => "$hook\0x"] + array_map(fn ($v) => "$v\0x", $oauth)
    + ['store' => "$dir.json\0x", 'ca_file' => "/etc/ssl/certs/ca-certificates.crt\0x", 'oauth_server' => "https://oauth.bitrix.info/\0x",
       'member_id' => "m\0x", 'rate_limit' => "50/2\0x"] as $key => $value) {
    $config = in_array($key, ['webhook'], true) ? [$key => $value] : ($key === 'store' || isset($oauth[$key]) ? [$key => $value] + $oauth : ['webhook' => $hook, $key => $value]);
    attempt("B24Client[$key]", fn () => new B24Client($config));
}
attempt('b24_call(method)', fn () => b24_call("profile\0x", [], $c));
attempt('call(method)', fn () => $c->call("profile\0x"));
attempt('each(method)', fn () => $c->each("crm.deal.list\0x")->current());
attempt('b24_bind_event(event)', fn () => b24_bind_event("ONCRMDEALADD\0x", 'https://app.example/h', [], $c));
attempt('b24_bind_event(handler)', fn () => b24_bind_event('ONCRMDEALADD', "https://app.example/h\0x", [], $c));
attempt('b24_bind_event[frame_url]', fn () => b24_bind_event('BackgroundCallCard::answerButtonClick', 'https://app.example/h', ['frame_url' => "https://app.example/f\0x"], $c));
attempt('b24_bind_event[bindings_file]', fn () => b24_bind_event('ONCRMDEALADD', 'https://app.example/h', ['bindings_file' => "$dir.b\0x"], $c));
attempt('B24Placement(code)', fn () => new B24Placement("CRM_DEAL_DETAIL_TAB\0x", $c));
attempt('bind(handler)', fn () => (new B24Placement('CRM_DEAL_DETAIL_TAB', $c))->bind("https://app.example/h\0x"));
attempt('unbind(handler)', fn () => (new B24Placement('CRM_DEAL_DETAIL_TAB', $c))->unbind("https://app.example/h\0x"));
attempt('bindings[bindings_file]', fn () => B24Placement::bindings($c, ['bindings_file' => "$dir.b\0x"]));
attempt('unbindEvent(handler)', fn () => B24Placement::unbindEvent('ONCRMDEALADD', "https://app.example/h\0x", $c));
attempt('renderFrame[secret]', fn () => B24Placement::renderFrame($c, ['secret' => "s\0x"]));
attempt('verifyEvent(handler)', fn () => B24Placement::verifyEvent('{}', 's', "https://app.example/h\0x"));
attempt('verifyEvent(secret)', fn () => B24Placement::verifyEvent('{}', "s\0x", 'https://app.example/h'));
$p = B24Placement::fromRequest(['DOMAIN' => 'portal.example'], ['member_id' => 'm1', 'PLACEMENT' => 'CRM_DEAL_DETAIL_TAB', 'APPLICATION_TOKEN' => 't']);
attempt('frame(applicationToken)', fn () => $p->frame("t\0x", [], $c));
attempt('verifyApplicationToken(expected)', fn () => $p->verifyApplicationToken("t\0x"));
attempt('dynamic(suffix)', fn () => B24Placement::dynamic(128, "DETAIL_TAB\0x"));
attempt('isKnown(code)', fn () => B24Placement::isKnown("CRM_DEAL_DETAIL_TAB\0x"));
attempt('installFinishPage(sdkUrl)', fn () => B24App::installFinishPage("//api.bitrix24.com/api/v1/\0x"));
foreach (['webhook_url' => "$hook\0x", 'client_id' => "app\0x", 'client_secret' => "s\0x", 'store' => "$dir.json\0x",
    'ca_file' => "/etc/ssl/certs/ca-certificates.crt\0x", 'frame_url' => "https://app.example/f\0x",
    'error_handler_url' => "https://app.example/e\0x", 'sdk_url' => "//sdk.example/b24.js\0x",
    'bindings_file' => "$dir.b\0x", 'runtime_dir' => "$dir\0x", 'oauth_server' => "https://oauth.bitrix.info/\0x"] as $name => $value) {
    $before = ini_get("b24.$name");
    echo "b24.$name: ", var_export(ini_set("b24.$name", $value), true), ', ', ini_get("b24.$name") === $before ? 'unchanged' : 'CHANGED', "\n";
}
?>
--EXPECT--
B24Client(string): ValueError: B24Client::__construct(): Argument #1 ($config) must not contain any null bytes
B24Client[webhook]: ValueError: B24Client::__construct(): Argument #1 ($config) key "webhook" must not contain any null bytes
B24Client[client_endpoint]: ValueError: B24Client::__construct(): Argument #1 ($config) key "client_endpoint" must not contain any null bytes
B24Client[access_token]: ValueError: B24Client::__construct(): Argument #1 ($config) key "access_token" must not contain any null bytes
B24Client[refresh_token]: ValueError: B24Client::__construct(): Argument #1 ($config) key "refresh_token" must not contain any null bytes
B24Client[client_id]: ValueError: B24Client::__construct(): Argument #1 ($config) key "client_id" must not contain any null bytes
B24Client[client_secret]: ValueError: B24Client::__construct(): Argument #1 ($config) key "client_secret" must not contain any null bytes
B24Client[store]: ValueError: B24Client::__construct(): Argument #1 ($config) key "store" must not contain any null bytes
B24Client[ca_file]: ValueError: B24Client::__construct(): Argument #1 ($config) key "ca_file" must not contain any null bytes
B24Client[oauth_server]: ValueError: B24Client::__construct(): Argument #1 ($config) key "oauth_server" must not contain any null bytes
B24Client[member_id]: ValueError: B24Client::__construct(): Argument #1 ($config) key "member_id" must not contain any null bytes
B24Client[rate_limit]: ValueError: B24Client::__construct(): Argument #1 ($config) key "rate_limit" must not contain any null bytes
b24_call(method): ValueError: b24_call(): Argument #1 ($method) must not contain any null bytes
call(method): ValueError: B24Client::call(): Argument #1 ($method) must not contain any null bytes
each(method): ValueError: B24Client::each(): Argument #1 ($method) must not contain any null bytes
b24_bind_event(event): ValueError: b24_bind_event(): Argument #1 ($event) must not contain any null bytes
b24_bind_event(handler): ValueError: b24_bind_event(): Argument #2 ($handler) must not contain any null bytes
b24_bind_event[frame_url]: ValueError: b24_bind_event(): Argument #3 ($options) option "frame_url" must not contain any null bytes
b24_bind_event[bindings_file]: ValueError: b24_bind_event(): Argument #3 ($options) option "bindings_file" must not contain any null bytes
B24Placement(code): ValueError: B24Placement::__construct(): Argument #1 ($code) must not contain any null bytes
bind(handler): ValueError: B24Placement::bind(): Argument #1 ($handler) must not contain any null bytes
unbind(handler): ValueError: B24Placement::unbind(): Argument #1 ($handler) must not contain any null bytes
bindings[bindings_file]: ValueError: B24Placement::bindings(): Argument #2 ($options) option "bindings_file" must not contain any null bytes
unbindEvent(handler): ValueError: B24Placement::unbindEvent(): Argument #2 ($handler) must not contain any null bytes
renderFrame[secret]: ValueError: B24Placement::renderFrame(): Argument #2 ($options) option "secret" must not contain any null bytes
verifyEvent(handler): ValueError: B24Placement::verifyEvent(): Argument #3 ($handler) must not contain any null bytes
verifyEvent(secret): ValueError: B24Placement::verifyEvent(): Argument #2 ($secret) must not contain any null bytes
frame(applicationToken): ValueError: B24Placement::frame(): Argument #1 ($applicationToken) must not contain any null bytes
verifyApplicationToken(expected): ValueError: B24Placement::verifyApplicationToken(): Argument #1 ($expected) must not contain any null bytes
dynamic(suffix): ValueError: B24Placement::dynamic(): Argument #2 ($suffix) must not contain any null bytes
isKnown(code): ValueError: B24Placement::isKnown(): Argument #1 ($code) must not contain any null bytes
installFinishPage(sdkUrl): ValueError: B24App::installFinishPage(): Argument #1 ($sdkUrl) must not contain any null bytes
b24.webhook_url: false, unchanged
b24.client_id: false, unchanged
b24.client_secret: false, unchanged
b24.store: false, unchanged
b24.ca_file: false, unchanged
b24.frame_url: false, unchanged
b24.error_handler_url: false, unchanged
b24.sdk_url: false, unchanged
b24.bindings_file: false, unchanged
b24.runtime_dir: false, unchanged
b24.oauth_server: false, unchanged