/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The MCoA / RFC 5648 binding cache (wire-format.md 2.5): the update rules,
 * deregistration of one IFID and of all, BU/BA acceptance, sequence numbers
 * modulo 2^16, state at a time, and the MCoA state checks. */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "model_helpers.h"

static uint8_t mn[16], ha[16], cn[16], coa1[16], coa2[16], coa3[16];

static int setup(void **state)
{
	(void)state;
	t_ip6(mn, 1, 5);
	t_ip6(ha, 1, 1);
	t_ip6(cn, 7, 1);
	t_ip6(coa1, 9, 5);
	t_ip6(coa2, 10, 5);
	t_ip6(coa3, 11, 5);
	return 0;
}

static struct node *mn_node(struct analysis *a)
{
	struct mipx_addr home = mipx_addr_v6(mn);

	return node_get(a, &home);
}

static struct bu_update upd(const uint8_t receiver[16], const uint8_t coa[16],
			    uint16_t seq, uint32_t lifetime, int ifid, uint8_t ifpri)
{
	struct bu_update u;

	memset(&u, 0, sizeof(u));
	u.receiver = mipx_addr_v6(receiver);
	memcpy(u.care_of, coa, 16);
	u.sequence = seq;
	u.lifetime = lifetime;
	u.coainfo = ifid >= 0;
	u.m_flag = ifid >= 0;
	u.ifid = (uint8_t)(ifid < 0 ? 0 : ifid);
	u.ifpri = ifpri;
	u.receiver_mcoa = true;
	return u;
}

static unsigned active(struct node *n, cap_time at)
{
	unsigned c = 0;

	for (guint i = 0; i < NODE_NBIND(n); i++)
		c += binding_active(NODE_BIND(n, i), at);
	return c;
}

static void test_rules(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct node *n = mn_node(a);
	struct mipx_addr rcv = mipx_addr_v6(cn);
	struct bu_update u;
	const struct binding *b;

	(void)state;
	u = upd(cn, coa1, 1, 400, 1, 0);
	assert_int_equal(binding_cache_apply(a, n, &u, S(10.0), NULL), 0);
	u = upd(cn, coa2, 2, 400, 2, 1);
	assert_int_equal(binding_cache_apply(a, n, &u, S(10.0), NULL), 0);
	u = upd(cn, coa3, 3, 400, 3, 2);
	assert_int_equal(binding_cache_apply(a, n, &u, S(10.0), NULL), 0);
	assert_int_equal(active(n, S(11.0)), 3);

	/* IFPRI and the care-of address are overwritten by each BU */
	u = upd(cn, coa3, 4, 400, 2, 5);
	binding_cache_apply(a, n, &u, S(12.0), NULL);
	b = t_binding(a, n, &rcv, BKEY_IFID, 2);
	assert_non_null(b);
	assert_int_equal(b->priority, 5);
	assert_memory_equal(b->coa, coa3, 16);
	assert_int_equal(b->sequence, 4);
	assert_true(b->expires_at == S(412.0));

	/* M flag without CoAINFO: dropped silently */
	u = upd(cn, coa1, 5, 400, -1, 0);
	u.m_flag = true;
	assert_int_equal(binding_cache_apply(a, n, &u, S(13.0), NULL), -1);
	assert_int_equal(active(n, S(13.0)), 3);

	/* lifetime 0 with CoAINFO removes that IFID only */
	u = upd(cn, coa1, 6, 0, 1, 0);
	assert_int_equal(binding_cache_apply(a, n, &u, S(14.0), NULL), 1);
	assert_null(t_binding(a, n, &rcv, BKEY_IFID, 1));
	assert_non_null(t_binding(a, n, &rcv, BKEY_IFID, 2));
	assert_int_equal(active(n, S(14.0)), 2);

	/* lifetime 0 without CoAINFO removes them all */
	u = upd(cn, coa1, 7, 0, -1, 0);
	assert_int_equal(binding_cache_apply(a, n, &u, S(15.0), NULL), 2);
	assert_int_equal(active(n, S(15.0)), 0);
	analysis_free(a);
}

