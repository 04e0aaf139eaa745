/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Receivers interned (receivers.c: a million nodes name a few receivers): one id per address, ids freed by
 * the node sweep once no kept node names them, and reused; a capture with
 * ever new correspondent nodes keeps the table bounded. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "model_helpers.h"

static uint8_t mn[16], mn2[16], ha[16], cn[16], cn2[16], coa1[16];

static int setup(void **state)
{
	(void)state;
	t_ip6(mn, 1, 5);
	t_ip6(mn2, 1, 6);
	t_ip6(ha, 1, 1);
	t_ip6(cn, 7, 1);
	t_ip6(cn2, 7, 2);
	t_ip6(coa1, 9, 5);
	return 0;
}

static struct node *node6(struct analysis *a, const uint8_t home[16])
{
	struct mipx_addr h = mipx_addr_v6(home);

	return node_get(a, &h);
}

/* A plain binding of `n` at `receiver`, lifetime seconds from `at`. */
static void bind(struct analysis *a, struct node *n, const uint8_t receiver[16],
		 uint32_t lifetime, cap_time at)
{
	struct bu_update u;

	memset(&u, 0, sizeof(u));
	u.receiver = mipx_addr_v6(receiver);
	memcpy(u.care_of, coa1, 16);
	u.sequence = 1;
	u.lifetime = lifetime;
	u.receiver_mcoa = true;
	assert_int_equal(binding_cache_apply(a, n, &u, at, NULL), 0);
}

static void test_intern(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct mipx_addr x = mipx_addr_v6(cn), y = mipx_addr_v6(ha), none;
	uint32_t id;

	(void)state;
	memset(&none, 0, sizeof(none));
	assert_int_equal(receiver_find(&a->receivers, &x), RECEIVER_NONE);
	id = receiver_intern(&a->receivers, &x);
	assert_int_not_equal(id, 0);
	assert_int_not_equal(id, RECEIVER_NONE);
	assert_int_equal(receiver_intern(&a->receivers, &x), id); /* same address, same id */
	assert_int_equal(receiver_find(&a->receivers, &x), id);
	assert_true(mipx_addr_equal(receiver_addr(a, id), &x));
	assert_int_not_equal(receiver_intern(&a->receivers, &y), id);
	assert_int_equal(receivers_live(&a->receivers), 2);
	/* 0 is the unset address (family 0), never interned */
	assert_int_equal(receiver_intern(&a->receivers, &none), 0);
	assert_int_equal(receiver_addr(a, 0)->family, 0);
	assert_int_equal(receivers_live(&a->receivers), 2);
	analysis_free(a);
}

static void test_sweep_frees_and_reuses(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct mipx_addr rcv = mipx_addr_v6(cn), lone = mipx_addr_v6(ha);
	struct mipx_addr other = mipx_addr_v6(cn2);
	struct node *n = node6(a, mn);
	uint32_t id_cn, id_lone;

	(void)state;
	bind(a, n, cn, 400, S(10.0));
	id_cn = receiver_find(&a->receivers, &rcv);
	assert_int_not_equal(id_cn, RECEIVER_NONE);
	id_lone = receiver_intern(&a->receivers, &lone); /* named by no node */
	assert_int_equal(receivers_live(&a->receivers), 2);

	nodes_sweep(a, S(11.0), false, true);
	/* the bound receiver survives, under the same id */
	assert_int_equal(receiver_find(&a->receivers, &rcv), id_cn);
	assert_true(mipx_addr_equal(receiver_addr(a, id_cn), &rcv));
	assert_non_null(t_binding(a, n, &rcv, BKEY_NONE, 0));
	/* the other is gone, and its id is the next one handed out */
	assert_int_equal(receiver_find(&a->receivers, &lone), RECEIVER_NONE);
	assert_int_equal(receivers_live(&a->receivers), 1);
	assert_int_equal(receiver_intern(&a->receivers, &other), id_lone);
	assert_true(mipx_addr_equal(receiver_addr(a, id_lone), &other));
	assert_int_equal(receivers_live(&a->receivers), 2);

	/* the binding expired long ago: the node goes, and its receiver too */
	nodes_sweep(a, S(10.0 + 400 + 3600 + 1), true, true);
	assert_int_equal(g_hash_table_size(a->nodes), 0);
	assert_int_equal(receiver_find(&a->receivers, &rcv), RECEIVER_NONE);
	assert_int_equal(receivers_live(&a->receivers), 0);
	analysis_free(a);
}

