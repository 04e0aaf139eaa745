/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * RFC 3344 5.7: a reply matches its request by home address and the
 * low-order 32 bits of the Identification; the high-order 32 bits are
 * judged on their own: timestamps (5.7.1) echoed when accepted, the home
 * agent's time with code 133; nonces (5.7.2) the next one in every reply.
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
#define ID(high, low) ((uint64_t)(high) << 32 | (uint32_t)(low))

/* Request MN->FA->HA, reply HA->FA->MN. */
static void exchange(struct analysis *a, double ts, uint64_t req_id, uint8_t code,
		     uint64_t rep_id)
{
	t_mip4_request(a, ts, HOME, FA, HOME, HA, FA, 0, 1800, req_id);
	t_mip4_request(a, ts + 0.01, FA, HA, HOME, HA, FA, 0, 1800, req_id);
	t_mip4_reply(a, ts + 0.02, HA, FA, HOME, HA, code, code <= 1 ? 1800 : 0, rep_id);
	t_mip4_reply(a, ts + 0.03, FA, HOME, HOME, HA, code, code <= 1 ? 1800 : 0, rep_id);
}

static unsigned all_findings(const struct analysis *a)
{
	return a->found.findings->len;
}

/* 5.7.2: every reply carries the next nonce: matched by the low-order bits
 * (the old 64-bit match made each one DRM-NO-REPLY + DRM-ORPHAN-REPLY). */
static void test_nonces(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	exchange(a, 1.0, ID(0x1111, 0xa1), 0, ID(0x2222, 0xa1));
	exchange(a, 600.0, ID(0x2222, 0xb2), 0, ID(0x3333, 0xb2));
	exchange(a, 1200.0, ID(0x3333, 0xc3), 0, ID(0x4444, 0xc3));
	analysis_finish(a, S(1300.0));
	assert_int_equal(t_count(a, MIPX_DRM_NO_REPLY), 0);
	assert_int_equal(t_count(a, MIPX_DRM_ORPHAN_REPLY), 0);
	assert_int_equal(all_findings(a), 0);
	analysis_free(a);
}

/* The node's next request carries an old nonce: DRM-REPLAY-NONCE, with
 * the reply that gave the nonce and the request, and nothing else. */
static void test_nonce_broken(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct finding *f;

	(void)state;
	exchange(a, 1.0, ID(0x1111, 0xa1), 0, ID(0x2222, 0xa1));
	exchange(a, 600.0, ID(0x1111, 0xb2), 0, ID(0x3333, 0xb2));
	analysis_finish(a, S(700.0));
	assert_int_equal(t_count(a, MIPX_DRM_REPLAY_NONCE), 1);
	assert_int_equal(all_findings(a), 1);
	f = &g_array_index(a->found.findings, struct finding, 0);
	assert_string_equal(f->text, "request carries 0x00001111 in the "
				     "high-order 32 bits of its identification, not the nonce "
				     "0x00002222 home agent 192.0.2.254 gave (code 0)");
	assert_int_equal(f->frames.count, 2); /* the home agent's reply, the request */
	assert_int_equal(frame_slot_ref(f->frames.f[0]).frame, 3);
	assert_int_equal(frame_slot_ref(f->frames.f[1]).frame, 5);
	analysis_free(a);
}

/* The reply did not reach the node: it retransmits with the nonce it
 * has, the home agent answers 133 with the next, the node uses it. */
static void test_nonce_reply_lost(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	exchange(a, 1.0, ID(0x5f3a9c21, 0xa1), 0, ID(0x1b7e4d02, 0xa1));
	exchange(a, 600.0, ID(0x1b7e4d02, 0xb2), 0, ID(0x77c0e913, 0xb2));
	exchange(a, 602.0, ID(0x1b7e4d02, 0xc3), 133, ID(0x0ae35b64, 0xc3));
	exchange(a, 603.0, ID(0x0ae35b64, 0xd4), 0, ID(0x6d2f0a85, 0xd4));
	analysis_finish(a, S(700.0));
	assert_int_equal(all_findings(a), 0);
	analysis_free(a);
	/* ... but not ten minutes later */
	a = t_analysis(NULL);
	exchange(a, 1.0, ID(0x5f3a9c21, 0xa1), 0, ID(0x1b7e4d02, 0xa1));
	exchange(a, 601.0, ID(0x5f3a9c21, 0xb2), 133, ID(0x77c0e913, 0xb2));
	analysis_finish(a, S(700.0));
	assert_int_equal(t_count(a, MIPX_DRM_REPLAY_NONCE), 1);
	analysis_free(a);
}

/* Code 133 with nonces: a node that lost its nonce gets the next one in
 * the reply, and uses it. */
