--TEST--
b24: misuse of the token stores and of B24Client's store/member_id is a ValueError or TypeError naming the argument; a store's own failures are B24_STORE_FAILED with the cause as previous
--EXTENSIONS--
b24
pdo_sqlite
--FILE--
<?php
function show(callable $f): void
{
    try {
        $r = $f();
        echo 'returned ', json_encode($r), "\n";
    } catch (Throwable $e) {
        echo get_class($e), ': ', $e->getMessage(), $e->getPrevious() ? ' <- ' . get_class($e->getPrevious()) . ': ' . $e->getPrevious()->getMessage() : '', "\n";
    }
}
$dir = sys_get_temp_dir() . '/b24-misuse-' . getmypid();
@mkdir($dir, 0700);
register_shutdown_function(fn () => exec('rm -rf ' . escapeshellarg($dir)));

echo "-- B24FileTokenStore\n";
show(fn () => new B24FileTokenStore(''));
show(fn () => new B24FileTokenStore("$dir/missing"));
show(fn () => new B24FileTokenStore("$dir\0x"));
show(fn () => new B24FileTokenStore(['x']));
$files = new B24FileTokenStore($dir);
foreach (['../settings', '', str_repeat('a', 65), 'a b', "a\0b", 'a/b', '.', 'ü'] as $bad) {
    show(fn () => $files->load($bad));
}
show(fn () => $files->save('abc', ['access_token' => 5]));
show(fn () => $files->save('abc', ['access_token' => 'a', 'client_endpoint' => 'http://portal.example/rest/']));
show(fn () => $files->save('abc', 'x'));
show(fn () => $files->save('abc', ['access_token' => 'a', 'member_id' => 'other']));
show(fn () => $files->lock('abc', -1));
show(fn () => $files->lock('abc', 'soon'));
show(fn () => $files->lock('abc', 1));
show(fn () => $files->lock('abc', 1));
$files->unlock('abc');
$files->unlock('abc'); /* not held: nothing happens */
show(fn () => $files->load(str_repeat('a', 64)));
echo 'no file outside the folder: ', json_encode(glob(dirname($dir) . '/settings*') === []), "\n";

echo "-- B24PdoTokenStore\n";
$pdo = new PDO("sqlite:$dir/t.db");
show(fn () => new B24PdoTokenStore("sqlite:$dir/t.db"));
foreach (['x; DROP TABLE y', '1tokens', '', str_repeat('t', 64), 'a.b', '"t"'] as $bad) {
    show(fn () => new B24PdoTokenStore($pdo, $bad));
}
$rows = new B24PdoTokenStore($pdo, 'T_1');
show(fn () => $rows->load('abc')); /* no table yet: PDO's own exception */
$rows->createTable();
show(fn () => $rows->load('abc'));
show(fn () => $rows->save('../x', []));
show(fn () => $rows->lock('abc', NAN));

echo "-- B24Client\n";
$base = ['client_id' => 'app', 'client_secret' => 'secret'];
show(fn () => new B24Client(['store' => 5] + $base));
show(fn () => new B24Client(['store' => new stdClass()] + $base));
show(fn () => new B24Client(['store' => $files] + $base));
show(fn () => new B24Client(['store' => $files, 'member_id' => '../x'] + $base));
show(fn () => new B24Client(['store' => $files, 'member_id' => 5] + $base));

