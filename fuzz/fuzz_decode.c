/*
 * The answer decoder of the binding (src/php/b24_decode.c) inside a real PHP
 * engine: PHP's embed SAPI (libphp-embed) is started once with a module
 * whose MINIT is the extension's decoder MINIT, so the interned keys are
 * made as the extension makes them. Chosen over running the extension in a
 * php CLI: libFuzzer needs the decoder in its own process, called per input,
 * and only the embed SAPI gives that with Debian's unmodified PHP.
 *
 * Each input is an answer body taken the way b24_call.c takes a 200 answer:
 * split and decoded member by member when the splitter accepts it, else
 * decoded whole. Invariants (the decoder's promise: exactly
 * json_decode($body, true)): the whole decode is identical to ext/json's
 * php_json_decode_ex(), and a split result identical to its "result".
 * USE_ZEND_ALLOC=0 (set by scripts/fuzz) makes PHP's allocations plain
 * malloc()s, so ASAN and the leak check see them.
 */
#include <sapi/embed/php_embed.h>
#include "ext/json/php_json.h"

#include "fuzz.h"
#include "b24_private.h"
#include "b24_envelope.h"

static PHP_MINIT_FUNCTION(b24fuzz)
{
	(void) type; (void) module_number;
	b24_php_decode_minit();
	return SUCCESS;
}

static PHP_MSHUTDOWN_FUNCTION(b24fuzz)
{
	(void) type; (void) module_number;
	b24_php_decode_mshutdown();
	return SUCCESS;
}

static zend_module_entry b24fuzz_module_entry = {
	STANDARD_MODULE_HEADER, "b24fuzz", NULL,
	PHP_MINIT(b24fuzz), PHP_MSHUTDOWN(b24fuzz), NULL, NULL, NULL,
	"0", STANDARD_MODULE_PROPERTIES
};

static int fuzz_sapi_startup(sapi_module_struct *sapi)
{
	return B24_PHP_MODULE_STARTUP(sapi, &b24fuzz_module_entry);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void) argc; (void) argv;
	php_embed_module.startup = fuzz_sapi_startup;
	/* no php.ini nor conf.d: Debian's loads opcache, with RTLD_DEEPBIND */
	php_embed_module.php_ini_ignore = 1;
	if (php_embed_init(0, NULL) != SUCCESS) {
		fprintf(stderr, "cannot start PHP's embed SAPI\n");
		abort();
	}
	return 0;
}

/* json_decode($text, true) as ext/json does it; UNDEF when it fails. */
static void reference_decode(zval *out, const char *text, size_t len)
{
	ZVAL_UNDEF(out);
	if (len == 0 || php_json_decode_ex(out, text, len, PHP_JSON_OBJECT_AS_ARRAY,
			PHP_JSON_PARSER_DEFAULT_DEPTH) != SUCCESS) {
		zval_ptr_dtor(out);
		ZVAL_UNDEF(out);
	}
}

static void check_identical(zval *a, zval *b)
{
	FUZZ_ASSERT(Z_ISUNDEF_P(a) == Z_ISUNDEF_P(b));
	FUZZ_ASSERT(Z_ISUNDEF_P(a) || zend_is_identical(a, b));
}

/* The split way: each member's text copied out and decoded (b24_call.c). */
static void check_split(const char *body, size_t len, zval *whole)
{
	b24_envelope_members m;
	zval result, *want;
	char *text;

	if (b24_envelope_split(body, len, &m) != 0 || m.result.len == 0) {
		return;
	}
	text = fuzz_cstr((const uint8_t *) body + m.result.off, m.result.len);
	if (b24_php_decode_json_member(&result, text, m.result.len)) {
		FUZZ_ASSERT(!Z_ISUNDEF_P(whole) && Z_TYPE_P(whole) == IS_ARRAY);
		want = zend_hash_str_find(Z_ARRVAL_P(whole), ZEND_STRL("result"));
		FUZZ_ASSERT(want != NULL && zend_is_identical(&result, want));
		zval_ptr_dtor(&result);
	}
	free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *body = fuzz_cstr(data, size);
	zval mine, want;

	if (!b24_php_decode_json(&mine, body, size)) {
		ZVAL_UNDEF(&mine);
	}
	reference_decode(&want, body, size);
	check_identical(&mine, &want);
	check_split(body, size, &want);
	zval_ptr_dtor(&mine);
	zval_ptr_dtor(&want);
	free(body);
	return 0;
}
