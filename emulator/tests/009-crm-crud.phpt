--TEST--
crm.deal and crm.contact add / get / update / delete, and their errors
--FILE--
<?php
require __DIR__ . '/env.inc';
emu_reset();
$r = emu_hook('crm.deal.add', ['fields' => ['TITLE' => 'A&B "quoted"', 'OPPORTUNITY' => 12.5, 'CURRENCY_ID' => 'EUR', 'NOT_A_FIELD' => 'x']]);
$id = $r['json']['result'];
echo 'add: ', emu_brief($r), ' ', json_encode($id), "\n";
$d = emu_hook('crm.deal.get', ['id' => $id])['json']['result'];
echo 'get: ', $d['ID'], ' ', $d['TITLE'], ' ', $d['OPPORTUNITY'], ' ', $d['CURRENCY_ID'], ' ', $d['STAGE_ID'], ' ', json_encode(isset($d['NOT_A_FIELD'])), "\n";
echo 'update: ', json_encode(emu_hook('crm.deal.update', ['id' => $id, 'fields' => ['STAGE_ID' => 'WON']])['json']['result']), "\n";
echo 'after update: ', emu_hook('crm.deal.get', ['id' => $id])['json']['result']['STAGE_ID'], "\n";
echo 'total now: ', emu_hook('crm.deal.list', ['select' => ['ID']])['json']['total'], "\n";
echo 'delete: ', json_encode(emu_hook('crm.deal.delete', ['id' => $id])['json']['result']), "\n";
$r = emu_hook('crm.deal.get', ['id' => $id]);
echo 'get deleted: ', emu_brief($r), ' ', $r['json']['error_description'], "\n";
echo 'update missing: ', emu_brief(emu_hook('crm.deal.update', ['id' => 999999, 'fields' => ['TITLE' => 'x']])), "\n";
echo 'delete missing: ', emu_brief(emu_hook('crm.deal.delete', ['id' => 999999])), "\n";
$r = emu_hook('crm.deal.get');
echo 'no id: ', emu_brief($r), ' ', $r['json']['error_description'], "\n";
echo 'add without fields: ', emu_brief(emu_hook('crm.deal.add', ['x' => 1])), "\n";
$cid = emu_hook('crm.contact.add', ['fields' => ['NAME' => 'Zoë', 'LAST_NAME' => 'Test']])['json']['result'];
$c = emu_hook('crm.contact.get', ['ID' => $cid])['json']['result'];
echo 'contact: ', $cid, ' ', $c['NAME'], ' ', $c['LAST_NAME'], "\n";
echo 'contact list filter: ', emu_hook('crm.contact.list', ['filter' => ['NAME' => 'Zoë']])['json']['total'], "\n";
echo 'contact update/delete: ', json_encode(emu_hook('crm.contact.update', ['id' => $cid, 'fields' => ['NAME' => 'Z']])['json']['result']), json_encode(emu_hook('crm.contact.delete', ['id' => $cid])['json']['result']), "\n";
$f = emu_hook('crm.deal.fields')['json']['result'];
echo 'fields: ', $f['OPPORTUNITY']['type'], ' ', json_encode($f['ID']['isReadOnly']), "\n";
emu_reset();
echo 'reset reseeds: ', emu_hook('crm.deal.list', ['select' => ['ID']])['json']['total'], ' ', emu_hook('crm.contact.list')['json']['total'], "\n";
?>
--EXPECT--
add: 200 ok 10001
get: 10001 A&B "quoted" 12.50 EUR NEW false
update: true
after update: WON
total now: 10001
delete: true
get deleted: 400 ERROR_NOT_FOUND Not found
update missing: 400 ERROR_NOT_FOUND
delete missing: 400 ERROR_NOT_FOUND
no id: 400 ERROR_ARGUMENT ID is not defined or invalid.
add without fields: 400 ERROR_ARGUMENT
contact: 2001 Zoë Test
contact list filter: 1
contact update/delete: truetrue
fields: double true
reset reseeds: 10000 2000