static void test_plain_bu_replaces_all(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct node *n = mn_node(a);
	struct mipx_addr rcv = mipx_addr_v6(cn);
	struct bu_update u;

	(void)state;
	u = upd(cn, coa1, 1, 400, 1, 0);
	binding_cache_apply(a, n, &u, S(10.0), NULL);
	u = upd(cn, coa2, 2, 400, 2, 1);
	binding_cache_apply(a, n, &u, S(10.0), NULL);
	u = upd(cn, coa3, 3, 400, -1, 0);
	assert_int_equal(binding_cache_apply(a, n, &u, S(11.0), NULL), 0);
	assert_int_equal(active(n, S(11.0)), 1);
	assert_non_null(t_binding(a, n, &rcv, BKEY_NONE, 0));
	assert_memory_equal(t_binding(a, n, &rcv, BKEY_NONE, 0)->coa, coa3, 16);
	analysis_free(a);
}

static void test_home_agent_keeps_primary(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct node *n = mn_node(a);
	struct mipx_addr rcv = mipx_addr_v6(ha);
	struct bu_update u;

	(void)state;
	u = upd(ha, coa1, 1, 400, 1, 0);
	u.flags = MIPX_BU_FLAG_H | MIPX_BU_FLAG_A;
	binding_cache_apply(a, n, &u, S(10.0), NULL);
	u = upd(ha, coa2, 2, 400, 2, 1);
	u.flags = MIPX_BU_FLAG_H | MIPX_BU_FLAG_A;
	assert_int_equal(binding_cache_apply(a, n, &u, S(11.0), NULL), -1);
	assert_int_equal(active(n, S(11.0)), 1);
	assert_memory_equal(t_binding(a, n, &rcv, BKEY_NONE, 0)->coa, coa1, 16);
	assert_true(t_binding(a, n, &rcv, BKEY_NONE, 0)->home);
	analysis_free(a);
}

static void test_bid_keyed(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct node *n = mn_node(a);
	struct mipx_addr rcv = mipx_addr_v6(ha);
	struct bu_update u;

	(void)state;
	u = upd(ha, coa1, 1, 400, -1, 0);
	u.bid = true;
	u.bid_value = 100;
	u.bid_pri = 3;
	u.flags = MIPX_BU_FLAG_H;
	binding_cache_apply(a, n, &u, S(10.0), NULL);
	u.bid_value = 200;
	memcpy(u.care_of, coa2, 16);
	binding_cache_apply(a, n, &u, S(10.0), NULL);
	assert_int_equal(active(n, S(10.0)), 2); /* RFC 5648: several at the HA */
	assert_int_equal(t_binding(a, n, &rcv, BKEY_BID, 100)->priority, 3);
	u.lifetime = 0;
	assert_int_equal(binding_cache_apply(a, n, &u, S(11.0), NULL), 1);
	assert_null(t_binding(a, n, &rcv, BKEY_BID, 200));
	assert_non_null(t_binding(a, n, &rcv, BKEY_BID, 100));
	analysis_free(a);
}

