/*
 * Shared by the libFuzzer targets of fuzz/: each target is one file
 * fuzz_<name>.c defining LLVMFuzzerTestOneInput() over one parser of the
 * core, built by scripts/fuzz with -fsanitize=fuzzer,address,undefined.
 *
 * A target checks what the parser promises beyond not crashing (an
 * invariant its header states) with FUZZ_ASSERT: a broken promise aborts,
 * and libFuzzer keeps the input as a reproducer, as for a crash.
 */
#ifndef B24_FUZZ_H
#define B24_FUZZ_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FUZZ_ASSERT(cond) do { \
	if (!(cond)) { \
		fprintf(stderr, "%s:%d: broken invariant: %s\n", __FILE__, __LINE__, #cond); \
		abort(); \
	} \
} while (0)

/* A NUL-terminated copy of the input (parsers taking C strings); free() it. */
static inline char *fuzz_cstr(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1);

	if (s == NULL) {
		abort();
	}
	memcpy(s, data, size);
	s[size] = '\0';
	return s;
}

/*
 * Splits the input at the first occurrence of byte `sep`: the part before
 * in *a / *a_len, the rest after it in *b / *b_len (empty when there is none).
 */
static inline void fuzz_split(const uint8_t *data, size_t size, uint8_t sep,
	const uint8_t **a, size_t *a_len, const uint8_t **b, size_t *b_len)
{
	const uint8_t *cut = memchr(data, sep, size);

	*a = data;
	*a_len = cut ? (size_t) (cut - data) : size;
	*b = cut ? cut + 1 : data + size;
	*b_len = cut ? size - *a_len - 1 : 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#endif /* B24_FUZZ_H */