static void test_nonce_resync(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	exchange(a, 1.0, ID(0x5f3a9c21, 0xa1), 133, ID(0x1b7e4d02, 0xa1));
	exchange(a, 2.0, ID(0x1b7e4d02, 0xb2), 0, ID(0x77c0e913, 0xb2));
	exchange(a, 600.0, ID(0x77c0e913, 0xc3), 0, ID(0x0ae35b64, 0xc3));
	analysis_finish(a, S(700.0));
	assert_int_equal(all_findings(a), 0);

	a = (analysis_free(a), t_analysis(NULL));
	exchange(a, 1.0, ID(0x5f3a9c21, 0xa1), 133, ID(0x1b7e4d02, 0xa1));
	exchange(a, 30.0, ID(0x5f3a9c21, 0xb2), 133, ID(0x77c0e913, 0xb2));
	analysis_finish(a, S(700.0));
	assert_int_equal(t_count(a, MIPX_DRM_REPLAY_NONCE), 1);
	assert_int_equal(all_findings(a), 1);
	analysis_free(a);
}

#define NTP 0xe8f5a300u /* NTP seconds some time in 2023 */

/* 5.7.1: timestamps echoed; a clock 1000 s slow meets code 133 with the
 * home agent's time, and the retry a second later carries that time + 1. */
static void test_timestamp_resync(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	exchange(a, 1.0, ID(NTP - 1000, 0x10000000), 133, ID(NTP, 0x10000000));
	exchange(a, 2.0, ID(NTP + 1, 0x20000000), 0, ID(NTP + 1, 0x20000000));
	exchange(a, 900.0, ID(NTP + 899, 0x30000000), 0, ID(NTP + 899, 0x30000000));
	analysis_finish(a, S(1000.0));
	assert_int_equal(all_findings(a), 0);
	analysis_free(a);
}

/* The retry keeps the slow clock: DRM-REPLAY-STALE. */
static void test_timestamp_stale_retry(void **state)
{
	struct analysis *a = t_analysis(NULL);
	const struct finding *f;

	(void)state;
	exchange(a, 1.0, ID(NTP - 1000, 0x10000000), 133, ID(NTP, 0x10000000));
	exchange(a, 2.0, ID(NTP - 999, 0x20000000), 133, ID(NTP + 1, 0x20000000));
	analysis_finish(a, S(10.0));
	assert_int_equal(t_count(a, MIPX_DRM_REPLAY_STALE), 1);
	assert_int_equal(all_findings(a), 1);
	f = &g_array_index(a->found.findings, struct finding, 0);
	assert_string_equal(f->text, "request's timestamp 0xe8f59f19 is -999 s "
				     "off the time home agent 192.0.2.254 gave with code 133 (0xe8f5a300)");
	analysis_free(a);
}

/* A timestamp older than the last accepted one: DRM-REPLAY-STALE. */
static void test_timestamp_older(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	exchange(a, 1.0, ID(NTP, 0x10000000), 0, ID(NTP, 0x10000000));
	exchange(a, 600.0, ID(NTP - 60, 0x20000000), 0, ID(NTP - 60, 0x20000000));
	analysis_finish(a, S(700.0));
	assert_int_equal(t_count(a, MIPX_DRM_REPLAY_STALE), 1);
	assert_int_equal(all_findings(a), 1);
	analysis_free(a);
}

/* A Click pair: the node's requests carry NTP seconds (5.7.1), its home
 * agent accepts each with code 0 and high-order bits of its own.  The node
 * never uses them, so they are no nonce (5.7.2) and nothing is wrong; the
 * same with values of its own that do not grow (as a relay rewrote them). */
static void test_timestamp_reply_own_bits(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	exchange(a, 1.0, ID(0xddf2045a, 0x057feb72), 0, ID(0x058a17d5, 0x057feb72));
	exchange(a, 4.8, ID(0xddf2045d, 0x3495ad75), 0, ID(0x349a8823, 0x3495ad75));
	exchange(a, 8.6, ID(0xddf20461, 0x29eaa977), 0, ID(0x29f0271f, 0x29eaa977));
	analysis_finish(a, S(20.0));
	assert_int_equal(all_findings(a), 0);
	analysis_free(a);

	a = t_analysis(NULL);
	exchange(a, 1.0, ID(0x0581feb4, 0x057feb72), 0, ID(0x0585e991, 0x057feb72));
	exchange(a, 4.8, ID(0x34970ef0, 0x3495ad75), 0, ID(0x3498bfeb, 0x3495ad75));
	exchange(a, 8.6, ID(0x29ecd772, 0x29eaa977), 0, ID(0x29eedf2c, 0x29eaa977));
	analysis_finish(a, S(20.0));
	assert_int_equal(all_findings(a), 0);
	analysis_free(a);
}

