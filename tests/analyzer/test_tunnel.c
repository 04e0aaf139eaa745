/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Tunnels: enabled by a positive Route Reply, disabled by lifetime 0 in a
 * Route Request or Reply, or by expiry; the path, gaps and loops. */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "model_helpers.h"

#define MN IP(10, 1, 0, 5)
#define HA IP(10, 1, 0, 1)
#define HRS IP(10, 1, 0, 2)
#define RS IP(10, 2, 0, 1)
#define CA IP(10, 2, 3, 1)
#define FA IP(10, 2, 1, 1)

static struct node *mn_node(struct analysis *a)
{
	struct mipx_addr home = mipx_addr_v4(MN);
	struct node *n = node_find(a, &home);

	assert_non_null(n);
	return n;
}

static void test_enable_and_expire(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct tunnel *t;

	(void)state;
	t_route_request(a, 10.0, RS, CA, MN, FA, 100, 0x1122334455667788ull);
	t = tunnel_find(mn_node(a), CA, FA);
	assert_null(t); /* a request alone enables nothing */
	t_route_reply(a, 10.5, CA, RS, MN, FA, 0, 80, 0x99aabbcc55667788ull);
	t = tunnel_find(mn_node(a), CA, FA);
	assert_non_null(t);
	assert_true(t->enabled);
	assert_int_equal(t->granted, 80);
	assert_true(t->enabled_at == S(10.5));
	assert_true(t->expires_at == S(90.5));
	assert_int_equal(t->frames.count, 2);
	assert_true(tunnel_active(t, S(90.0)));
	assert_false(tunnel_active(t, S(91.0)));
	assert_false(tunnel_active(t, S(10.0)));
	/* the reply's identification differs only in the high 32 bits */
	assert_int_equal(t_count(a, MIPX_DRM_ID_ROUTE), 0);
	assert_int_equal(t_count(a, MIPX_DRM_ORPHAN_REPLY), 0);
	analysis_finish(a, S(11.0));
	assert_int_equal(t_count(a, MIPX_DRM_NO_REPLY), 0);
	analysis_free(a);
}

static void test_infinite(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct tunnel *t;

	(void)state;
	t_route_request(a, 10.0, HRS, HA, MN, CA, 0xffff, 5);
	t_route_reply(a, 10.1, HA, HRS, MN, CA, 0, 0xffff, 5);
	t = tunnel_find(mn_node(a), HA, CA);
	assert_non_null(t);
	assert_true(t->expires_at == CAP_NEVER);
	assert_true(tunnel_active(t, S(1e9)));
	analysis_free(a);
}

static void test_disable_by_request(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_route_request(a, 10.0, RS, CA, MN, FA, 100, 1);
	t_route_reply(a, 10.1, CA, RS, MN, FA, 0, 100, 1);
	assert_non_null(tunnel_find(mn_node(a), CA, FA));
	t_route_request(a, 20.0, RS, CA, MN, FA, 0, 2);
	assert_null(tunnel_find(mn_node(a), CA, FA));
	analysis_free(a);
}

static void test_disable_by_reply(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_route_request(a, 10.0, RS, CA, MN, FA, 100, 1);
	t_route_reply(a, 10.1, CA, RS, MN, FA, 0, 100, 1);
	t_route_request(a, 20.0, RS, CA, MN, FA, 100, 2);
	t_route_reply(a, 20.1, CA, RS, MN, FA, 0, 0, 2); /* 5.1: denied, disabled */
	assert_null(tunnel_find(mn_node(a), CA, FA));
	analysis_free(a);
}

static void test_denied_code_changes_nothing(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct tunnel *t;

	(void)state;
	t_route_request(a, 10.0, RS, CA, MN, FA, 100, 1);
	t_route_reply(a, 10.1, CA, RS, MN, FA, 0, 100, 1);
	t_route_request(a, 20.0, RS, CA, MN, FA, 100, 2);
	t_route_reply(a, 20.1, CA, RS, MN, FA, MIPX_ROUTE_DENIED_PROHIBITED, 100, 2);
	t = tunnel_find(mn_node(a), CA, FA);
	assert_non_null(t);
	assert_true(t->expires_at == S(110.1)); /* not refreshed */
	analysis_free(a);
}

