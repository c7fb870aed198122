--TEST--
B24Client::each(): counted paging for an order by name (50 pages a request once the total is known), the loop guard on a portal that repeats a page, the items of tasks.task.list and crm.item.list, misuse
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/each.inc';
b24_emu_reset();
$c = each_client_limited();

/* an order by title: counted pages, every deal once, in the portal's title order */
$mark = b24_emu_log_mark();
$progress = [];
$deals = $c->fetchAll('crm.deal.list', ['order' => ['TITLE' => 'ASC'], 'select' => ['ID', 'TITLE']],
    ['progress' => function (int $n, ?int $total) use (&$progress) { $progress[] = "$n/$total"; }]);
$titles = array_column($deals, 'TITLE');
$sorted = $titles;
sort($sorted, SORT_STRING);
$ids = array_map('intval', array_column($deals, 'ID'));
sort($ids);
echo count($deals), ' deals, in title order: ', var_export($titles === $sorted, true), ', each once: ',
    var_export($ids === range(1, 10000), true), ', first ', $titles[0], "\n";
[$commands, $refused] = each_requests($mark);
echo 'batch requests: ', implode(',', $commands), '; refused: ', $refused, "\n";
echo 'progress: ', implode(' ', $progress), "\n";
$entry = b24_emu_log_since($mark, 'batch')[1];
echo $entry['params']['cmd']['p0'], "\n";
/* without ID in select it is asked for (the loop guard reads it) and taken out */
$few = $c->fetchAll('crm.deal.list', ['order' => ['TITLE' => 'DESC'], 'filter' => ['<ID' => 120], 'select' => ['TITLE']]);
echo count($few), ' ', json_encode($few[0]), ' ', json_encode(end($few)), "\n";

/* the loop guard: the second page of a request repeats the first */
foreach ([['order' => ['ID' => 'ASC']], ['order' => ['TITLE' => 'ASC']]] as $params) {
    b24_emu_fault('repeat_page', [], 2, 'crm.deal.list');
    $n = 0;
    try {
        foreach ($c->each('crm.deal.list', $params + ['select' => ['ID']]) as $deal) {
            $n++;
        }
        echo "no exception\n";
    } catch (B24ResponseException $e) {
        echo key($params['order']), ': ', get_class($e), ' ', $e->getErrorCode(), ' after ', $n, ' items: ', $e->getMessage(), "\n";
    }
}
b24_emu_control('DELETE', 'faults');

/* tasks.task.list: result.tasks, filtered by ID, rows carry id */
$tasks = $c->fetchAll('tasks.task.list', ['select' => ['TITLE'], 'filter' => ['>ID' => 10]]);
echo count($tasks), ' tasks, ', json_encode($tasks[0]), ' ', json_encode(end($tasks)), "\n";
$tasks = $c->fetchAll('tasks.task.list', ['select' => ['ID', 'TITLE']], ['page_size' => 20]);
echo count($tasks), ' tasks, ', json_encode($tasks[0]), ' ', json_encode(end($tasks)), "\n";
/* crm.item.list: result.items, filter >id */
$items = $c->fetchAll('crm.item.list', ['entityTypeId' => 2, 'filter' => ['stageId' => 'LOSE'], 'select' => ['title']]);
echo count($items), ' items, ', json_encode($items[0]), ' ', json_encode(end($items)), "\n";
$items = $c->fetchAll('crm.item.list', ['entityTypeId' => 3, 'select' => ['id', 'lastName']]);
echo count($items), ' contacts, ', json_encode($items[0]), "\n";
/* an API error of a page is its exception */
try {
    $c->fetchAll('crm.item.list', ['entityTypeId' => 99]);
} catch (B24ApiException $e) {
    echo get_class($e), ' ', $e->getErrorCode(), "\n";
}
[$commands, $refused] = each_requests($mark);
echo 'refused in all: ', $refused, "\n";

/* misuse */
foreach ([
    fn () => $c->each('crm.deal.list', ['start' => 0]),
    fn () => $c->fetchAll('crm.deal.list', ['filter' => 'ID>5']),
    fn () => $c->fetchAll('crm.deal.list', [], ['page_size' => 51]),
    fn () => $c->fetchAll('crm.deal.list', [], ['page_size' => '5']),
    fn () => $c->fetchAll('crm.deal.list', [], ['progress' => 'no_such_function']),
    fn () => $c->fetchAll('crm.deal.list', [], ['concurrency_x' => 1]),
    fn () => $c->each('crm deal', []),
    fn () => new B24ListCursor(),
] as $f) {
    try {
        $f();
        echo "no error\n";
    } catch (Error $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
try {
    (new ReflectionClass('B24ListCursor'))->newInstanceWithoutConstructor();
} catch (ReflectionException $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
b24_emu_settings(['bucket_enabled' => false]);
?>
--EXPECTF--
10000 deals, in title order: true, each once: true, first Deal #1
batch requests: 1,50,50,50,49; refused: 0
progress: 50/10000 2550/10000 5050/10000 7550/10000 10000/10000
crm.deal.list?order%5BTITLE%5D=ASC&select%5B0%5D=ID&select%5B1%5D=TITLE&start=50
119 {"TITLE":"Deal #99"} {"TITLE":"Deal #1"}
ID: B24ResponseException B24_LIST_LOOP after 0 items: B24_LIST_LOOP: the portal answered a page that starts at or before the last ID taken (ID 1): it does not page this list as asked, the export stops here
TITLE: B24ResponseException B24_LIST_LOOP after 50 items: B24_LIST_LOOP: the portal answered the same page twice (ID %d): it does not page this list as asked, the export stops here
490 tasks, {"title":"Task #11"} {"title":"Task #500"}
500 tasks, {"id":"1","title":"Task #1"} {"id":"500","title":"Task #500"}
1428 items, {"title":"Deal #6"} {"title":"Deal #9995"}
2000 contacts, {"id":"1","lastName":"Petrov 1"}
B24ApiException ERROR_ARGUMENT
refused in all: 0
ValueError: B24Client::each(): Argument #2 ($params) must not contain "start": each() pages the list itself
TypeError: B24Client::fetchAll(): Argument #2 ($params) key "filter" must be of type array, string given
ValueError: B24Client::fetchAll(): Argument #3 ($options) option "page_size" must be between 1 and 50
TypeError: B24Client::fetchAll(): Argument #3 ($options) option "page_size" must be of type int, string given
TypeError: B24Client::fetchAll(): Argument #3 ($options) option "progress" must be of type callable, string given
ValueError: B24Client::fetchAll(): Argument #3 ($options) contains the unknown option "concurrency_x"
ValueError: B24Client::each(): Argument #1 ($method) must be a REST method name (1 to 255 of A-Z a-z 0-9 _ . -)
Error: Call to private B24ListCursor::__construct() from global scope
ReflectionException: Class B24ListCursor is an internal class marked as final that cannot be instantiated without invoking its constructor
