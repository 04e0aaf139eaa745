/* SPDX-License-Identifier: GPL-2.0-or-later */
/* DREMIP registration chains: linking, roles (inferred and from a topology),
 * completeness, state at a time, exchange dedup, and the chain checks. */
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
#define TRS IP(10, 3, 0, 1)
#define TA IP(10, 3, 3, 1)

static struct node *mn_node(struct analysis *a)
{
	struct mipx_addr home = mipx_addr_v4(MN);
	struct node *n = node_find(a, &home);

	assert_non_null(n);
	return n;
}

static const struct registration *link_at(const struct chain *c, guint k)
{
	return c->links[k];
}

static void test_local_and_home_link(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct chains *chains;
	const struct chain *c;

	(void)state;
	t_registration(a, 100.0, MN, RS, FA, CA, 300, 1);
	t_registration(a, 101.0, MN, HRS, CA, HA, 600, 2);
	analysis_finish(a, S(102.0));

	chains = chains_at(a, mn_node(a), S(102.0));
	assert_int_equal(chains->len, 1);
	c = &chains->chain[0];
	assert_int_equal(c->len, 2);
	assert_true(c->complete);
	assert_int_equal(link_at(c, 0)->registrar, RS);
	assert_int_equal(link_at(c, 0)->child_coa, FA);
	assert_int_equal(link_at(c, 0)->parent_coa, CA);
	assert_int_equal(link_at(c, 0)->granted, 300);
	assert_int_equal(c->roles[0], ROLE_LOCAL);
	assert_int_equal(link_at(c, 1)->child_coa, CA);
	assert_int_equal(link_at(c, 1)->parent_coa, HA);
	assert_int_equal(c->roles[1], ROLE_HOME);
	assert_true(link_at(c, 1)->expires_at == S(101.03 + 600));

	assert_int_equal(t_count(a, MIPX_DRM_CHAIN_INCOMPLETE), 0);
	assert_int_equal(t_count(a, MIPX_DRM_LT_ORDER), 0);
	assert_int_equal(t_count(a, MIPX_DRM_TUNNEL_GAP), 0);
	assert_int_equal(t_count(a, MIPX_DRM_NO_REPLY), 0);
	assert_int_equal(t_count(a, MIPX_DRM_REPLY_BEFORE_ROUTE), 0);
	analysis_free(a);
}

static void test_lifetime_order(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_registration(a, 100.0, MN, RS, FA, CA, 600, 1);
	t_registration(a, 101.0, MN, HRS, CA, HA, 300, 2);
	analysis_finish(a, S(102.0));
	assert_int_equal(t_count(a, MIPX_DRM_LT_ORDER), 1);
	analysis_free(a);
}

static void test_local_only_is_incomplete(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct chains *chains;
	const struct chain *c;

	(void)state;
	t_registration(a, 100.0, MN, RS, FA, CA, 300, 1);
	analysis_finish(a, S(101.0));
	chains = chains_at(a, mn_node(a), S(101.0));
	assert_int_equal(chains->len, 1);
	c = &chains->chain[0];
	assert_int_equal(c->len, 1);
	assert_false(c->complete);
	assert_int_equal(c->roles[0], ROLE_LOCAL);
	assert_int_equal(t_count(a, MIPX_DRM_CHAIN_INCOMPLETE), 1);
	/* the local tunnel CA -> FA is a path of its own: no gap */
	assert_int_equal(t_count(a, MIPX_DRM_TUNNEL_GAP), 0);
	analysis_free(a);
}

static void test_rfc3344_one_link(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct chains *chains;
	const struct chain *c;

	(void)state;
	t_reg_request(a, 10.0, FA, HA, MN, HA, FA, 1800, 7, false);
	t_reg_reply(a, 10.2, HA, FA, MN, HA, 0, 1200, 7, 0);
	analysis_finish(a, S(11.0));
	chains = chains_at(a, mn_node(a), S(11.0));
	assert_int_equal(chains->len, 1);
	c = &chains->chain[0];
	assert_int_equal(c->len, 1);
	assert_true(c->complete);
	assert_int_equal(c->roles[0], ROLE_HOME);
	assert_int_equal(link_at(c, 0)->parent_coa, HA);
	assert_int_equal(link_at(c, 0)->requested, 1800);
	assert_int_equal(link_at(c, 0)->granted, 1200);
	assert_int_equal(t_count(a, MIPX_DRM_CHAIN_INCOMPLETE), 0);
	analysis_free(a);
}

