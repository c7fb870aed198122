--TEST--
b24 pool: every repeat of the client's call loop is counted in b24_pool_stats()['retries']; read-only methods go out replayable (libcurl may send them again on a new connection), writes never
--EXTENSIONS--
b24
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
/* the shared budget of this test alone, drained fast */
ini_set('b24.runtime_dir', b24_test_runtime_dir());
b24_emu_reset();
$c = b24_emu_webhook_client(['rate_limit' => '10/20']);
$hook = b24_emu_webhook_client(['rate_limit' => '0']);

function counted(array $before): string
{
	$s = b24_pool_stats();
	return 'retries +' . ($s['retries'] - $before['retries']) . ', repeats refused +' . ($s['refused_repeats'] - $before['refused_repeats']);
}

$c->call('profile');

/* 1. a read repeated by the client after a 500 and after a cut answer: two repeats */
$before = b24_pool_stats();
$mark = b24_emu_log_mark();
b24_emu_fault('internal_error', [], 1, 'crm.deal.list');
b24_emu_fault('reset_after_headers', [], 1, 'crm.deal.list');
$rows = $c->call('crm.deal.list', ['select' => ['ID']]);
echo 'crm.deal.list after a 500 and a cut answer: ', is_array($rows) ? 'rows' : 'NO ROWS', ', ',
	count(b24_emu_log_since($mark, 'crm.deal.list')), ' requests, ', counted($before), "\n";

/* 2. a write the portal refused with QUERY_LIMIT_EXCEEDED (it ran nothing): repeated once, applied once */
$title = 'pool-retry-' . bin2hex(random_bytes(4));
$before = b24_pool_stats();
$mark = b24_emu_log_mark();
b24_emu_fault('query_limit', [], 1, 'crm.deal.add');
$id = $c->call('crm.deal.add', ['fields' => ['TITLE' => $title]]);
echo 'crm.deal.add after QUERY_LIMIT_EXCEEDED: ', count(b24_emu_log_since($mark, 'crm.deal.add')), ' requests, ',
	count($hook->call('crm.deal.list', ['filter' => ['=TITLE' => $title], 'select' => ['ID']])), ' deal, ', counted($before), "\n";

/* 3. a read the portal took on the kept connection, which then died unanswered: libcurl sends it again itself */
$c->call('profile');
$before = b24_pool_stats();
$mark = b24_emu_log_mark();
b24_emu_fault('reset_before_headers', [], 1, 'crm.deal.get');
$deal = $c->call('crm.deal.get', ['id' => $id]);
echo 'crm.deal.get, connection dropped unanswered: ', ($deal['TITLE'] ?? '') === $title ? 'the deal' : 'NOT THE DEAL', ', ',
	count(b24_emu_log_since($mark, 'crm.deal.get')), ' requests, ', counted($before), "\n";

/* 4. the same drop on a write: not sent again, neither by libcurl nor by the client */
$c->call('profile');
$before = b24_pool_stats();
$mark = b24_emu_log_mark();
b24_emu_fault('reset_before_headers', [], 1, 'crm.deal.update');
try {
	$c->call('crm.deal.update', ['id' => $id, 'fields' => ['TITLE' => $title . '-2']]);
	echo "crm.deal.update: NO EXCEPTION\n";
} catch (B24Exception $e) {
	echo 'crm.deal.update, connection dropped unanswered: ', get_class($e), ' ', $e->getErrorCode(), ', ',
		count(b24_emu_log_since($mark, 'crm.deal.update')), ' request, ', counted($before), "\n";
}
?>
--EXPECT--
crm.deal.list after a 500 and a cut answer: rows, 3 requests, retries +2, repeats refused +0
crm.deal.add after QUERY_LIMIT_EXCEEDED: 2 requests, 1 deal, retries +1, repeats refused +0
crm.deal.get, connection dropped unanswered: the deal, 2 requests, retries +0, repeats refused +0
crm.deal.update, connection dropped unanswered: B24TransportException B24_TRANSPORT_FAILED, 1 request, retries +0, repeats refused +1