/* Once the node has used a nonce it was given, a value of its own in a
 * later request breaks the sequence (5.7.2). */
static void test_nonce_established_broken(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	exchange(a, 1.0, ID(0x5f3a9c21, 0xa1), 0, ID(0x1b7e4d02, 0xa1));
	exchange(a, 600.0, ID(0x1b7e4d02, 0xb2), 0, ID(0x77c0e913, 0xb2));
	exchange(a, 1200.0, ID(0x77c0e914, 0xc3), 0, ID(0x0ae35b64, 0xc3));
	analysis_finish(a, S(1300.0));
	assert_int_equal(t_count(a, MIPX_DRM_REPLAY_NONCE), 1);
	assert_int_equal(all_findings(a), 1);
	analysis_free(a);
}

/* A node on its own clock answered with code 133: the value is the home
 * agent's time (5.7.1), and a retry that keeps the clock far off is stale,
 * not a broken nonce. */
static void test_clock_resync_stale(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	exchange(a, 1.0, ID(NTP - 400000, 0x10000000), 0, ID(0x0000beef, 0x10000000));
	exchange(a, 600.0, ID(NTP - 399401, 0x20000000), 133, ID(NTP, 0x20000000));
	exchange(a, 601.0, ID(NTP - 399400, 0x30000000), 133, ID(NTP + 1, 0x30000000));
	analysis_finish(a, S(700.0));
	assert_int_equal(t_count(a, MIPX_DRM_REPLAY_STALE), 1);
	assert_int_equal(all_findings(a), 1);
	analysis_free(a);
}

/* Copies of one request seen at two points are one exchange; a request
 * with the same low-order bits and other high-order ones is a new one. */
static void test_copies_and_new_requests(void **state)
{
	struct analysis *a = t_analysis(NULL);
	struct exch_key k;
	struct exchange *ex;

	(void)state;
	t_mip4_request(a, 1.0, HOME, FA, HOME, HA, FA, 0, 1800, ID(1, 7));
	t_mip4_request(a, 1.01, FA, HA, HOME, HA, FA, 0, 1800, ID(1, 7));
	exch_key_reg(&k, HOME, ID(1, 7));
	ex = exchange_lookup(a, &k, false);
	assert_non_null(ex);
	assert_int_equal(ex->request_frames.count, 2);
	t_mip4_request(a, 3.0, HOME, FA, HOME, HA, FA, 0, 1800, ID(2, 7));
	ex = exchange_lookup(a, &k, false);
	assert_int_equal(ex->identification, ID(2, 7));
	assert_int_equal(ex->request_frames.count, 1);
	assert_int_equal(t_count(a, MIPX_DRM_NO_REPLY), 1); /* the first one */
	t_mip4_reply(a, 3.1, HA, HOME, HOME, HA, 0, 1800, ID(3, 7));
	assert_true(ex->has_reply);
	assert_int_equal(t_count(a, MIPX_DRM_ORPHAN_REPLY), 0);
	analysis_free(a);
}

/* --disable DRM-REPLAY-STALE leaves DRM-REPLAY-NONCE on, and the reverse. */
static void test_disable_each(void **state)
{
	struct analysis *a = t_analysis(NULL);

	(void)state;
	a->opt.disabled[MIPX_DRM_REPLAY_STALE] = true;
	exchange(a, 1.0, ID(0x1111, 0xa1), 0, ID(0x2222, 0xa1));
	exchange(a, 600.0, ID(0x1111, 0xb2), 0, ID(0x3333, 0xb2));
	assert_int_equal(t_count(a, MIPX_DRM_REPLAY_NONCE), 1);
	analysis_free(a);
	a = t_analysis(NULL);
	a->opt.disabled[MIPX_DRM_REPLAY_NONCE] = true;
	exchange(a, 1.0, ID(NTP, 0x10000000), 0, ID(NTP, 0x10000000));
	exchange(a, 600.0, ID(NTP - 60, 0x20000000), 0, ID(NTP - 60, 0x20000000));
	assert_int_equal(t_count(a, MIPX_DRM_REPLAY_STALE), 1);
	analysis_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nonces),
		cmocka_unit_test(test_nonce_broken),
		cmocka_unit_test(test_nonce_reply_lost),
		cmocka_unit_test(test_nonce_resync),
		cmocka_unit_test(test_timestamp_resync),
		cmocka_unit_test(test_timestamp_stale_retry),
		cmocka_unit_test(test_timestamp_older),
		cmocka_unit_test(test_timestamp_reply_own_bits),
		cmocka_unit_test(test_nonce_established_broken),
		cmocka_unit_test(test_clock_resync_stale),
		cmocka_unit_test(test_copies_and_new_requests),
		cmocka_unit_test(test_disable_each),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
