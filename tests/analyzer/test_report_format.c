/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The reports' hand-made formatters (analyzer/src/report_buf.c) against the
 * library calls they replaced for speed: snprintf, inet_ntop, cap_secs,
 * gmtime + strftime.  The reports must not change by one octet, so each is
 * compared with its original over edge values and a deterministic spread.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "model_helpers.h"
#include "report_buf.h"

/* xorshift64: the same spread on every run */
static uint64_t rnd_state = UINT64_C(0x9e3779b97f4a7c15);
static uint64_t rnd(void)
{
	rnd_state ^= rnd_state << 13;
	rnd_state ^= rnd_state >> 7;
	rnd_state ^= rnd_state << 17;
	return rnd_state;
}

static void check_u64(uint64_t v)
{
	char got[FMT_U64_MAX + 1], want[32];

	got[fmt_u64(got, v)] = '\0';
	snprintf(want, sizeof(want), "%" PRIu64, v);
	assert_string_equal(got, want);
}

static void check_i64(int64_t v)
{
	char got[FMT_I64_MAX + 1], want[32];

	got[fmt_i64(got, v)] = '\0';
	snprintf(want, sizeof(want), "%" PRId64, v);
	assert_string_equal(got, want);
}

static void test_integers(void **state)
{
	uint64_t p = 1;

	(void)state;
	check_u64(0);
	check_u64(UINT64_MAX);
	check_i64(0);
	check_i64(-1);
	check_i64(INT64_MIN);
	check_i64(INT64_MAX);
	for (int i = 0; i < 20; i++, p *= 10) {
		check_u64(p);
		check_u64(p - 1);
		check_u64(p + 1);
		check_i64(-(int64_t)(p - 1));
	}
	for (int i = 0; i < 100000; i++) {
		uint64_t v = rnd() >> (rnd() % 64);

		check_u64(v);
		check_i64((int64_t)v);
		check_i64(-(int64_t)(v >> 1));
	}
}

static void check_ipv4(uint32_t a)
{
	char got[FMT_IPV4_MAX + 1], want[16];

	got[fmt_ipv4(got, a)] = '\0';
	assert_string_equal(got, mipx_ipv4_str(a, want));
}

static void test_ipv4(void **state)
{
	char out[FMT_IPV6_MAX + 1];
	struct mipx_addr a = mipx_addr_v4(IP(10, 2, 16, 1));

	(void)state;
	check_ipv4(0);
	check_ipv4(UINT32_MAX);
	check_ipv4(IP(10, 0, 9, 100));
	check_ipv4(IP(99, 100, 199, 200));
	for (unsigned o = 0; o < 256; o++)
		check_ipv4(IP(o, 255 - o, o / 3, o * 7 % 256));
	for (int i = 0; i < 100000; i++)
		check_ipv4((uint32_t)rnd());
	out[fmt_addr(out, &a)] = '\0';
	assert_string_equal(out, "10.2.16.1");
	memset(&a, 0, sizeof(a)); /* no address: "-", as mipx_addr_str says */
	out[fmt_addr(out, &a)] = '\0';
	assert_string_equal(out, "-");
}

static void check_ipv6(const uint8_t a[16])
{
	char got[FMT_IPV6_MAX + 1], want[INET6_ADDRSTRLEN];
	struct mipx_addr x = mipx_addr_v6(a);

	assert_non_null(inet_ntop(AF_INET6, a, want, sizeof(want)));
	got[fmt_ipv6(got, a)] = '\0';
	assert_string_equal(got, want);
	got[fmt_addr(got, &x)] = '\0';
	assert_string_equal(got, want);
}

static void put_word(uint8_t a[16], int i, unsigned w)
{
	a[2 * i] = (uint8_t)(w >> 8);
	a[2 * i + 1] = (uint8_t)w;
}

static void from_text(uint8_t a[16], const char *text)
{
	assert_int_equal(inet_pton(AF_INET6, text, a), 1);
}

