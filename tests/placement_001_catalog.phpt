--TEST--
B24Placement: one constant per row of catalog/placements.tsv and catalog/events.tsv, named by the documented rule
--EXTENSIONS--
b24
--FILE--
<?php
/* Reads a catalog table: the rows below the header, as column => value ("-" = ""). */
function tsv(string $name): array
{
    $rows = [];
    $header = null;
    foreach (file(__DIR__ . "/../catalog/$name", FILE_IGNORE_NEW_LINES) as $line) {
        if ($line === '' || $line[0] === '#') {
            continue;
        }
        $cells = explode("\t", $line);
        if ($header === null) {
            $header = $cells;
            continue;
        }
        $rows[] = array_map(fn ($v) => $v === '-' ? '' : $v, array_combine($header, $cells));
    }
    return $rows;
}

/* The naming rule of the stub, written again here so the test checks it. */
function placement_const(string $code): string
{
    return (preg_match('/^[A-Za-z]/', $code) ? '' : 'MAIN_') . strtoupper(str_replace(['<', '>'], '', $code));
}

function event_const(string $event): string
{
    $words = preg_replace('/(?<=[a-z0-9])(?=[A-Z])/', '_', $event);
    return 'EVENT_' . strtoupper(trim(preg_replace('/[^A-Za-z0-9]+/', '_', $words), '_'));
}

$constants = (new ReflectionClass('B24Placement'))->getConstants();
$expected = [];
$placements = tsv('placements.tsv');
$events = tsv('events.tsv');
foreach ($placements as $row) {
    $expected[placement_const($row['code'])] = $row['code'];
}
foreach ($events as $row) {
    $expected[event_const($row['event'])] = $row['event'];
}
printf("%d placement rows, %d event rows, %d constants expected, %d declared\n",
    count($placements), count($events), count($expected), count($constants));
foreach ($expected as $name => $value) {
    if (($constants[$name] ?? null) !== $value) {
        echo "missing or wrong: $name\n";
    }
}
foreach (array_diff_key($constants, $expected) as $name => $value) {
    echo "not in the catalog: $name\n";
}

/* Every code is known; events() of each placement is the events.tsv column. */
foreach ($placements as $row) {
    if (!B24Placement::isKnown($row['code'])) {
        echo "not known: {$row['code']}\n";
    }
}
$raised = [];
foreach ($events as $row) {
    foreach (explode(',', $row['placement']) as $code) {
        $raised[$code][] = $row['event'];
    }
}
foreach ($raised as $code => $list) {
    if ((new B24Placement($code))->events() !== $list) {
        echo "events() of $code differs\n";
    }
}
var_dump((new B24Placement('LEFT_MENU'))->events());

echo B24Placement::PAGE_BACKGROUND_WORKER, "\n";
echo B24Placement::EVENT_BACKGROUND_CALL_CARD_ANSWER_BUTTON_CLICK, "\n";
echo B24Placement::EVENT_CALENDAR_CUSTOM_VIEW_ADJUST_TO_DATE, "\n";
echo B24Placement::EVENT_ON_CRM_ENTITY_IS_NEED_TO_CREATE, "\n";
echo B24Placement::CRM_DYNAMIC_ID_DETAIL_TAB, "\n";
echo B24Placement::LANDING_BLOCK_CODE, ' ', B24Placement::LANDING_BLOCK, "\n";
echo constant('B24Placement::MAIN_1C_PAGE'), "\n";
echo B24Placement::CRM_INVOICE_LIST_TOOLBAR, "\n";

/* Templates and codes the catalog does not know. */
echo B24Placement::dynamic(183, B24Placement::CRM_DYNAMIC_ID_DETAIL_TAB), "\n";
echo B24Placement::dynamic(136, 'list_toolbar'), "\n";
echo B24Placement::dynamic(7, 'NEW_PLACE'), "\n";
var_dump(B24Placement::isKnown('CRM_DYNAMIC_183_DETAIL_TAB'), B24Placement::isKnown('crm_deal_detail_tab'),
    B24Placement::isKnown('CRM_SOMETHING_NEW'));
echo (new B24Placement('crm_something_new'))->code(), "\n";
?>
--EXPECT--
101 placement rows, 25 event rows, 126 constants expected, 126 declared
array(0) {
}
PAGE_BACKGROUND_WORKER
BackgroundCallCard::answerButtonClick
Calendar.customView:adjustToDate
onCrmEntityIsNeedToCreate
CRM_DYNAMIC_<id>_DETAIL_TAB
LANDING_BLOCK_<code> LANDING_BLOCK
1C_PAGE
CRM_INVOICE_LIST_TOOLBAR
CRM_DYNAMIC_183_DETAIL_TAB
CRM_DYNAMIC_136_LIST_TOOLBAR
CRM_DYNAMIC_7_NEW_PLACE
bool(true)
bool(true)
bool(false)
CRM_SOMETHING_NEW
