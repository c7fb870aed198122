/*
 * The limit for b24's transport: a plain libcurl loop making N sequential
 * REST calls on one kept-alive HTTPS connection, the way b24 makes them
 * (POST of a form body to <base><method>.json with the same headers and
 * transport settings, the URL set for every call as a client calling
 * different methods must, HTTP/1.1, TLS verified).
 *
 *   curl_loop <base-url> <ca-file> <calls>
 * prints the mean microseconds per call.
 */
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static size_t sink(char *ptr, size_t size, size_t n, void *userdata)
{
	(void)ptr;
	*(size_t *)userdata += size * n;
	return size * n;
}

static double now_us(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

int main(int argc, char **argv)
{
	char url[2048];
	size_t got = 0;
	long calls, i;
	double t0;
	struct curl_slist *headers = NULL;
	CURL *h;

	if (argc != 4) {
		fprintf(stderr, "usage: curl_loop <base-url> <ca-file> <calls>\n");
		return 2;
	}
	calls = atol(argv[3]);
	snprintf(url, sizeof(url), "%sprofile.json", argv[1]);
	curl_global_init(CURL_GLOBAL_DEFAULT);
	h = curl_easy_init();
	curl_easy_setopt(h, CURLOPT_CAINFO, argv[2]);
	curl_easy_setopt(h, CURLOPT_HTTP_VERSION, (long)CURL_HTTP_VERSION_1_1);
	/* the transport settings b24 uses: deadlines, compression offered, TCP keep-alive */
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, 10000L);
	curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, 75000L);
	curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(h, CURLOPT_TCP_KEEPALIVE, 1L);
	curl_easy_setopt(h, CURLOPT_USERAGENT, "b24-php/0.1.0");
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, "select%5B0%5D=ID&start=0");
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, sink);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &got);
	headers = curl_slist_append(headers, "Accept: application/json");
	headers = curl_slist_append(headers, "Expect:");
	headers = curl_slist_append(headers, "Content-Type: application/x-www-form-urlencoded");
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	t0 = now_us();
	for (i = 0; i < calls; i++) {
		CURLcode rc;

		curl_easy_setopt(h, CURLOPT_URL, url);
		rc = curl_easy_perform(h);
		if (rc != CURLE_OK) {
			fprintf(stderr, "call %ld: %s\n", i, curl_easy_strerror(rc));
			return 1;
		}
	}
	printf("%.1f\n", (now_us() - t0) / calls);
	curl_easy_cleanup(h);
	curl_slist_free_all(headers);
	curl_global_cleanup();
	return got > 0 ? 0 : 1;
}