static void test_ipv6(void **state)
{
	/* the output depends on which words are zero and on word 5 being
	 * ffff (IPv4-mapped): every zero pattern, with words of each width */
	static const unsigned words[] = { 1, 0xf, 0x10, 0xab, 0x100, 0xabc, 0x1000, 0xffff };
	static const char *const texts[] = {
		"::", "::1", "1::", "::ffff:10.1.2.3", "::10.1.2.3", "::ffff:0:10.1.2.3",
		"64:ff9b::10.1.2.3", "2001:db8::1", "2001:db8:0:1:0:0:0:1", "1:0:0:2:0:0:3:4",
		"1:0:2:0:3:0:4:0", "0:1:0:0:0:0:0:0", "fe80::1:2:3:4", "::1:0:0:0:0:0",
	};
	uint8_t a[16];

	(void)state;
	for (size_t i = 0; i < sizeof(texts) / sizeof(texts[0]); i++) {
		from_text(a, texts[i]);
		check_ipv6(a);
	}
	for (unsigned pattern = 0; pattern < 256; pattern++) {
		for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++) {
			for (int i = 0; i < 8; i++)
				put_word(a, i, pattern >> i & 1 ? words[(k + (size_t)i) % 8] : 0);
			check_ipv6(a);
			if (pattern & 1 << 5) { /* word 5 ffff, the rest as they are */
				put_word(a, 5, 0xffff);
				check_ipv6(a);
			}
			for (int i = 0; i < 8; i++)
				put_word(a, i, pattern >> i & 1 ? (unsigned)rnd() & 0xffff : 0);
			check_ipv6(a);
		}
	}
	for (int i = 0; i < 20000; i++) {
		for (int w = 0; w < 8; w++)
			put_word(a, w, rnd() % 3 ? (unsigned)rnd() & 0xffff : 0);
		check_ipv6(a);
	}
}

static void check_secs6(int64_t usec)
{
	char got[FMT_SECS6_MAX + 1], want[32];

	got[fmt_secs6(got, usec)] = '\0';
	assert_string_equal(got, cap_secs(usec, 6, want));
}

static void test_secs6(void **state)
{
	char out[32];

	(void)state;
	check_secs6(0);
	check_secs6(1);
	check_secs6(-1);
	check_secs6(999999);
	check_secs6(-1000000);
	check_secs6(INT64_MAX);
	check_secs6(INT64_MIN);
	check_secs6(INT64_C(1700000000322620));
	for (int i = 0; i < 100000; i++) {
		int64_t v = (int64_t)(rnd() >> (rnd() % 64));

		check_secs6(v);
		check_secs6(-v);
	}
	/* and through the JSON report's entry */
	assert_string_equal(report_json_time(INT64_C(-1500000), out), "-1.500000");
	assert_string_equal(report_json_time(CAP_NONE, out), "null");
}

/* report_time as it was, gmtime and strftime for every time */
static void old_report_time(cap_time t, char out[40])
{
	int64_t ms = t / 1000 + ((t % 1000 + 1000) % 1000 >= 500) - (t % 1000 < 0);
	int64_t sec = ms / 1000 - (ms % 1000 < 0);
	time_t secs = (time_t)sec;
	struct tm tm;
	char day[24];

	assert_non_null(gmtime_r(&secs, &tm));
	strftime(day, sizeof(day), "%Y-%m-%d %H:%M:%S", &tm);
	snprintf(out, 40, "%s.%03d UTC", day, (int)(ms - sec * 1000));
}

static void check_time(cap_time t)
{
	char got[40], want[40];

	report_time(t, got);
	old_report_time(t, want);
	assert_string_equal(got, want);
}

static void test_report_time(void **state)
{
	static const int64_t days[] = {
		0, -1, 1, 19675, 19676, -719162, /* 0001-01-01 */
		2932896, /* 9999-12-31 */ 11016, /* 2000-02-29 */ 47482, /* 2100-01-01 */
	};

	(void)state;
	/* around each day's edges, the rounding carry into the next day included */
	for (size_t d = 0; d < sizeof(days) / sizeof(days[0]); d++) {
		cap_time start = days[d] * 86400 * CAP_SEC;

		for (int64_t us = -2000; us <= 2000; us += 250) {
			check_time(start + us);
			check_time(start + 86400 * CAP_SEC - 1000 + us);
		}
		for (int i = 0; i < 2000; i++)
			check_time(start + (cap_time)(rnd() % (uint64_t)(86400 * CAP_SEC)));
	}
	/* a spread over 1900-2100, so the cache moves back and forth */
	for (int i = 0; i < 100000; i++)
		check_time((cap_time)(rnd() % UINT64_C(6311433600000000)) -
			   INT64_C(2208988800000000));
	check_time(INT64_C(1700000000254500));
}

