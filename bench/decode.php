<?php
/*
 * The decoding benchmark's two sides, against a page nginx serves as is:
 *   b24   N calls of B24Client::call() (the answer decoded by b24 with ext/json's parser)
 *   php   N requests on one kept-alive ext/curl handle, each answer through json_decode($body, true)
 * and `gen`, which writes the pages: a crm.deal.list page of 50 deals and a 5 MB list.
 *
 *   php decode.php gen <dir>
 *   php decode.php b24|php <page-url> <ca-file> <calls>     prints µs per call
 */
declare(strict_types=1);

function deal(int $id): array
{
	$deal = ['ID' => (string)$id, 'TITLE' => "Deal #{$id} — Заказ «{$id}»", 'TYPE_ID' => 'SALE',
		'STAGE_ID' => 'C1:NEW', 'PROBABILITY' => null, 'CURRENCY_ID' => 'EUR',
		'OPPORTUNITY' => sprintf('%d.%02d', $id * 7, $id % 100), 'IS_MANUAL_OPPORTUNITY' => 'N',
		'TAX_VALUE' => 0.19, 'LEAD_ID' => null, 'COMPANY_ID' => (string)($id % 97),
		'CONTACT_ID' => (string)($id % 89), 'QUOTE_ID' => null,
		'BEGINDATE' => '2026-11-01T03:00:00+03:00', 'CLOSEDATE' => '2026-11-30T03:00:00+03:00',
		'ASSIGNED_BY_ID' => '1', 'CREATED_BY_ID' => '1', 'MODIFY_BY_ID' => '1',
		'DATE_CREATE' => '2026-11-01T10:00:00+03:00', 'DATE_MODIFY' => '2026-11-20T10:00:00+03:00',
		'OPENED' => 'Y', 'CLOSED' => 'N', 'COMMENTS' => "Line one\nLine \"two\" <b>bold</b>",
		'ADDITIONAL_INFO' => null, 'LOCATION_ID' => null, 'CATEGORY_ID' => '1',
		'STAGE_SEMANTIC_ID' => 'P', 'IS_NEW' => 'Y', 'IS_RECURRING' => 'N',
		'IS_RETURN_CUSTOMER' => 'N', 'IS_REPEATED_APPROACH' => 'N', 'SOURCE_ID' => 'WEB',
		'SOURCE_DESCRIPTION' => '', 'ORIGINATOR_ID' => null, 'ORIGIN_ID' => null,
		'MOVED_BY_ID' => '1', 'MOVED_TIME' => '2026-11-01T10:00:00+03:00',
		'UTM_SOURCE' => 'newsletter', 'UF_CRM_TAGS' => ['a', 'b', $id], 'UF_CRM_META' => [],
		'BIG' => 9007199254740993 + $id];
	return $deal;
}

function page(int $from, int $count): string
{
	$rows = [];
	for ($i = 0; $i < $count; $i++) {
		$rows[] = deal($from + $i);
	}
	return json_encode(['result' => $rows, 'next' => $from + $count, 'total' => 10000,
		'time' => ['start' => 1764064800.123456, 'finish' => 1764064800.223456, 'duration' => 0.1,
			'processing' => 0.09, 'date_start' => '2026-11-25T10:00:00+03:00',
			'date_finish' => '2026-11-25T10:00:00+03:00', 'operating' => 0.5,
			'operating_reset_at' => 1764065400]], JSON_THROW_ON_ERROR);
}

if ($argv[1] === 'gen') {
	file_put_contents("$argv[2]/deals50.json", page(1, 50));
	/* about 1 KB a deal: enough rows for 5 MB */
	$rows = (int)ceil(5 * 1024 * 1024 / (strlen(page(1, 50)) / 50));
	file_put_contents("$argv[2]/list5mb.json", page(1, $rows));
	exit(0);
}

[, $mode, $url, $ca, $calls] = $argv;
$calls = (int)$calls;
if ($mode === 'b24') {
	$client = new B24Client(['webhook' => $url, 'ca_file' => $ca]);
	$t0 = hrtime(true);
	for ($i = 0; $i < $calls; $i++) {
		$result = $client->call('crm.deal.list', ['start' => 0]);
	}
} else {
	$h = curl_init();
	curl_setopt_array($h, [CURLOPT_RETURNTRANSFER => true, CURLOPT_CAINFO => $ca,
		CURLOPT_HTTP_VERSION => CURL_HTTP_VERSION_1_1, CURLOPT_POSTFIELDS => 'start=0',
		CURLOPT_HTTPHEADER => ['Accept: application/json', 'Expect:']]);
	$t0 = hrtime(true);
	for ($i = 0; $i < $calls; $i++) {
		curl_setopt($h, CURLOPT_URL, $url . 'crm.deal.list.json');
		$result = json_decode((string)curl_exec($h), true)['result'];
	}
}
if (count($result) < 50) {
	fwrite(STDERR, "$mode: unexpected answer\n");
	exit(1);
}
printf("%.1f\n", (hrtime(true) - $t0) / 1e3 / $calls);