static void test_reply_to_latest_request(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	/* 6.5: the reply carries the wrong identification: it is still matched
	 * to the latest request sent to that agent, and flagged */
	t_route_request(a, 10.0, RS, CA, MN, FA, 100, 0x10);
	t_route_reply(a, 10.1, CA, RS, MN, FA, 0, 100, 0x11);
	assert_non_null(tunnel_find(mn_node(a), CA, FA));
	assert_int_equal(t_count(a, MIPX_DRM_ID_ROUTE), 1);
	assert_int_equal(t_count(a, MIPX_DRM_ORPHAN_REPLY), 0);
	analysis_free(a);
}

/* The latest Route Request to each agent is kept only as long as its
 * exchange: Route Requests to ever new agents do not pile up. */
static void test_latest_route_bounded(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const unsigned agents = 100;

	(void)state;
	for (unsigned i = 0; i < agents; i++) /* never answered */
		t_route_request(a, 10.0, RS, IP(10, 9, 0, 1) + i, MN, FA, 100, i);
	t_route_request(a, 10.0, RS, CA, MN, FA, 100, 0x77);
	t_route_reply(a, 10.1, CA, RS, MN, FA, 0, 100, 0x77);
	assert_int_equal(g_hash_table_size(a->latest_route), agents + 1);
	/* 20 s on: the answered one went quiet 5 s ago and is dropped */
	t_route_request(a, 20.0, RS, IP(10, 8, 0, 1), MN, FA, 100, 0x78);
	assert_null(g_hash_table_lookup(a->latest_route, GUINT_TO_POINTER(CA)));
	assert_non_null(g_hash_table_lookup(a->latest_route, GUINT_TO_POINTER(IP(10, 8, 0, 1))));
	assert_int_equal(g_hash_table_size(a->latest_route), agents + 1);
	/* 120 s later the unanswered ones (and 10.8.0.1's) are reported and
	 * dropped too */
	t_route_request(a, 200.0, RS, IP(10, 8, 0, 2), MN, FA, 100, 0x79);
	assert_int_equal(t_count(a, MIPX_DRM_NO_REPLY), agents + 1);
	assert_int_equal(g_hash_table_size(a->latest_route), 1);
	analysis_free(a);
}

static void test_path_complete(void **state)
{
	struct analysis *a = t_analysis(NULL);
	GPtrArray *path = g_ptr_array_new();
	const struct tunnel *t;

	(void)state;
	t_registration(a, 100.0, MN, RS, FA, CA, 300, 1);
	t_registration(a, 101.0, MN, HRS, CA, HA, 600, 2);
	assert_int_equal(tunnel_path(mn_node(a), S(102.0), HA, FA, path), PATH_OK);
	assert_int_equal(path->len, 2);
	t = g_ptr_array_index(path, 0);
	assert_int_equal(t->from, HA);
	assert_int_equal(t->to, CA);
	assert_int_equal(tunnel_kind(a, mn_node(a), t, S(102.0)), ROLE_HOME);
	t = g_ptr_array_index(path, 1);
	assert_int_equal(t->from, CA);
	assert_int_equal(t->to, FA);
	assert_int_equal(tunnel_kind(a, mn_node(a), t, S(102.0)), ROLE_LOCAL);
	g_ptr_array_free(path, TRUE);
	analysis_finish(a, S(102.0));
	assert_int_equal(t_count(a, MIPX_DRM_TUNNEL_GAP), 0);
	assert_int_equal(t_count(a, MIPX_DRM_TUNNEL_LOOP), 0);
	assert_int_equal(t_count(a, MIPX_DRM_LT_TUNNEL), 0);
	assert_int_equal(t_count(a, MIPX_DRM_LT_ROUTE_COPY), 0);
	/* after the local tunnel expired the path has a gap */
	assert_int_equal(tunnel_path(mn_node(a), S(500.0), HA, FA, NULL), PATH_GAP);
	analysis_free(a);
}

