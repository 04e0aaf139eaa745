/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Open exchanges are bounded in number whatever the timestamps (memory stays bounded):
 * with capture time standing still nothing ever times out, so beyond
 * EXCHANGES_OPEN_MAX the ones seen longest ago are closed, answered ones
 * first, waiting ones reported as unanswered. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "model_helpers.h"

/* A Registration Request exchange of node 10.64.x.y, as on_request4 opens it. */
static struct exchange *open_request(struct analysis *a, unsigned i, bool answered)
{
	struct exch_key k;
	struct exchange *ex;

	exch_key_reg(&k, IP(10, 64, 0, 0) + i, i);
	ex = exchange_lookup(a, &k, true);
	ex->has_request = true;
	ex->home = IP(10, 64, 0, 0) + i;
	ex->registrar = IP(10, 1, 0, 1);
	ex->identification = i;
	if (answered)
		ex->has_reply = true;
	exchange_touch(a, ex); /* into the queue its state says */
	return ex;
}

static void test_bounded_with_time_standing_still(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const unsigned answered = 5, extra = 12;
	struct exch_key k;

	(void)state;
	a->now = S(100.0); /* and it stays there */
	a->ref = (struct frame_ref){ 0, 42 };
	for (unsigned i = 0; i < EXCHANGES_OPEN_MAX + extra; i++)
		open_request(a, i, i >= 100 && i < 100 + answered);
	exchanges_bound(a, record_unanswered);
	assert_int_equal(g_hash_table_size(a->exchanges), EXCHANGES_OPEN_MAX);
	assert_int_equal(a->exchanges_evicted, extra);
	assert_int_equal(a->exchanges_evicted_at.frame, 42);
	/* the answered ones went first, then the oldest waiting ones, each
	 * reported as unanswered */
	for (unsigned i = 100; i < 100 + answered; i++) {
		exch_key_reg(&k, IP(10, 64, 0, 0) + i, i);
		assert_null(exchange_lookup(a, &k, false));
	}
	for (unsigned i = 0; i < extra - answered; i++) {
		exch_key_reg(&k, IP(10, 64, 0, 0) + i, i);
		assert_null(exchange_lookup(a, &k, false));
	}
	exch_key_reg(&k, IP(10, 64, 0, 0) + (extra - answered), extra - answered);
	assert_non_null(exchange_lookup(a, &k, false));
	assert_int_equal(t_count(a, MIPX_DRM_NO_REPLY), extra - answered);
	analysis_free(a);
}

/* Under the bound nothing is closed early. */
static void test_nothing_closed_under_the_bound(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	a->now = S(100.0);
	for (unsigned i = 0; i < 1000; i++)
		open_request(a, i, false);
	exchanges_bound(a, record_unanswered);
	assert_int_equal(g_hash_table_size(a->exchanges), 1000);
	assert_int_equal(a->exchanges_evicted, 0);
	assert_int_equal(t_count(a, MIPX_DRM_NO_REPLY), 0);
	analysis_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bounded_with_time_standing_still),
		cmocka_unit_test(test_nothing_closed_under_the_bound),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