final class UserStore implements B24TokenStore
{
    public function __construct(private $answer) {}
    public function load(string $memberId): ?array { return is_callable($this->answer) ? ($this->answer)() : $this->answer; }
    public function save(string $memberId, #[\SensitiveParameter] array $tokens): void {}
    public function delete(string $memberId): void {}
    public function lock(string $memberId, float $timeout): bool { return true; }
    public function unlock(string $memberId): void {}
}
$set = ['access_token' => 'a1', 'refresh_token' => 'r1', 'client_endpoint' => 'https://portal.example/rest/', 'member_id' => 'abc'];
show(fn () => new B24Client(['store' => new UserStore(null), 'member_id' => 'abc'] + $base));
show(fn () => new B24Client(['store' => new UserStore(['access_token' => ['x']] + $set), 'member_id' => 'abc'] + $base));
show(fn () => new B24Client(['store' => new UserStore(['expires' => 'soon'] + $set), 'member_id' => 'abc'] + $base));
show(fn () => new B24Client(['store' => new UserStore(['client_endpoint' => 'ftp://portal.example/rest/'] + $set), 'member_id' => 'abc'] + $base));
show(fn () => new B24Client(['store' => new UserStore($set), 'member_id' => 'other'] + $base));
show(fn () => new B24Client(['store' => new UserStore(fn () => throw new LogicException('database down')), 'member_id' => 'abc'] + $base));
show(fn () => get_class(new B24Client(['store' => new UserStore($set), 'member_id' => 'abc'] + $base)));
?>
--EXPECTF--
-- B24FileTokenStore
ValueError: B24FileTokenStore::__construct(): Argument #1 ($dir) must be an existing folder
ValueError: B24FileTokenStore::__construct(): Argument #1 ($dir) must be an existing folder
ValueError: B24FileTokenStore::__construct(): Argument #1 ($dir) must not contain any null bytes
TypeError: B24FileTokenStore::__construct(): Argument #1 ($dir) must be of type string, array given
ValueError: B24FileTokenStore::load(): Argument #1 ($memberId) must be 1 to 64 of A-Z a-z 0-9 _ - (a portal's member_id)
ValueError: B24FileTokenStore::load(): Argument #1 ($memberId) must be 1 to 64 of A-Z a-z 0-9 _ - (a portal's member_id)
ValueError: B24FileTokenStore::load(): Argument #1 ($memberId) must be 1 to 64 of A-Z a-z 0-9 _ - (a portal's member_id)
ValueError: B24FileTokenStore::load(): Argument #1 ($memberId) must be 1 to 64 of A-Z a-z 0-9 _ - (a portal's member_id)
ValueError: B24FileTokenStore::load(): Argument #1 ($memberId) must be 1 to 64 of A-Z a-z 0-9 _ - (a portal's member_id)
ValueError: B24FileTokenStore::load(): Argument #1 ($memberId) must be 1 to 64 of A-Z a-z 0-9 _ - (a portal's member_id)
ValueError: B24FileTokenStore::load(): Argument #1 ($memberId) must be 1 to 64 of A-Z a-z 0-9 _ - (a portal's member_id)
ValueError: B24FileTokenStore::load(): Argument #1 ($memberId) must be 1 to 64 of A-Z a-z 0-9 _ - (a portal's member_id)
ValueError: B24FileTokenStore::save(): Argument #2 ($tokens) is not a token set: access_token is not a string
ValueError: B24FileTokenStore::save(): Argument #2 ($tokens) is not a token set: client_endpoint is not an https://<portal>/rest/ URL
TypeError: B24FileTokenStore::save(): Argument #2 ($tokens) must be of type array, string given
ValueError: B24FileTokenStore::save(): Argument #2 ($tokens) is another portal's token set: its member_id is not $memberId
ValueError: B24FileTokenStore::lock(): Argument #2 ($timeout) must be a number of seconds from 0 to 86400
TypeError: B24FileTokenStore::lock(): Argument #2 ($timeout) must be of type float, string given
returned true
Error: B24FileTokenStore::lock(): this object holds the lock of that portal already
returned null
no file outside the folder: true
-- B24PdoTokenStore
TypeError: B24PdoTokenStore::__construct(): Argument #1 ($pdo) must be of type PDO, string given
ValueError: B24PdoTokenStore::__construct(): Argument #2 ($table) must be a table name: a letter or _, then letters, digits or _ (at most 63)
ValueError: B24PdoTokenStore::__construct(): Argument #2 ($table) must be a table name: a letter or _, then letters, digits or _ (at most 63)
ValueError: B24PdoTokenStore::__construct(): Argument #2 ($table) must be a table name: a letter or _, then letters, digits or _ (at most 63)
ValueError: B24PdoTokenStore::__construct(): Argument #2 ($table) must be a table name: a letter or _, then letters, digits or _ (at most 63)
ValueError: B24PdoTokenStore::__construct(): Argument #2 ($table) must be a table name: a letter or _, then letters, digits or _ (at most 63)
ValueError: B24PdoTokenStore::__construct(): Argument #2 ($table) must be a table name: a letter or _, then letters, digits or _ (at most 63)
PDOException: SQLSTATE[HY000]: General error: 1 no such table: T_1
returned null
ValueError: B24PdoTokenStore::save(): Argument #1 ($memberId) must be 1 to 64 of A-Z a-z 0-9 _ - (a portal's member_id)
ValueError: B24PdoTokenStore::lock(): Argument #2 ($timeout) must be a number of seconds from 0 to 86400
-- B24Client
TypeError: B24Client::__construct(): Argument #1 ($config) key "store" must be of type string|B24TokenStore, int given
TypeError: B24Client::__construct(): Argument #1 ($config) key "store" must be of type string|B24TokenStore, stdClass given
ValueError: B24Client::__construct(): Argument #1 ($config) key "member_id" is required with a B24TokenStore as "store"
ValueError: B24Client::__construct(): Argument #1 ($config) key "member_id" must be 1 to 64 of A-Z a-z 0-9 _ - (a portal's member_id)
TypeError: B24Client::__construct(): Argument #1 ($config) key "member_id" must be of type string, int given
ValueError: B24Client::__construct(): Argument #1 ($config): OAuth mode needs a client_endpoint (https://<portal>/rest/)
B24AuthException: B24_STORE_FAILED: token store: load() returned a malformed token set: access_token is not a string
B24AuthException: B24_STORE_FAILED: token store: load() returned a malformed token set: expires is not an integer
B24AuthException: B24_STORE_FAILED: token store: load() returned a malformed token set: client_endpoint is not an https://<portal>/rest/ URL
B24AuthException: B24_STORE_FAILED: token store: the stored set is refused: its member_id is not the configured member_id
B24AuthException: B24_STORE_FAILED: token store: load() threw an exception (the previous one) <- LogicException: database down
returned "B24Client"