static void test_gap(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_registration(a, 100.0, MN, RS, FA, CA, 300, 1);
	t_registration(a, 101.0, MN, HRS, CA, HA, 600, 2);
	t_route_request(a, 150.0, RS, CA, MN, FA, 0, 50); /* local tunnel torn down */
	t_route_reply(a, 150.1, CA, RS, MN, FA, 0, 0, 50);
	analysis_finish(a, S(151.0));
	assert_int_equal(t_count(a, MIPX_DRM_TUNNEL_GAP), 1);
	analysis_free(a);
}

static void test_loop(void **state)
{
	struct analysis *a = t_analysis(NULL);
	uint32_t b = IP(10, 2, 3, 2);

	(void)state;
	t_route_request(a, 10.0, RS, CA, MN, b, 100, 1);
	t_route_reply(a, 10.1, CA, RS, MN, b, 0, 100, 1);
	t_route_request(a, 11.0, RS, b, MN, CA, 100, 2);
	t_route_reply(a, 11.1, b, RS, MN, CA, 0, 100, 2);
	assert_int_equal(tunnel_path(mn_node(a), S(12.0), 0, 0, NULL), PATH_LOOP);
	analysis_finish(a, S(12.0));
	assert_int_equal(t_count(a, MIPX_DRM_TUNNEL_LOOP), 1);
	analysis_free(a);
}

static void test_route_lifetime_checks(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	/* 6.4: the route asks 600 for a registration that asked 300 */
	t_reg_request(a, 100.0, FA, RS, MN, RS, FA, 300, 1, true);
	t_route_request(a, 100.1, RS, CA, MN, FA, 600, 9);
	t_route_reply(a, 100.2, CA, RS, MN, FA, 0, 600, 9);
	t_reg_reply(a, 100.3, RS, FA, MN, RS, 0, 300, 1, CA);
	analysis_finish(a, S(101.0));
	assert_int_equal(t_count(a, MIPX_DRM_LT_ROUTE_COPY), 1);
	/* 6.5: the tunnel (600 s) outlives the registration (300 s) */
	assert_int_equal(t_count(a, MIPX_DRM_LT_TUNNEL), 1);
	assert_int_equal(t_count(a, MIPX_DRM_REPLY_BEFORE_ROUTE), 0);
	analysis_free(a);
}

/*
 * node_prune skips a node until its first record goes (prune_at): a tunnel
 * enabled after a prune that saw only a later expiry still goes at its own.
 */
static void test_prune_after_later_expiry(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct node *n;

	(void)state;
	t_route_request(a, 10.0, RS, CA, MN, FA, 1000, 0x1000000001ull);
	t_route_reply(a, 10.5, CA, RS, MN, FA, 0, 1000, 0x1000000001ull);
	n = mn_node(a);
	node_prune(a, n, S(20.0));
	assert_true(n->prune_at == S(1010.5)); /* the one tunnel's expiry */
	t_route_request(a, 30.0, RS, FA, MN, CA, 50, 0x1000000002ull);
	t_route_reply(a, 30.5, FA, RS, MN, CA, 0, 50, 0x1000000002ull);
	assert_true(n->prune_at == S(80.5)); /* lowered by the new tunnel */
	node_prune(a, n, S(50.0));           /* before it: nothing goes */
	assert_int_equal(NODE_NTUN(n), 2);
	node_prune(a, n, S(100.0));
	assert_int_equal(NODE_NTUN(n), 1);
	assert_non_null(tunnel_find(n, CA, FA));
	assert_null(tunnel_find(n, FA, CA));
	assert_true(n->prune_at == S(1010.5));
	node_prune(a, n, S(1010.5));
	assert_int_equal(NODE_NTUN(n), 0);
	assert_true(n->prune_at == CAP_NEVER);
	analysis_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enable_and_expire),
		cmocka_unit_test(test_infinite),
		cmocka_unit_test(test_disable_by_request),
		cmocka_unit_test(test_disable_by_reply),
		cmocka_unit_test(test_denied_code_changes_nothing),
		cmocka_unit_test(test_reply_to_latest_request),
		cmocka_unit_test(test_path_complete),
		cmocka_unit_test(test_gap),
		cmocka_unit_test(test_loop),
		cmocka_unit_test(test_route_lifetime_checks),
		cmocka_unit_test(test_latest_route_bounded),
		cmocka_unit_test(test_prune_after_later_expiry),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