static const char topo_text[] =
	"# home domain\n"
	"domain home\n"
	"  server 10.1.0.2\n"
	"  home-agent 192.0.2.1\n"
	"  home-prefix 10.1.0.0/24 server 10.1.0.2 home-agent 192.0.2.1\n"
	"domain visited\n"
	"  server 10.2.0.1\n"
	"  care-of-agent 10.2.3.1\n"
	"  network 10.2.0.0/16\n"
	"domain transit\n"
	"  server 10.3.0.1\n"
	"  care-of-agent 10.3.3.1\n";

static void test_topology_roles(void **state)
{
	GError *error = NULL;
	struct topology *topo = topology_parse(topo_text, &error);
	uint32_t far_ha = IP(192, 0, 2, 1);
	struct analysis *a, *b;
	const struct chains *chains;
	const struct chain *c;

	(void)state;
	assert_non_null(topo);
	assert_int_equal(topo->domains->len, 3);
	/* local, transit, then home through a home agent off the home /24 */
	a = t_analysis(topo);
	t_registration(a, 100.0, MN, RS, FA, CA, 300, 1);
	t_registration(a, 101.0, MN, TRS, CA, TA, 400, 2);
	t_registration(a, 102.0, MN, HRS, TA, far_ha, 500, 3);
	analysis_finish(a, S(103.0));
	chains = chains_at(a, mn_node(a), S(103.0));
	assert_int_equal(chains->len, 1);
	c = &chains->chain[0];
	assert_int_equal(c->len, 3);
	assert_int_equal(c->roles[0], ROLE_LOCAL);
	assert_int_equal(c->roles[1], ROLE_TRANSIT);
	assert_int_equal(c->roles[2], ROLE_HOME);
	assert_true(c->complete);
	assert_int_equal(t_count(a, MIPX_DRM_CHAIN_INCOMPLETE), 0);
	analysis_free(a);

	/* without the topology, a home server and agent off the home /24
	 * are not recognised */
	b = t_analysis(NULL);
	t_registration(b, 100.0, MN, RS, FA, CA, 300, 1);
	t_registration(b, 101.0, MN, TRS, CA, TA, 400, 2);
	t_registration(b, 102.0, MN, IP(192, 0, 2, 2), TA, far_ha, 500, 3);
	analysis_finish(b, S(103.0));
	chains = chains_at(b, mn_node(b), S(103.0));
	c = &chains->chain[0];
	assert_int_equal(c->len, 3);
	assert_int_equal(c->roles[2], ROLE_TRANSIT);
	assert_false(c->complete);
	assert_int_equal(t_count(b, MIPX_DRM_CHAIN_INCOMPLETE), 1);
	analysis_free(b);
	topology_free(topo);
}

static void test_topology_errors(void **state)
{
	GError *error = NULL;

	(void)state;
	assert_null(topology_parse("server 10.0.0.1\n", &error));
	assert_non_null(error);
	assert_non_null(strstr(error->message, "line 1"));
	g_clear_error(&error);
	assert_null(topology_parse("domain x\n  home-prefix 10.0.0.0/33\n", &error));
	assert_non_null(strstr(error->message, "line 2"));
	g_clear_error(&error);
	assert_null(topology_parse("domain x\n  router 10.0.0.1\n", &error));
	g_clear_error(&error);
}

