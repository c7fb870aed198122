/*
 * b24_redact: secrets out of, and control bytes escaped in, any text bound
 * for a message or a log. See b24_redact.h.
 */
#include <string.h>

#include "b24_redact.h"

/* Input bytes read per output byte of b24_redact_into(): room for escapes and "***". */
#define B24_REDACT_MARGIN 4

/* What stands for a text that cannot be shown safely. */
static const char b24_redact_withheld[] = "(text withheld)";

/*
 * The names a secret travels under: the token answer's and the settings
 * file's keys, the auth parameter of calls and events, the install form's
 * AUTH_ID / REFRESH_ID, and CRest's C_REST_CLIENT_SECRET.
 */
static const char *const b24_secret_keys[] = {
	"access_token", "refresh_token", "client_secret", "application_token", "auth",
	"auth_id", "refresh_id", "c_rest_client_secret", NULL
};

static int b24_redact_lc(int c)
{
	return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
}

static int b24_redact_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int b24_redact_word(int c)
{
	return b24_redact_digit(c) || (b24_redact_lc(c) >= 'a' && b24_redact_lc(c) <= 'z') || c == '_';
}

static int b24_redact_hex(int c)
{
	return b24_redact_digit(c) || (b24_redact_lc(c) >= 'a' && b24_redact_lc(c) <= 'f');
}

/* Whether s[0..n) starts with the lowercase literal `lit`, ASCII case ignored. */
static int b24_redact_prefix(const char *s, size_t n, const char *lit)
{
	size_t l = strlen(lit), i = 0;

	while (i < l && i < n && b24_redact_lc((unsigned char)s[i]) == lit[i]) {
		i++;
	}
	return i == l;
}

int b24_redact_secret_key(const char *key, size_t len)
{
	size_t k;

	for (k = 0; b24_secret_keys[k]; k++) {
		if (strlen(b24_secret_keys[k]) == len && b24_redact_prefix(key, len, b24_secret_keys[k])) {
			return 1;
		}
	}
	return 0;
}

static size_t b24_redact_run(const char *s, size_t i, size_t n, int (*ok)(int))
{
	size_t j = i;

	while (j < n && ok((unsigned char)s[j])) {
		j++;
	}
	return j - i;
}

/* Bytes that end a secret value in a query, a form body or a message. */
static int b24_value_end(int c)
{
	return c == '&' || c == '"' || c == '\'' || c == '<' || c == '>' || c == ',' || c == ';'
		|| c == '#' || (unsigned)c <= 0x20 || c == 0x7f;
}

/* 1 when a key may start at s[i]: start of text, a non-word byte, or a %XX escape ("%5B", "%26"). */
static int b24_key_boundary(const char *s, size_t i)
{
	if (i == 0 || !b24_redact_word((unsigned char)s[i - 1])) {
		return 1;
	}
	return i >= 3 && s[i - 3] == '%' && b24_redact_hex((unsigned char)s[i - 2])
		&& b24_redact_hex((unsigned char)s[i - 1]);
}

/*
 * Length of a secret key at s[i] followed by "=", "]=", "%5D=" (form) or
 * "%3D" (a query string encoded once more, as in batch commands), or 0.
 */
static size_t b24_form_key_at(const char *s, size_t i, size_t n, size_t *sep_len)
{
	size_t k, l;

	if (!b24_key_boundary(s, i)) {
		return 0;
	}
	for (k = 0; b24_secret_keys[k]; k++) {
		l = strlen(b24_secret_keys[k]);
		if (!b24_redact_prefix(s + i, n - i, b24_secret_keys[k])) {
			continue;
		}
		if (i + l < n && s[i + l] == '=') {
			*sep_len = 1;
		} else if (n - i - l >= 2 && memcmp(s + i + l, "]=", 2) == 0) {
			*sep_len = 2;
		} else if (b24_redact_prefix(s + i + l, n - i - l, "%5d=")) {
			*sep_len = 4;
		} else if (b24_redact_prefix(s + i + l, n - i - l, "%3d")) {
			*sep_len = 3;
		} else {
			continue;
		}
		return l;
	}
	return 0;
}

static size_t b24_skip_ws(const char *s, size_t i, size_t n)
{
	while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) {
		i++;
	}
	return i;
}

/*
 * "key" : "value" with a secret key at s[i] (s[i] is the opening quote):
 * returns the offset of the value's opening quote, or 0.
 */
static size_t b24_json_key_at(const char *s, size_t i, size_t n)
{
	size_t k, l, j;

	for (k = 0; b24_secret_keys[k]; k++) {
		l = strlen(b24_secret_keys[k]);
		if (i + l + 2 > n || !b24_redact_prefix(s + i + 1, n - i - 1, b24_secret_keys[k])
				|| s[i + 1 + l] != '"') {
			continue;
		}
		j = b24_skip_ws(s, i + l + 2, n);
		if (j < n && s[j] == ':') {
			j = b24_skip_ws(s, j + 1, n);
			if (j < n && s[j] == '"') {
				return j;
			}
		}
	}
	return 0;
}