/* IFID uses, Binding Error senders and the home agent are names too. */
static void test_other_names_survive(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct mipx_addr rcv = mipx_addr_v6(cn), home_agent = mipx_addr_v6(ha);
	struct node *n = node6(a, mn), *m = node6(a, mn2);
	struct ifid_use *use;
	uint32_t id_cn = receiver_intern(&a->receivers, &rcv), id_ha = receiver_intern(&a->receivers, &home_agent);

	(void)state;
	use = SMALL_VEC_PUSH(&NODE6(n)->ifid_receivers);
	use->ifid = 1;
	use->receiver = id_cn;
	NODE6(m)->home_agent6 = id_ha;
	bind(a, m, cn2, 400, S(10.0)); /* keeps m */
	bind(a, n, cn2, 400, S(10.0)); /* keeps n */
	nodes_sweep(a, S(11.0), false, true);
	assert_int_equal(receiver_find(&a->receivers, &rcv), id_cn);
	assert_int_equal(receiver_find(&a->receivers, &home_agent), id_ha);
	assert_int_equal(receivers_live(&a->receivers), 3);
	analysis_free(a);

	/* a Binding Error sender, named by a node idle once (kept one sweep) */
	a = t_analysis(NULL);
	t_be(a, 10.0, cn, mn, 2);
	n = node6(a, mn);
	assert_int_equal(NODE6(n)->be_receivers.len, 1);
	id_cn = SMALL_VEC_DATA(NODE6(n)->be_receivers)[0];
	assert_true(mipx_addr_equal(receiver_addr(a, id_cn), &rcv));
	assert_false(n->has_finding);
	nodes_sweep(a, S(11.0), false, true);
	assert_int_equal(g_hash_table_size(a->nodes), 1);
	assert_int_equal(receiver_find(&a->receivers, &rcv), id_cn);
	nodes_sweep(a, S(12.0), false, true); /* idle twice: dropped */
	assert_int_equal(g_hash_table_size(a->nodes), 0);
	assert_int_equal(receiver_find(&a->receivers, &rcv), RECEIVER_NONE);
	analysis_free(a);
}

/*
 * Ever new correspondent nodes, each bound then deregistered, while the
 * nodes do not grow: the sweep is taken for the receivers' growth, and the
 * table stays near what the nodes name (bounded by live state).
 */
static void test_bounded_by_live(void **state)
{
	struct analysis *a = t_analysis(NULL);
	uint8_t other[16], peer[16];
	double ts = 10.0;
	uint16_t seq = 1;

	(void)state;
	for (uint16_t i = 0; i < 8; i++) { /* nodes that stay: no node growth */
		t_ip6(other, 2, (uint16_t)(100 + i));
		t_bu(a, ts, other, ha, coa1, 1, 0xffff, 0, -1, 0);
	}
	for (uint16_t i = 0; i < 6000; i++) {
		t_ip6(peer, 8, (uint16_t)(i + 1));
		t_bu(a, ts, mn, peer, coa1, seq++, 100, 0, -1, 0);
		t_bu(a, ts + 0.5, mn, peer, coa1, seq++, 0, 0, -1, 0);
		ts += 1.0;
	}
	/* the 8 home agents' one, at most one sweep's worth of new ones */
	assert_true(receivers_live(&a->receivers) <= 1 + 1024 + 1);
	assert_true(a->receivers.made >= 6000);
	assert_true(a->receivers.addrs->len <= 1 + 1024 + 1 + 1);
	analysis_free(a);
}

/* A sweep not asked to free receivers keeps them all, named or not (the
 * analysis asks only when they grew: analyze.c). */
static void test_sweep_without_receivers(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct mipx_addr rcv = mipx_addr_v6(cn), lone = mipx_addr_v6(ha);
	struct node *n = node6(a, mn);
	uint32_t id_lone;

	(void)state;
	bind(a, n, cn, 400, S(10.0));
	id_lone = receiver_intern(&a->receivers, &lone);
	nodes_sweep(a, S(11.0), false, false);
	assert_int_equal(receivers_live(&a->receivers), 2);
	assert_int_equal(receiver_find(&a->receivers, &lone), id_lone);
	nodes_sweep(a, S(12.0), false, true);
	assert_int_equal(receivers_live(&a->receivers), 1);
	assert_int_equal(receiver_find(&a->receivers, &lone), RECEIVER_NONE);
	assert_int_not_equal(receiver_find(&a->receivers, &rcv), RECEIVER_NONE);
	analysis_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_intern),
		cmocka_unit_test(test_sweep_frees_and_reuses),
		cmocka_unit_test(test_sweep_without_receivers),
		cmocka_unit_test(test_other_names_survive),
		cmocka_unit_test(test_bounded_by_live),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
