--TEST--
b24: an error answer whose code is the empty string (the portal's answer for a missing CRM item) is returned and thrown as sent
--EXTENSIONS--
b24
--SKIPIF--
<?php require __DIR__ . '/inc/emu.inc'; b24_emu_skipif(); ?>
--FILE--
<?php
require __DIR__ . '/inc/emu.inc';
b24_emu_reset();
$hook = b24_emu_webhook_client();
$notFound = ['code' => '', 'status' => 400, 'description' => 'Not found'];

/* b24_call(): the decoded answer, as CRest returns it */
b24_emu_fault('error', $notFound, 1, 'crm.deal.get');
var_dump(b24_call('crm.deal.get', ['id' => 999999], $hook));

/* without a description as well */
b24_emu_fault('error', ['code' => '', 'status' => 400, 'description' => ''], 1, 'crm.deal.get');
var_dump(b24_call('crm.deal.get', ['id' => 999999], $hook));

/* B24Client::call(): an API error with that code and description */
b24_emu_fault('error', $notFound, 1, 'crm.deal.get');
try {
    $hook->call('crm.deal.get', ['id' => 999999]);
} catch (B24Exception $e) {
    var_dump(get_class($e), $e->getErrorCode(), $e->getDescription(), $e->getHttpStatus(), $e->getMessage());
}

/* the next call is answered normally */
var_dump(is_array(b24_call('crm.deal.list', [], $hook)['result']));
?>
--EXPECT--
array(2) {
  ["error"]=>
  string(0) ""
  ["error_description"]=>
  string(9) "Not found"
}
array(2) {
  ["error"]=>
  string(0) ""
  ["error_description"]=>
  string(0) ""
}
string(15) "B24ApiException"
string(0) ""
string(9) "Not found"
int(400)
string(9) "Not found"
bool(true)