/* A slash at s[i] as written in a URL, in JSON ("\/") or inside a query ("%2F"): its length, or 0. */
static size_t b24_slash_at(const char *s, size_t i, size_t n)
{
	if (i < n && s[i] == '/') {
		return 1;
	}
	if (n - i >= 2 && s[i] == '\\' && s[i + 1] == '/') {
		return 2;
	}
	return i < n && b24_redact_prefix(s + i, n - i, "%2f") ? 3 : 0;
}

/* "/rest/<digits>/<code>" at s[i]: returns the offset where <code> starts, or 0. */
static size_t b24_webhook_code_at(const char *s, size_t i, size_t n)
{
	size_t j = i, l, d;

	if (!(l = b24_slash_at(s, j, n)) || !b24_redact_prefix(s + j + l, n - j - l, "rest")) {
		return 0;
	}
	j += l + 4;
	if (!(l = b24_slash_at(s, j, n)) || !(d = b24_redact_run(s, j + l, n, b24_redact_digit))) {
		return 0;
	}
	j += l + d;
	if (!(l = b24_slash_at(s, j, n)) || !b24_redact_run(s, j + l, n, b24_redact_word)) {
		return 0;
	}
	return j + l;
}

/*
 * A byte that ends a URL's user:password part: a delimiter, a space or a
 * value end. A control byte (NUL too) does not: it is escaped as \xNN, whose bytes
 * would not end it on a second pass, and the password must be hidden by the
 * first one (redaction is a fixed point).
 */
static int b24_userinfo_end(unsigned char c)
{
	return (c != '\0' && strchr("/?#@", c)) || c == ' ' || (b24_value_end(c) && c > 0x20 && c != 0x7f);
}

/* "scheme://user:password@": returns the offset of the password, *end its end. */
static size_t b24_password_at(const char *s, size_t i, size_t n, size_t *end)
{
	size_t j = i + 3, colon = 0;

	if (n - i < 3 || memcmp(s + i, "://", 3) != 0) {
		return 0;
	}
	for (; j < n && !b24_userinfo_end((unsigned char)s[j]); j++) {
		if (s[j] == ':' && !colon) {
			colon = j;
		}
	}
	if (j < n && s[j] == '@' && colon) {
		*end = j;
		return colon + 1;
	}
	return 0;
}

/* Length of the valid UTF-8 sequence of two or more bytes at s[i], or 0. */
static size_t b24_utf8_at(const unsigned char *s, size_t i, size_t n)
{
	unsigned char c = s[i];
	size_t len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2, k;
	unsigned char lo = 0x80, hi = 0xbf;

	if (c < 0xc2 || c > 0xf4 || n - i < len) {
		return 0;
	}
	/* overlong forms, UTF-16 surrogates and code points above U+10FFFF */
	lo = c == 0xe0 ? 0xa0 : c == 0xf0 ? 0x90 : lo;
	hi = c == 0xed ? 0x9f : c == 0xf4 ? 0x8f : hi;
	if (s[i + 1] < lo || s[i + 1] > hi) {
		return 0;
	}
	for (k = 2; k < len; k++) {
		if ((s[i + k] & 0xc0) != 0x80) {
			return 0;
		}
	}
	return len;
}

/* One character of plain text at in[i]: copied, or escaped as \xNN. Returns its length. */
static size_t b24_redact_char(const char *in, size_t i, size_t n, b24_buf *out)
{
	static const char hex[] = "0123456789abcdef";
	unsigned char c = (unsigned char)in[i];
	size_t len = c >= 0x80 ? b24_utf8_at((const unsigned char *)in, i, n) : (c >= 0x20 && c != 0x7f);
	char esc[4];

	if (len) {
		b24_buf_append(out, in + i, len);
		return len;
	}
	esc[0] = '\\';
	esc[1] = 'x';
	esc[2] = hex[c >> 4];
	esc[3] = hex[c & 15];
	b24_buf_append(out, esc, 4);
	return 1;
}

/* A secret at in[i] replaced by "***": the offset after it, or 0 when none starts there. */
static size_t b24_redact_secret(const char *in, size_t i, size_t n, b24_buf *out)
{
	size_t at, sep, l, end;

	if ((at = b24_webhook_code_at(in, i, n)) != 0) {
		b24_buf_append(out, in + i, at - i);
		b24_buf_append_str(out, "***");
		return at + b24_redact_run(in, at, n, b24_redact_word);
	}
	if ((l = b24_form_key_at(in, i, n, &sep)) != 0) {
		b24_buf_append(out, in + i, l + sep);
		b24_buf_append_str(out, "***");
		i += l + sep;
		if (n - i >= 3 && memcmp(in + i, "***", 3) == 0) {
			/* redacted already: what follows ended the value (an escaped control byte), keep it */
			return i + 3;
		}
		for (; i < n && !b24_value_end((unsigned char)in[i]); i++) {
		}
		return i;
	}
	if (in[i] == '"' && (at = b24_json_key_at(in, i, n)) != 0) {
		b24_buf_append(out, in + i, at + 1 - i);
		b24_buf_append_str(out, "***");
		for (i = at + 1; i < n && in[i] != '"'; i += in[i] == '\\' ? 2 : 1) {
		}
		return i > n ? n : i;
	}
	if (in[i] == ':' && (at = b24_password_at(in, i, n, &end)) != 0) {
		b24_buf_append(out, in + i, at - i);
		b24_buf_append_str(out, "***");
		return end;
	}
	return 0;
}