/* The block flushes in order, whatever mix of sizes is written. */
static void test_rbuf(void **state)
{
	static struct rbuf b;
	char *text = NULL, *big = malloc(3 * RB_SIZE);
	size_t len = 0, want = 0;
	FILE *f = open_memstream(&text, &len);

	(void)state;
	assert_non_null(f);
	assert_non_null(big);
	for (size_t i = 0; i < 3 * RB_SIZE; i++)
		big[i] = (char)('a' + i % 26);
	rb_init(&b, f);
	for (int i = 0; i < 30000; i++) {
		rb_lit(&b, "x=");
		rb_u64(&b, (uint64_t)i);
		rb_putc(&b, ';');
	}
	rb_put(&b, big, 3 * RB_SIZE);
	rb_pad(&b, "warning", 7);
	rb_pad(&b, "info", 7);
	rb_putc(&b, '|');
	rb_flush(&b);
	fclose(f);
	for (int i = 0; i < 30000; i++)
		want += 3 + (size_t)snprintf(NULL, 0, "%d", i);
	want += 3 * RB_SIZE + 7 + 7 + 1;
	assert_int_equal(len, want);
	assert_memory_equal(text, "x=0;x=1;x=2;", 12);
	assert_memory_equal(text + want - (3 * RB_SIZE + 15) - 8, "x=29999;", 8);
	assert_memory_equal(text + want - (3 * RB_SIZE + 15), big, 3 * RB_SIZE);
	assert_memory_equal(text + want - 15, "warninginfo   |", 15);
	free(text);
	free(big);
}

/* Input names reach the JSON report escaped, the text report as they are. */
static void test_report_names(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct report_input in[2] = { { "a\"b\\c\n\t\x01\x7f\xc3\xa9.pcap", 3, 2, 0, { 0 }, 0, 0 },
				      { "plain.pcap", 0, 0, 0, { 0 }, 0, 0 } };
	struct report r = { a, in, 2, CAP_NONE };
	char *text = NULL;
	size_t len = 0;
	FILE *f;

	(void)state;
	analysis_finish(a, 0);
	f = open_memstream(&text, &len);
	assert_non_null(f);
	report_json(f, &r);
	fclose(f);
	assert_non_null(strstr(text, "\"file\" : \"a\\\"b\\\\c\\n\\t\\u0001\x7f\xc3\xa9.pcap\","));
	assert_non_null(strstr(text, "\"packets\" : 3,\n      \"messages\" : 2\n"));
	assert_non_null(strstr(text, "\"at\" : null,"));
	assert_non_null(strstr(text, "\"nodes\" : [],"));
	assert_non_null(strstr(text, "\"rbit\" : {\n    \"mode\" : \"auto\",\n    \"reading\" : \"T\",\n"));
	assert_non_null(strstr(text, "\"file\" : null,\n    \"frame\" : null\n  },"));
	free(text);

	f = open_memstream(&text, &len);
	assert_non_null(f);
	report_text(f, &r);
	fclose(f);
	assert_string_equal(text, "mipx report, state at -\n"
				  "  input a\"b\\c\n\t\x01\x7f\xc3\xa9.pcap: 3 packets, 2 messages\n"
				  "  input plain.pcap: 0 packets, 0 messages\n"
				  "  request flag 0x02 read as T (--rbit=auto): no DREMIP extension, "
				  "route message, registration-server advertisement or server "
				  "topology in the input\n");
	free(text);
	analysis_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_integers),
		cmocka_unit_test(test_ipv4),
		cmocka_unit_test(test_ipv6),
		cmocka_unit_test(test_secs6),
		cmocka_unit_test(test_report_time),
		cmocka_unit_test(test_rbuf),
		cmocka_unit_test(test_report_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