static void test_state_at_time(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct chains *chains;

	(void)state;
	t_registration(a, 100.0, MN, RS, FA, CA, 300, 1);
	t_registration(a, 100.5, MN, HRS, CA, HA, 0xffff, 2);
	analysis_finish(a, S(101.0));
	chains = chains_at(a, mn_node(a), S(350.0));
	assert_int_equal(chains->len, 1);
	assert_int_equal(chains->chain[0].len, 2);
	/* the local registration expired at 400.03; the home one never does */
	chains = chains_at(a, mn_node(a), S(500.0));
	assert_int_equal(chains->len, 1);
	assert_int_equal(chains->chain[0].len, 1);
	assert_true(link_at(&chains->chain[0], 0)->expires_at == CAP_NEVER);
	/* before anything was accepted */
	chains = chains_at(a, mn_node(a), S(50.0));
	assert_int_equal(chains->len, 0);
	analysis_free(a);
}

static void test_deregistration(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct chains *chains;

	(void)state;
	t_registration(a, 100.0, MN, RS, FA, CA, 300, 1);
	t_reg_request(a, 150.0, FA, RS, MN, RS, FA, 0, 5, true);
	t_reg_reply(a, 150.1, RS, FA, MN, RS, 0, 0, 5, CA);
	analysis_finish(a, S(151.0));
	chains = chains_at(a, mn_node(a), S(151.0));
	assert_int_equal(chains->len, 0);
	assert_int_equal(t_count(a, MIPX_DRM_CHAIN_INCOMPLETE), 0);
	analysis_free(a);
}

static void test_copies_are_one_exchange(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct chains *chains;
	const struct registration *r;

	(void)state;
	/* the request seen from the mobile node and again relayed by the FA */
	t_reg_request(a, 10.0, MN, FA, MN, HA, FA, 600, 9, false);
	t_reg_request(a, 10.1, FA, HA, MN, HA, FA, 600, 9, false);
	t_reg_reply(a, 10.2, HA, FA, MN, HA, 0, 600, 9, 0);
	t_reg_reply(a, 10.3, FA, MN, MN, HA, 0, 600, 9, 0);
	analysis_finish(a, S(11.0));
	chains = chains_at(a, mn_node(a), S(11.0));
	assert_int_equal(chains->len, 1);
	r = link_at(&chains->chain[0], 0);
	assert_int_equal(r->frames.count, 3); /* both requests and the first reply */
	assert_int_equal(frame_slot_ref(r->frames.f[0]).frame, 1);
	assert_int_equal(frame_slot_ref(r->frames.f[1]).frame, 2);
	assert_int_equal(frame_slot_ref(r->frames.f[2]).frame, 3);
	assert_true(r->accepted_at == S(10.2));
	assert_int_equal(t_count(a, MIPX_DRM_NO_REPLY), 0);
	assert_int_equal(t_count(a, MIPX_DRM_ORPHAN_REPLY), 0);
	assert_int_equal(a->messages, 4);
	analysis_free(a);
}

static void test_no_reply_and_orphan(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct finding *f;

	(void)state;
	t_reg_request(a, 10.0, FA, HA, MN, HA, FA, 600, 1, false);
	t_reg_reply(a, 11.0, HA, FA, MN, HA, 0, 600, 2, 0);
	analysis_finish(a, S(12.0));
	assert_int_equal(t_count(a, MIPX_DRM_NO_REPLY), 1);
	assert_int_equal(t_count(a, MIPX_DRM_ORPHAN_REPLY), 1);
	for (guint i = 0; i < a->found.findings->len; i++) {
		f = &g_array_index(a->found.findings, struct finding, i);
		if (f->check == MIPX_DRM_NO_REPLY) {
			assert_int_equal(f->frames.count, 1);
			assert_int_equal(frame_slot_ref(f->frames.f[0]).frame, 1);
		}
		if (f->check == MIPX_DRM_ORPHAN_REPLY)
			assert_int_equal(frame_slot_ref(f->frames.f[0]).frame, 2);
	}
	analysis_free(a);
}

static void test_coa_unstable(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_registration(a, 100.0, MN, RS, FA, CA, 300, 1);
	t_registration(a, 200.0, MN, RS, FA, IP(10, 2, 3, 2), 300, 2);
	analysis_finish(a, S(201.0));
	assert_int_equal(t_count(a, MIPX_DRM_COA_UNSTABLE), 1);
	analysis_free(a);
}