/* One pass over in[0..n): every secret form found replaced, every unsafe byte escaped. */
static int b24_redact_pass(const char *in, size_t n, b24_buf *out)
{
	size_t i = 0, next;

	while (i < n) {
		next = b24_redact_secret(in, i, n, out);
		i = next ? next : i + b24_redact_char(in, i, n, out);
	}
	return b24_buf_ok(out) ? 0 : -1;
}

/*
 * Passes until one changes nothing. A replaced value can take with it the
 * byte that ended a wider form around it ("scheme://...:pass@" ended by a "/"
 * inside "auth=http:/x"), so the text a pass leaves may show a form the pass
 * did not see; such text is redacted again rather than shown, which makes the
 * result a fixed point by construction. Passes after the first only ever
 * replace values by "***"; a text still changing after B24_REDACT_PASSES is
 * withheld whole.
 */
#define B24_REDACT_PASSES 4

int b24_redact(const char *in, size_t n, b24_buf *out)
{
	b24_buf cur = B24_BUF_INIT, next = B24_BUF_INIT, swap;
	int pass, rc = b24_redact_pass(in, n, &cur);

	for (pass = 1; rc == 0; pass++) {
		b24_buf_reset(&next);
		rc = b24_redact_pass(cur.data ? cur.data : "", cur.len, &next);
		if (rc != 0 || (next.len == cur.len && (cur.len == 0 || memcmp(next.data, cur.data, cur.len) == 0))) {
			break;
		}
		if (pass == B24_REDACT_PASSES) {
			b24_buf_reset(&cur);
			b24_buf_append_str(&cur, b24_redact_withheld);
			break;
		}
		swap = cur;
		cur = next;
		next = swap;
	}
	if (rc == 0 && cur.len) {
		rc = b24_buf_append(out, cur.data, cur.len);
	}
	b24_buf_free(&cur);
	b24_buf_free(&next);
	return rc == 0 && b24_buf_ok(out) ? 0 : -1;
}

/* Where to cut text of `len` bytes to fit `max`: not inside a UTF-8 sequence or a \xNN escape. */
static size_t b24_redact_cut(const char *s, size_t len, size_t max)
{
	size_t k;

	if (len <= max) {
		return len;
	}
	len = max;
	while (len > 0 && ((unsigned char)s[len] & 0xc0) == 0x80) {
		len--;
	}
	for (k = 1; k <= 3 && k <= len; k++) {
		if (s[len - k] == '\\' && s[len - k + 1] == 'x') {
			return len - k;
		}
	}
	return len;
}

int b24_redact_capped(const char *in, size_t len, size_t max, b24_buf *out)
{
	b24_buf shown = B24_BUF_INIT;
	size_t scan = max * B24_REDACT_MARGIN + B24_MSG_SCAN, n;
	int rc;

	/* redaction first: the cut below only ever shortens text already redacted */
	if (b24_redact(in, len < scan ? len : scan, &shown) != 0) {
		b24_buf_free(&shown);
		return -1;
	}
	n = b24_redact_cut(shown.data ? shown.data : "", shown.len, max);
	rc = b24_buf_append(out, shown.data ? shown.data : "", n);
	if (rc == 0 && (n < shown.len || len > scan)) {
		rc = b24_buf_append_str(out, "...[");
		rc = rc == 0 ? b24_buf_append_long(out, (long long)len) : rc;
		rc = rc == 0 ? b24_buf_append_str(out, " bytes]") : rc;
	}
	b24_buf_free(&shown);
	return rc;
}

const char *b24_redact_value(b24_buf *tmp, const char *in, size_t len)
{
	b24_buf_reset(tmp);
	if (b24_redact_capped(in, len, B24_MSG_VALUE_MAX, tmp) != 0 || !b24_buf_ok(tmp)) {
		return b24_redact_withheld;
	}
	return b24_buf_cstr(tmp);
}

size_t b24_redact_into(char *dst, size_t size, const char *in, size_t len)
{
	b24_buf shown = B24_BUF_INIT;
	size_t n = 0;

	if (size <= B24_MSG_MARKER_MAX + 1) {
		if (size) {
			dst[0] = '\0';
		}
		return 0;
	}
	if (b24_redact_capped(in, len, size - 1 - B24_MSG_MARKER_MAX, &shown) == 0 && b24_buf_ok(&shown)) {
		n = shown.len;
		memcpy(dst, shown.data ? shown.data : "", n);
	} else {
		n = sizeof(b24_redact_withheld) - 1;
		memcpy(dst, b24_redact_withheld, n);
	}
	dst[n] = '\0';
	b24_buf_free(&shown);
	return n;
}
