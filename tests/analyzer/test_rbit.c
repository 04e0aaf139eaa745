/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Request flag 0x02: RFC 3024's T until the input shows DREMIP (an 81-85
 * extension, a route message, an advertisement with 81, a topology naming a
 * server), DREMIP's R from then on, the request's own reply included.
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "model_helpers.h"

#define HOME IP(192, 0, 2, 1)
#define HA IP(192, 0, 2, 254)
#define FA IP(198, 51, 100, 1)

/* RFC 3344 3.6-3.8 via a foreign agent with RFC 3024's T: request MN->FA,
 * FA->HA, reply HA->FA, FA->MN. */
static void rfc3024_registration(struct analysis *a, double ts, uint16_t lifetime,
				 uint64_t id)
{
	t_mip4_request(a, ts, HOME, FA, HOME, HA, FA, MIPX_REG_FLAG_T, lifetime, id);
	t_mip4_request(a, ts + 0.01, FA, HA, HOME, HA, FA, MIPX_REG_FLAG_T, lifetime, id);
	t_mip4_reply(a, ts + 0.02, HA, FA, HOME, HA, 0, lifetime, id);
	t_mip4_reply(a, ts + 0.03, FA, HOME, HOME, HA, 0, lifetime, id);
}

static unsigned dremip_findings(const struct analysis *a)
{
	return t_count(a, MIPX_DRM_COA_EXT_MISSING) + t_count(a, MIPX_DRM_CHAIN_INCOMPLETE) +
	       t_count(a, MIPX_DRM_RBIT_MIX) + t_count(a, MIPX_DRM_NO_REPLY) +
	       t_count(a, MIPX_DRM_ORPHAN_REPLY);
}

/* No DREMIP anywhere: the bit is T, and a reverse-tunnelled registration,
 * its renewal and its deregistration raise nothing. */
static void test_auto_reads_t(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	rfc3024_registration(a, 1.0, 1800, 0xe8f5000000000001ull);
	rfc3024_registration(a, 900.0, 1800, 0xe8f5038400000002ull);
	rfc3024_registration(a, 1700.0, 0, 0xe8f506a400000003ull);
	analysis_finish(a, S(1701.0));
	assert_false(a->dremip.shown);
	assert_true(rbit_reads_t(a));
	assert_int_equal(dremip_findings(a), 0);
	assert_int_equal(a->found.findings->len, 0);
	analysis_free(a);
}

/* --rbit=r (what mipx did before auto): the same traffic is a DREMIP
 * registration whose reply lacks 82. */
static void test_forced_r(void **state)
{
	struct analysis *a = t_analysis_rbit(NULL, RBIT_R);

	(void)state;
	rfc3024_registration(a, 1.0, 1800, 0xe8f5000000000001ull);
	analysis_finish(a, S(2.0));
	assert_int_equal(t_count(a, MIPX_DRM_COA_EXT_MISSING), 1);
	assert_false(rbit_reads_t(a));
	analysis_free(a);
}

/* A registration-server advertisement earlier in the input: R. */
static void test_advert_shows_dremip(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_advert(a, 0.5, FA, IP(10, 2, 0, 1), 3600);
	assert_true(a->dremip.shown);
	assert_true(a->dremip.advert);
	assert_int_equal(a->dremip.ref.frame, 1);
	rfc3024_registration(a, 1.0, 1800, 7);
	analysis_finish(a, S(2.0));
	assert_int_equal(t_count(a, MIPX_DRM_COA_EXT_MISSING), 1);
	analysis_free(a);
}

/* The request carries no DREMIP extension; its accepted reply carries 82:
 * the request's bit is R, read so at the reply (no DRM-RBIT-MIX), and the
 * registration is a DREMIP one. */
static void test_own_reply_shows_dremip(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct node *n;
	struct mipx_addr home = mipx_addr_v4(HOME);

	(void)state;
	t_mip4_request(a, 1.0, FA, HA, HOME, HA, FA, MIPX_REG_FLAG_R, 1800, 9);
	assert_false(a->dremip.shown);
	t_reg_reply(a, 1.1, HA, FA, HOME, HA, 0, 1800, 9, IP(10, 9, 0, 1));
	assert_true(a->dremip.shown);
	assert_int_equal(a->dremip.ext, MIPX_EXT_CARE_OF);
	assert_int_equal(a->dremip.ref.frame, 2);
	assert_int_equal(t_count(a, MIPX_DRM_RBIT_MIX), 0);
	assert_int_equal(t_count(a, MIPX_DRM_COA_EXT_MISSING), 0);
	n = node_find(a, &home);
	assert_non_null(n);
	assert_int_equal(NODE_NREG(n), 1);
	assert_true(NODE_REG(n, 0)->rbit);
	analysis_free(a);
}

/* A reply carrying 82 to a request with the bit clear stays a mix. */
static void test_mix_still_found(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_mip4_request(a, 1.0, FA, HA, HOME, HA, FA, 0, 1800, 9);
	t_reg_reply(a, 1.1, HA, FA, HOME, HA, 0, 1800, 9, IP(10, 9, 0, 1));
	assert_int_equal(t_count(a, MIPX_DRM_RBIT_MIX), 1);
	analysis_free(a);
}

/* A topology naming a registration server describes a DREMIP network. */
static void test_topology_shows_dremip(void **state)
{
	GError *error = NULL;
	struct topology *topo = topology_parse("domain home\n  server 10.1.0.2\n", &error);
	struct topology *plain = topology_parse(
		"domain home\n  home-prefix 192.0.2.0/24 home-agent 192.0.2.254\n", &error);
	struct analysis *a;

	(void)state;
	assert_non_null(topo);
	assert_non_null(plain);
	a = t_analysis(topo);
	assert_true(a->dremip.shown);
	assert_true(a->dremip.topology);
	analysis_free(a);
	a = t_analysis(plain);
	assert_false(a->dremip.shown);
	analysis_free(a);
	a = t_analysis_rbit(topo, RBIT_T);
	assert_true(rbit_reads_t(a));
	analysis_free(a);
	topology_free(topo);
	topology_free(plain);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_auto_reads_t),
		cmocka_unit_test(test_forced_r),
		cmocka_unit_test(test_advert_shows_dremip),
		cmocka_unit_test(test_own_reply_shows_dremip),
		cmocka_unit_test(test_mix_still_found),
		cmocka_unit_test(test_topology_shows_dremip),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
