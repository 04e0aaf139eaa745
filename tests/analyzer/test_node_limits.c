/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The most records mipx keeps for one node (node_limit): a node
 * that binds with ever new receivers, registers with ever new registrars or
 * gets ever new tunnels stops growing at its limit, the rest is counted and
 * the first one remembered for stderr; what the node already holds is still
 * updated, and room made by a removal is used again. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "model_helpers.h"

static uint8_t mn[16], coa[16];

static int setup(void **state)
{
	(void)state;
	t_ip6(mn, 1, 5);
	t_ip6(coa, 9, 5);
	return 0;
}

static struct bu_update upd(unsigned cn_index, uint16_t seq, uint32_t lifetime)
{
	struct bu_update u;
	uint8_t cn[16];

	t_ip6(cn, 7, (uint16_t)(cn_index + 1));
	memset(&u, 0, sizeof(u));
	u.receiver = mipx_addr_v6(cn);
	memcpy(u.care_of, coa, 16);
	u.sequence = seq;
	u.lifetime = lifetime;
	u.coainfo = u.m_flag = true;
	u.ifid = 1;
	u.receiver_mcoa = true;
	return u;
}

static void test_bindings(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct mipx_addr home = mipx_addr_v6(mn);
	struct node *n = node_get(a, &home);
	const unsigned max = node_limit_max(LIMIT_BINDINGS);
	struct bu_update u;

	(void)state;
	a->ref = (struct frame_ref){ 0, 7 };
	for (unsigned i = 0; i < max + 10; i++) {
		u = upd(i, 1, 300);
		binding_cache_apply(a, n, &u, S(10.0), NULL);
	}
	assert_int_equal(NODE_NBIND(n), max);
	assert_int_equal(a->limit_hit[LIMIT_BINDINGS].count, 10);
	assert_true(mipx_addr_equal(&a->limit_hit[LIMIT_BINDINGS].node, &home));
	assert_int_equal(a->limit_hit[LIMIT_BINDINGS].first.frame, 7);
	/* a binding the node holds is still refreshed */
	u = upd(0, 2, 600);
	binding_cache_apply(a, n, &u, S(20.0), NULL);
	assert_int_equal(NODE_BIND(n, 0)->sequence, 2);
	assert_int_equal(NODE_BIND(n, 0)->lifetime, 600);
	assert_int_equal(a->limit_hit[LIMIT_BINDINGS].count, 10);
	/* a deregistration makes room for the next new one */
	u = upd(0, 3, 0);
	assert_int_equal(binding_cache_apply(a, n, &u, S(21.0), NULL), 1);
	u = upd(max + 20, 1, 300);
	binding_cache_apply(a, n, &u, S(22.0), NULL);
	assert_int_equal(NODE_NBIND(n), max);
	assert_int_equal(a->limit_hit[LIMIT_BINDINGS].count, 10);
	analysis_free(a);
}

static void test_registrations_and_tunnels(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct mipx_addr home = mipx_addr_v4(IP(10, 1, 0, 5));
	struct node *n = node_get(a, &home);
	const unsigned max_reg = node_limit_max(LIMIT_REGISTRATIONS);
	const unsigned max_tun = node_limit_max(LIMIT_TUNNELS);

	(void)state;
	for (unsigned i = 0; i < max_reg + 5; i++) {
		struct registration r;

		memset(&r, 0, sizeof(r));
		r.registrar = IP(10, 50, 0, 1) + i;
		r.child_coa = IP(10, 60, 0, 1) + i;
		r.parent_coa = IP(10, 60, 0, 2) + i;
		r.rbit = true;
		r.requested = r.granted = 600;
		r.accepted_at = S(10.0);
		r.expires_at = S(610.0);
		registration_accept(a, n, &r);
	}
	assert_int_equal(NODE_NREG(n), max_reg);
	assert_int_equal(a->limit_hit[LIMIT_REGISTRATIONS].count, 5);
	/* each hands over to the next (parent i = child i+1): a full node's
	 * registrations still make one chain of them all */
	assert_int_equal(chains_at(a, n, S(20.0))->len, 1);
	assert_int_equal(chains_at(a, n, S(20.0))->chain[0].len, max_reg);

	for (unsigned i = 0; i < max_tun; i++)
		assert_non_null(tunnel_enable(a, n, IP(10, 70, 0, 1), IP(10, 71, 0, 1) + i, 600,
					      S(10.0), NULL));
	assert_null(tunnel_enable(a, n, IP(10, 70, 0, 1), IP(10, 72, 0, 1), 600, S(10.0), NULL));
	assert_int_equal(NODE_NTUN(n), max_tun);
	assert_int_equal(a->limit_hit[LIMIT_TUNNELS].count, 1);
	/* a tunnel the node holds is refreshed all the same */
	assert_non_null(tunnel_enable(a, n, IP(10, 70, 0, 1), IP(10, 71, 0, 1), 900, S(11.0), NULL));
	analysis_free(a);
}

/* Route Replies through the model for a node whose tunnels are full: no
 * tunnel to judge, no crash (the state checks of a Route Reply need one). */
static void test_route_reply_at_the_limit(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const uint32_t node = IP(10, 1, 0, 5), server = IP(10, 2, 0, 1);
	const unsigned max_tun = node_limit_max(LIMIT_TUNNELS);
	struct mipx_addr home = mipx_addr_v4(node);

	(void)state;
	for (unsigned i = 0; i < max_tun + 3; i++) {
		t_route_request(a, 10.0 + i, server, IP(10, 70, 0, 1), node,
				IP(10, 71, 0, 1) + i, 600, 100 + i);
		t_route_reply(a, 10.1 + i, IP(10, 70, 0, 1), server, node,
			      IP(10, 71, 0, 1) + i, 0, 600, 100 + i);
	}
	assert_int_equal(NODE_NTUN(node_find(a, &home)), max_tun);
	assert_int_equal(a->limit_hit[LIMIT_TUNNELS].count, 3);
	analysis_free(a);
}

static void test_binding_error_senders(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct mipx_addr home = mipx_addr_v6(mn);
	const unsigned max = node_limit_max(LIMIT_BE_SENDERS);

	(void)state;
	for (unsigned i = 0; i < max + 2; i++) {
		uint8_t sender[16];

		t_ip6(sender, 8, (uint16_t)(i + 1));
		t_be(a, 10.0 + i, sender, mn, 2);
	}
	assert_int_equal(NODE6(node_find(a, &home))->be_receivers.len, max);
	assert_int_equal(a->limit_hit[LIMIT_BE_SENDERS].count, 2);
	analysis_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bindings),
		cmocka_unit_test(test_registrations_and_tunnels),
		cmocka_unit_test(test_route_reply_at_the_limit),
		cmocka_unit_test(test_binding_error_senders),
	};

	return cmocka_run_group_tests(tests, setup, NULL);
}
