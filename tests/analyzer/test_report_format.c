/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * How the reports write times and names: report_time (text, to the
 * millisecond, half up, UTC), report_json_time (seconds with six
 * decimals), input names escaped in JSON and as they are in text.
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

static void check_time(cap_time t, const char *want)
{
	char got[40];

	report_time(t, got);
	assert_string_equal(got, want);
}

static void test_report_time(void **state)
{
	(void)state;
	check_time(CAP_NONE, "-");
	check_time(CAP_NEVER, "never");
	check_time(0, "1970-01-01 00:00:00.000 UTC");
	/* to the millisecond, half up: the carry reaches the next second and day */
	check_time(INT64_C(1700000000254500), "2023-11-14 22:13:20.255 UTC");
	check_time(INT64_C(1700000000254499), "2023-11-14 22:13:20.254 UTC");
	check_time(INT64_C(951868799999500), "2000-03-01 00:00:00.000 UTC");
	check_time(INT64_C(951782400000000), "2000-02-29 00:00:00.000 UTC");
	/* before the epoch: -0.5 ms rounds up to 0, -0.501 ms down to -1 ms */
	check_time(-500, "1970-01-01 00:00:00.000 UTC");
	check_time(-501, "1969-12-31 23:59:59.999 UTC");
	check_time(INT64_C(-2208988800000000), "1900-01-01 00:00:00.000 UTC");
	check_time(INT64_C(253402300799999000), "9999-12-31 23:59:59.999 UTC");
}

static void test_report_json_time(void **state)
{
	char out[32];

	(void)state;
	assert_string_equal(report_json_time(CAP_NONE, out), "null");
	assert_string_equal(report_json_time(CAP_NEVER, out), "null");
	assert_string_equal(report_json_time(0, out), "0.000000");
	assert_string_equal(report_json_time(INT64_C(-1500000), out), "-1.500000");
	assert_string_equal(report_json_time(-1, out), "-0.000001");
	assert_string_equal(report_json_time(INT64_C(1700000000322620), out),
			    "1700000000.322620");
}

/* Input names reach the JSON report escaped, the text report as they are. */
static void test_report_names(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct report_input in[2] = { { "a\"b\\c\n\t\x01\x7f\xc3\xa9.pcap", 3, 2, 0, { 0 }, 0, 0, 0 },
				      { "plain.pcap", 0, 0, 0, { 0 }, 0, 0, 0 } };
	struct report r = { .a = a, .inputs = in, .n_inputs = 2, .at = CAP_NONE };
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
		cmocka_unit_test(test_report_time),
		cmocka_unit_test(test_report_json_time),
		cmocka_unit_test(test_report_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