static void test_reply_before_route(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_reg_request(a, 100.0, FA, RS, MN, RS, FA, 300, 1, true);
	t_reg_reply(a, 100.1, RS, FA, MN, RS, 0, 300, 1, CA);
	t_route_request(a, 100.2, RS, CA, MN, FA, 300, 77);
	t_route_reply(a, 100.3, CA, RS, MN, FA, 0, 300, 77);
	analysis_finish(a, S(101.0));
	assert_int_equal(t_count(a, MIPX_DRM_REPLY_BEFORE_ROUTE), 1);
	analysis_free(a);
}

static void test_relay_checks(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_registration(a, 100.0, MN, RS, FA, CA, 300, 1);
	/* the local server relays a home request asking more than it binds */
	t_reg_request(a, 101.0, RS, HRS, MN, HRS, CA, 400, 2, true);
	/* an unknown server relays for a node it never bound */
	t_reg_request(a, 101.5, HRS, RS, MN, RS, FA, 100, 3, true);
	analysis_finish(a, S(102.0));
	assert_int_equal(t_count(a, MIPX_DRM_LT_RELAY), 1);
	assert_int_equal(t_count(a, MIPX_DRM_RELAY_UNBOUND), 1);
	/* RS -> HRS without Server-Server authentication (the helper sends 84) */
	assert_true(t_count(a, MIPX_DRM_AUTH_RELAY) >= 1);
	analysis_free(a);
}

static void test_rs_withdrawn(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	t_advert(a, 1.0, FA, RS, 0); /* 4.1: RS takes no more mobile nodes */
	t_reg_request(a, 2.0, FA, RS, MN, RS, FA, 300, 1, true);
	assert_int_equal(t_count(a, MIPX_DRM_RS_WITHDRAWN), 1);
	t_advert(a, 3.0, FA, HRS, 100); /* advertised for 100 s */
	t_reg_request(a, 50.0, FA, HRS, MN, HRS, FA, 300, 2, true);
	assert_int_equal(t_count(a, MIPX_DRM_RS_WITHDRAWN), 1);
	t_reg_request(a, 200.0, FA, HRS, MN, HRS, FA, 300, 3, true); /* expired */
	assert_int_equal(t_count(a, MIPX_DRM_RS_WITHDRAWN), 2);
	analysis_free(a);
}

static void test_disabled_check_not_reported(void **state)
{
	struct analysis_options opt;
	struct mipx_settings defaults = MIPX_SETTINGS_DEFAULT;
	struct analysis *a;

	(void)state;
	memset(&opt, 0, sizeof(opt));
	opt.settings = defaults;
	opt.disabled[MIPX_DRM_NO_REPLY] = true;
	a = analysis_new(&opt);
	t_reg_request(a, 10.0, FA, HA, MN, HA, FA, 600, 1, false);
	analysis_finish(a, S(12.0));
	assert_int_equal(t_count(a, MIPX_DRM_NO_REPLY), 0);
	assert_int_equal(a->found.severity_count[MIPX_SEV_WARNING], 0);
	analysis_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_local_and_home_link),
		cmocka_unit_test(test_lifetime_order),
		cmocka_unit_test(test_local_only_is_incomplete),
		cmocka_unit_test(test_rfc3344_one_link),
		cmocka_unit_test(test_topology_roles),
		cmocka_unit_test(test_topology_errors),
		cmocka_unit_test(test_state_at_time),
		cmocka_unit_test(test_deregistration),
		cmocka_unit_test(test_copies_are_one_exchange),
		cmocka_unit_test(test_no_reply_and_orphan),
		cmocka_unit_test(test_coa_unstable),
		cmocka_unit_test(test_reply_before_route),
		cmocka_unit_test(test_relay_checks),
		cmocka_unit_test(test_rs_withdrawn),
		cmocka_unit_test(test_disabled_check_not_reported),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
