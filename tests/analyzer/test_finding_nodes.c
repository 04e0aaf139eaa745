/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Which nodes a finding keeps (memory follows live state; docs/analyzer.md "Which nodes are
 * listed"): a listed finding keeps its node to the report; a finding only
 * counted (beyond FINDINGS_KEPT of its check) keeps none, so a check that
 * fails for every node of a long capture does not keep every node record. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "model_helpers.h"

static struct mipx_addr home_of(unsigned i)
{
	return mipx_addr_v4(IP(10, 64, 0, 0) + i);
}

static void test_counted_findings_keep_no_node(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const unsigned extra = 500;

	(void)state;
	for (unsigned i = 0; i < FINDINGS_KEPT + extra; i++) {
		struct mipx_addr h = home_of(i);
		record_finding(a, MIPX_DRM_AUTH_RELAY, &h, NULL, "node %u", i);
	}
	assert_int_equal(t_count(a, MIPX_DRM_AUTH_RELAY), FINDINGS_KEPT);
	assert_int_equal(a->found.suppressed[MIPX_DRM_AUTH_RELAY], extra);
	/* every finding still counts towards the severity totals (exit code) */
	assert_int_equal(a->found.severity_count[MIPX_SEV_WARNING], FINDINGS_KEPT + extra);
	/* the listed ones made their nodes, the counted ones none */
	assert_int_equal(g_hash_table_size(a->nodes), FINDINGS_KEPT);
	assert_int_equal(a->nodes_seen, FINDINGS_KEPT);
	struct mipx_addr first = home_of(0), last_kept = home_of(FINDINGS_KEPT - 1),
			 counted = home_of(FINDINGS_KEPT);
	assert_true(node_find(a, &first)->has_finding);
	assert_true(node_find(a, &last_kept)->has_finding);
	assert_null(node_find(a, &counted));
	/* nodes with a listed finding survive the final sweep, idle or not */
	nodes_sweep(a, S(1000.0), true, true);
	assert_int_equal(g_hash_table_size(a->nodes), FINDINGS_KEPT);
	analysis_free(a);
}

/* A node with state whose finding was only counted is dropped once its
 * state expired, like a node that never had a finding. */
static void test_counted_finding_node_dropped_when_idle(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct mipx_addr h;
	const uint32_t node_home = IP(10, 1, 0, 77);

	(void)state;
	for (unsigned i = 0; i < FINDINGS_KEPT; i++) {
		struct mipx_addr x = home_of(i);
		record_finding(a, MIPX_DRM_AUTH_RELAY, &x, NULL, "filler %u", i);
	}
	/* an RFC 3344 registration with the home agent, 100 s */
	t_reg_request(a, 10.0, node_home, IP(10, 1, 0, 1), node_home, IP(10, 1, 0, 1),
		      IP(10, 2, 0, 5), 100, 42, false);
	t_reg_reply(a, 10.1, IP(10, 1, 0, 1), node_home, node_home, IP(10, 1, 0, 1), 0,
		    100, 42, 0);
	h = mipx_addr_v4(node_home);
	assert_non_null(node_find(a, &h));
	assert_int_equal(NODE_NREG(node_find(a, &h)), 1);
	record_finding(a, MIPX_DRM_AUTH_RELAY, &h, NULL, "counted only");
	assert_int_equal(a->found.suppressed[MIPX_DRM_AUTH_RELAY], 1);
	assert_false(node_find(a, &h)->has_finding);
	/* long after the registration expired: the node is gone, the
	 * fillers with listed findings stay */
	nodes_sweep(a, S(1000.0), true, true);
	assert_null(node_find(a, &h));
	assert_int_equal(g_hash_table_size(a->nodes), FINDINGS_KEPT);
	analysis_free(a);
}

/* The nodes the reports list after analysis_finish: sorted by home address
 * (IPv4 before IPv6, octets as unsigned), the idle ones dropped; a node made
 * after that is in the next list, in its place. */
static void test_report_nodes_sorted_after_finish(void **state)
{
	struct analysis *a = t_analysis(NULL);
	/* made in an order unlike the sorted one; 10.0.0.0 + 0x80000000 tests
	 * that addresses compare as unsigned octets */
	static const uint32_t v4[] = { IP(192, 168, 0, 1), IP(10, 0, 0, 2), IP(200, 0, 0, 1),
				       IP(10, 0, 0, 1), IP(128, 0, 0, 0), IP(9, 255, 255, 255) };
	uint8_t b6[16];
	struct mipx_addr h, idle, late;
	GPtrArray *list;

	(void)state;
	for (unsigned i = 0; i < G_N_ELEMENTS(v4); i++) {
		h = mipx_addr_v4(v4[i]);
		record_finding(a, MIPX_DRM_AUTH_RELAY, &h, NULL, "v4 %u", i);
	}
	t_ip6(b6, 1, 5);
	h = mipx_addr_v6(b6);
	record_finding(a, MIPX_DRM_AUTH_RELAY, &h, NULL, "v6");
	idle = mipx_addr_v4(IP(10, 0, 0, 3)); /* no state, no finding: dropped */
	node_get(a, &idle);
	analysis_finish(a, S(100.0));
	list = analysis_sorted_nodes(a);
	assert_int_equal(list->len, G_N_ELEMENTS(v4) + 1);
	for (guint i = 1; i < list->len; i++) {
		const struct node *x = g_ptr_array_index(list, i - 1);
		const struct node *y = g_ptr_array_index(list, i);
		assert_true(addr_compare(&x->home, &y->home) < 0);
	}
	assert_int_equal(((const struct node *)g_ptr_array_index(list, 0))->home.bytes[0], 9);
	assert_int_equal(((const struct node *)g_ptr_array_index(list, list->len - 1))->home.family, 6);
	assert_null(node_find(a, &idle));
	g_ptr_array_unref(list);
	/* a node made after the end: listed in the next list, in order */
	late = mipx_addr_v4(IP(150, 0, 0, 1));
	record_finding(a, MIPX_DRM_AUTH_RELAY, &late, NULL, "late");
	list = analysis_sorted_nodes(a);
	assert_int_equal(list->len, G_N_ELEMENTS(v4) + 2);
	assert_true(addr_equal(&((const struct node *)g_ptr_array_index(list, 4))->home, &late));
	g_ptr_array_unref(list);
	analysis_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counted_findings_keep_no_node),
		cmocka_unit_test(test_counted_finding_node_dropped_when_idle),
		cmocka_unit_test(test_report_nodes_sorted_after_finish),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