static void test_ba_decides(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct mipx_addr rcv = mipx_addr_v6(cn);

	(void)state;
	/* A flag: nothing changes before the BA */
	t_bu(a, 10.0, mn, cn, coa1, 1, 100, MIPX_BU_FLAG_A | MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	assert_int_equal(active(mn_node(a), S(10.0)), 0);
	t_ba(a, 10.1, cn, mn, 1, 0, 90, 1, 0);
	assert_int_equal(active(mn_node(a), S(10.2)), 1);
	/* the granted lifetime counts, from the BA's time */
	assert_true(t_binding(a, mn_node(a), &rcv, BKEY_IFID, 1)->expires_at ==
		    S(10.1 + 360.0));
	assert_int_equal(t_binding(a, mn_node(a), &rcv, BKEY_IFID, 1)->frames.count, 2);

	/* a rejected BU changes nothing */
	t_bu(a, 20.0, mn, cn, coa2, 2, 100, MIPX_BU_FLAG_A | MIPX_BU_FLAG_M_DEFAULT, 2, 1);
	t_ba(a, 20.1, cn, mn, 2, 128, 0, 2, 1);
	assert_int_equal(active(mn_node(a), S(21.0)), 1);

	/* no A flag, no BA: the BU takes effect as sent */
	t_bu(a, 30.0, mn, cn, coa3, 3, 100, MIPX_BU_FLAG_M_DEFAULT, 3, 1);
	assert_int_equal(active(mn_node(a), S(30.0)), 2);
	assert_int_equal(t_count(a, MIPX_MCOA_LT_BA), 0);
	analysis_free(a);
}

static void test_ba_without_coainfo_overwrites(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct mipx_addr rcv = mipx_addr_v6(cn);

	(void)state;
	t_bu(a, 10.0, mn, cn, coa1, 1, 100, MIPX_BU_FLAG_A | MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	t_ba(a, 10.1, cn, mn, 1, 0, 100, -1, 0);
	t_bu(a, 11.0, mn, cn, coa2, 2, 100, MIPX_BU_FLAG_A | MIPX_BU_FLAG_M_DEFAULT, 2, 1);
	t_ba(a, 11.1, cn, mn, 2, 0, 100, -1, 0);
	/* 2.4: that receiver keeps one binding, the latest */
	assert_int_equal(active(mn_node(a), S(12.0)), 1);
	assert_memory_equal(t_binding(a, mn_node(a), &rcv, BKEY_NONE, 0)->coa, coa2, 16);
	assert_int_equal(t_count(a, MIPX_MCOA_BA_NO_COAINFO), 2);
	analysis_free(a);
}

static void test_sequence_wraparound(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_bu(a, 10.0, mn, cn, coa1, 65534, 100, MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	t_bu(a, 11.0, mn, cn, coa1, 65535, 100, MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	t_bu(a, 12.0, mn, cn, coa1, 0, 100, MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	t_bu(a, 13.0, mn, cn, coa1, 1, 100, MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	assert_int_equal(t_count(a, MIPX_MCOA_SEQ), 0);
	/* going back is flagged */
	t_bu(a, 14.0, mn, cn, coa1, 65000, 100, MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	assert_int_equal(t_count(a, MIPX_MCOA_SEQ), 1);
	/* a second capture of the same BU is one message, not a repeat */
	t_bu(a, 14.0, mn, cn, coa1, 65000, 100, MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	assert_int_equal(t_count(a, MIPX_MCOA_SEQ), 1);
	analysis_free(a);
}

static void test_state_at_time(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct mipx_addr rcv = mipx_addr_v6(cn);
	const struct binding *b;

	(void)state;
	t_bu(a, 10.0, mn, cn, coa1, 1, 25, MIPX_BU_FLAG_M_DEFAULT, 1, 0); /* 100 s */
	b = t_binding(a, mn_node(a), &rcv, BKEY_IFID, 1);
	assert_non_null(b);
	assert_int_equal(b->lifetime, 100);
	assert_true(binding_active(b, S(109.9)));
	assert_false(binding_active(b, S(110.0)));
	assert_int_equal(active(mn_node(a), S(50.0)), 1);
	assert_int_equal(active(mn_node(a), S(200.0)), 0);
	/* a refresh after expiry is noted */
	t_bu(a, 150.0, mn, cn, coa1, 2, 25, MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	assert_int_equal(t_count(a, MIPX_MCOA_EXPIRED), 1);
	assert_int_equal(active(mn_node(a), S(200.0)), 1);
	analysis_free(a);
}

/* The care-of table holds the care-of addresses of kept bindings, no more
 * (memory follows live state): a node that moves all day leaves no trail of old addresses. */
static void test_care_of_table_follows_bindings(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct node *n = mn_node(a);
	struct bu_update u;
	uint8_t coa[16];

	(void)state;
	for (uint16_t i = 0; i < 100; i++) { /* IFID 1 moves 100 times */
		t_ip6(coa, 20, (uint16_t)(i + 1));
		u = upd(cn, coa, i, 100, 1, 0);
		assert_int_equal(binding_cache_apply(a, n, &u, S(10.0 + i), NULL), 0);
	}
	assert_int_equal(NODE_NBIND(n), 1);
	assert_int_equal(g_hash_table_size(a->care_of_nodes), 1);
	assert_non_null(g_hash_table_lookup(a->care_of_nodes, coa));
	/* IFID 2 at the same address, then IFID 1 moves on: the address
	 * stays, IFID 2 still holds it */
	u = upd(cn, coa, 200, 100, 2, 1);
	assert_int_equal(binding_cache_apply(a, n, &u, S(200.0), NULL), 0);
	u = upd(cn, coa1, 201, 100, 1, 0);
	assert_int_equal(binding_cache_apply(a, n, &u, S(201.0), NULL), 0);
	assert_int_equal(g_hash_table_size(a->care_of_nodes), 2);
	assert_non_null(g_hash_table_lookup(a->care_of_nodes, coa));
	/* deregistering IFID 2 lets its address go */
	u = upd(cn, coa, 202, 0, 2, 1);
	assert_int_equal(binding_cache_apply(a, n, &u, S(202.0), NULL), 1);
	assert_null(g_hash_table_lookup(a->care_of_nodes, coa));
	assert_non_null(g_hash_table_lookup(a->care_of_nodes, coa1));
	/* an hour after expiry the binding and its address are gone */
	node_prune(a, n, S(201.0 + 100 + 3600));
	assert_int_equal(NODE_NBIND(n), 0);
	assert_int_equal(g_hash_table_size(a->care_of_nodes), 0);
	analysis_free(a);
}

/* A care-of address taken over by another node, then bound again from the
 * same address by the first: the table names whoever bound it last, also
 * when the first node's binding did not change (binding_cache.c skips the
 * lookup for an unchanged address only while no address changed owner). */
static void test_care_of_owner_follows_last_binder(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct mipx_addr other_home;
	struct node *n = mn_node(a), *m;
	const struct coa_owner *e;
	struct bu_update u;
	uint8_t other[16];

	(void)state;
	t_ip6(other, 1, 6);
	other_home = mipx_addr_v6(other);
	m = node_get(a, &other_home);
	u = upd(cn, coa1, 1, 100, 1, 0);
	assert_int_equal(binding_cache_apply(a, n, &u, S(10.0), NULL), 0);
	u = upd(cn, coa1, 2, 100, 1, 0); /* same address again */
	assert_int_equal(binding_cache_apply(a, n, &u, S(11.0), NULL), 0);
	e = g_hash_table_lookup(a->care_of_nodes, coa1);
	assert_non_null(e);
	assert_memory_equal(e->home, mn, 16);
	u = upd(cn, coa1, 1, 100, 1, 0); /* the other node takes it */
	assert_int_equal(binding_cache_apply(a, m, &u, S(12.0), NULL), 0);
	e = g_hash_table_lookup(a->care_of_nodes, coa1);
	assert_memory_equal(e->home, other, 16);
	u = upd(cn, coa1, 3, 100, 1, 0); /* the first again, unchanged binding */
	assert_int_equal(binding_cache_apply(a, n, &u, S(13.0), NULL), 0);
	e = g_hash_table_lookup(a->care_of_nodes, coa1);
	assert_memory_equal(e->home, mn, 16);
	/* the other node moves away: the first still holds the address */
	u = upd(cn, coa2, 2, 100, 1, 0);
	assert_int_equal(binding_cache_apply(a, m, &u, S(14.0), NULL), 0);
	e = g_hash_table_lookup(a->care_of_nodes, coa1);
	assert_non_null(e);
	assert_memory_equal(e->home, mn, 16);
	assert_int_equal(g_hash_table_size(a->care_of_nodes), 2);
	analysis_free(a);
}

/* A care-of address used again after its binding expired is noticed from a
 * Care-of Test Init, found through the care-of table. */
static void test_expired_coa_used_again(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_bu(a, 10.0, mn, cn, coa1, 1, 25, MIPX_BU_FLAG_M_DEFAULT, 1, 0); /* 100 s */
	assert_int_equal(t_count(a, MIPX_MCOA_EXPIRED), 0);
	t_coti(a, 150.0, coa1, cn);
	assert_int_equal(t_count(a, MIPX_MCOA_EXPIRED), 1);
	analysis_free(a);
}

static void test_mcoa_state_checks(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	/* two bindings at the CN, neither primary; the same IFID at the HA */
	t_bu(a, 10.0, mn, cn, coa1, 1, 100, MIPX_BU_FLAG_M_DEFAULT, 1, 1);
	t_bu(a, 10.1, mn, cn, coa2, 2, 100, MIPX_BU_FLAG_M_DEFAULT, 2, 2);
	t_bu(a, 10.2, mn, ha, coa1, 3, 100, MIPX_BU_FLAG_H | MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	assert_int_equal(t_count(a, MIPX_MCOA_IFID_SHARED), 1);
	/* home: deregistered at the HA, the CN still binds */
	t_bu(a, 20.0, mn, ha, mn, 4, 0, MIPX_BU_FLAG_H, -1, 0);
	analysis_finish(a, S(21.0));
	assert_int_equal(t_count(a, MIPX_MCOA_HOME_STALE), 1);
	assert_int_equal(t_count(a, MIPX_MCOA_NO_PRIMARY), 1);
	analysis_free(a);
}

static void test_dereg_all_finding(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_bu(a, 10.0, mn, cn, coa1, 1, 100, MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	t_bu(a, 10.1, mn, cn, coa2, 2, 100, MIPX_BU_FLAG_M_DEFAULT, 2, 1);
	t_bu(a, 11.0, mn, cn, coa1, 3, 0, 0, -1, 0);
	assert_int_equal(t_count(a, MIPX_MCOA_DEREG_ALL), 1);
	assert_int_equal(active(mn_node(a), S(11.0)), 0);
	analysis_finish(a, S(12.0));
	assert_int_equal(t_count(a, MIPX_MCOA_NO_PRIMARY), 0);
	analysis_free(a);
}

static void test_home_then_cn_not_stale(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_bu(a, 10.0, mn, ha, coa1, 1, 100, MIPX_BU_FLAG_H | MIPX_BU_FLAG_A, -1, 0);
	t_ba(a, 10.1, ha, mn, 1, 0, 100, -1, 0);
	t_bu(a, 10.2, mn, cn, coa1, 2, 100, MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	t_bu(a, 10.3, mn, cn, coa2, 3, 100, MIPX_BU_FLAG_M_DEFAULT, 2, 1);
	/* back home: the home agent first, the correspondent right after */
	t_bu(a, 20.0, mn, ha, mn, 4, 0, MIPX_BU_FLAG_H | MIPX_BU_FLAG_A, -1, 0);
	t_ba(a, 20.1, ha, mn, 4, 0, 0, -1, 0);
	t_bu(a, 20.2, mn, cn, mn, 5, 0, 0, -1, 0);
	analysis_finish(a, S(21.0));
	assert_int_equal(t_count(a, MIPX_MCOA_HOME_STALE), 0);
	assert_int_equal(t_count(a, MIPX_MCOA_DEREG_ALL), 1);
	analysis_free(a);
}

static void test_after_binding_error(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_bu(a, 10.0, mn, cn, coa1, 1, 100, MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	assert_int_equal(t_count(a, MIPX_MCOA_AFTER_BE), 0);
	t_be(a, 10.1, cn, mn, 2); /* 7.6: the CN does not know the option */
	t_bu(a, 20.0, mn, cn, coa1, 2, 100, MIPX_BU_FLAG_M_DEFAULT, 1, 0);
	assert_int_equal(t_count(a, MIPX_MCOA_AFTER_BE), 1);
	/* without CoAINFO the node complies */
	t_bu(a, 30.0, mn, cn, coa1, 3, 100, 0, -1, 0);
	assert_int_equal(t_count(a, MIPX_MCOA_AFTER_BE), 1);
	analysis_free(a);
}

/*
 * node_prune skips a node until its first binding goes (prune_at, an hour
 * after the binding expired): a shorter binding made after a prune still
 * goes at its own time.
 */
static void test_prune_after_later_expiry(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct node *n = mn_node(a);
	struct mipx_addr rcv = mipx_addr_v6(cn);
	struct bu_update u;

	(void)state;
	u = upd(cn, coa1, 1, 4000, 1, 0);
	binding_cache_apply(a, n, &u, S(10.0), NULL);
	node_prune(a, n, S(20.0));
	assert_true(n->prune_at == S(10.0 + 4000 + 3600));
	u = upd(cn, coa2, 2, 40, 2, 0);
	binding_cache_apply(a, n, &u, S(30.0), NULL);
	assert_true(n->prune_at == S(30.0 + 40 + 3600));
	node_prune(a, n, S(30.0 + 40 + 3599));
	assert_int_equal(NODE_NBIND(n), 2);
	node_prune(a, n, S(30.0 + 40 + 3600));
	assert_int_equal(NODE_NBIND(n), 1);
	assert_non_null(t_binding(a, n, &rcv, BKEY_IFID, 1));
	assert_null(t_binding(a, n, &rcv, BKEY_IFID, 2));
	assert_true(n->prune_at == S(10.0 + 4000 + 3600));
	analysis_free(a);
}

/* RFC 3963 6.1: a BU with 0x0400 (MCoA's M under the default mask, NEMO's
 * R) and no prefix is a mobile router's when its BA sets R: a NEMO binding,
 * no MCOA-M-NO-COAINFO.  Without a BA, the finding comes at the end. */
static void test_nemo_implicit_by_ba(void **state)
{
	uint8_t mr[16], hag[16], coa[16], mn2[16];
	struct analysis *a = t_analysis(NULL);
	(void)state;

	t_ip6(mr, 1, 0x90);
	t_ip6(hag, 1, 1);
	t_ip6(coa, 0xa2, 0x90);
	t_ip6(mn2, 1, 0x91);
	t_bu(a, 10.0, mr, hag, coa, 7, 900, MIPX_BU_FLAG_A | MIPX_BU_FLAG_H | MIPX_BU_FLAG_NEMO_R, -1, 0);
	assert_int_equal(t_count(a, MIPX_MCOA_M_NO_COAINFO), 0);
	t_ba_flags(a, 10.1, hag, mr, 7, 0, 900, MIPX_BA_FLAG_R);
	assert_int_equal(t_count(a, MIPX_MCOA_M_NO_COAINFO), 0);
	assert_int_equal(t_count(a, MIPX_MCOA_RESERVED), 0);
	{
		struct mipx_addr home = mipx_addr_v6(mr);
		struct node *m = node_find(a, &home);

		assert_non_null(m);
		assert_int_equal(NODE_NBIND(m), 1);
		assert_int_equal(NODE_BIND(m, 0)->key_kind, BKEY_NEMO);
		assert_string_equal(binding_kind_name(NODE_BIND(m, 0)), "nemo");
	}
	/* the same BU never answered: MCoA's fault after all (draft 8.3) */
	t_bu(a, 20.0, mn2, hag, coa, 9, 900, MIPX_BU_FLAG_A | MIPX_BU_FLAG_H | MIPX_BU_FLAG_NEMO_R, -1, 0);
	assert_int_equal(t_count(a, MIPX_MCOA_M_NO_COAINFO), 0);
	analysis_finish(a, S(30.0));
	assert_int_equal(t_count(a, MIPX_MCOA_M_NO_COAINFO), 1);
	analysis_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nemo_implicit_by_ba),
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_plain_bu_replaces_all),
		cmocka_unit_test(test_home_agent_keeps_primary),
		cmocka_unit_test(test_bid_keyed),
		cmocka_unit_test(test_ba_decides),
		cmocka_unit_test(test_ba_without_coainfo_overwrites),
		cmocka_unit_test(test_sequence_wraparound),
		cmocka_unit_test(test_state_at_time),
		cmocka_unit_test(test_mcoa_state_checks),
		cmocka_unit_test(test_dereg_all_finding),
		cmocka_unit_test(test_home_then_cn_not_stale),
		cmocka_unit_test(test_after_binding_error),
		cmocka_unit_test(test_care_of_table_follows_bindings),
		cmocka_unit_test(test_care_of_owner_follows_last_binder),
		cmocka_unit_test(test_expired_coa_used_again),
		cmocka_unit_test(test_prune_after_later_expiry),
	};
	return cmocka_run_group_tests(tests, setup, NULL);
}
