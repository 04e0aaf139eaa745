/* SPDX-License-Identifier: GPL-2.0-or-later */
/* PMIPv6 written before RFC 5213 fixed its encoding (as early daemons did):
 * no P flag, 0x0080 set, an MN Identifier option (RFC 4283) and every
 * sequence number 0.  The MN identifier makes it proxy traffic; a PBA
 * pairs with the PBU of its own MAG (RFC 5213 5.3.6), and a PBA that may
 * answer either of two PBUs sharing one key is not judged against one. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "model_helpers.h"

/* 24 octets: MH header, seq 0, flags 0x0080, lifetime (units of 4 s) at
 * [10..11], MN Identifier (type 8, length 10, subtype 0, 9 octets). */
static void pbu(uint8_t out[24], uint16_t lifetime)
{
	static const uint8_t b[24] = {
		0x3b, 0x02, 0x05, 0x00, 0x00, 0x00,
		0x00, 0x00, 0x00, 0x80, 0x00, 0x00,
		0x08, 0x0a, 0x00, 0x80, 0x02, 0x11, 0x22, 0xff, 0xfe, 0x33, 0x44, 0x55,
	};
	memcpy(out, b, sizeof b);
	out[10] = (uint8_t)(lifetime >> 8);
	out[11] = (uint8_t)lifetime;
}

/* The PBA: status 0, no flags, seq 0, lifetime at [10..11], the same
 * MN Identifier. */
static void pba(uint8_t out[24], uint16_t lifetime)
{
	pbu(out, lifetime);
	out[2] = 0x06;
	out[6] = 0x00; /* status */
	out[7] = 0x00; /* flags */
	out[8] = out[9] = 0x00; /* sequence */
}

static unsigned alarms(const struct analysis *a)
{
	return a->found.severity_count[MIPX_SEV_WARNING] + a->found.severity_count[MIPX_SEV_ERROR];
}

/* A handover from MAG 1 to MAG 2: MAG 2's registration and MAG 1's
 * deregistration cross at the LMA, both sequence 0. */
static void test_handover_without_p_flag(void **state)
{
	struct analysis *a = t_analysis(NULL);
	uint8_t lma[16], mag1[16], mag2[16], m[24];
	(void)state;

	t_ip6(lma, 1, 1);
	t_ip6(mag1, 1, 2);
	t_ip6(mag2, 1, 3);
	pbu(m, 250);
	t_mh_raw(a, 1.00, mag1, lma, m, sizeof m);
	pba(m, 250);
	t_mh_raw(a, 1.01, lma, mag1, m, sizeof m);
	pbu(m, 250);
	t_mh_raw(a, 20.00, mag2, lma, m, sizeof m);
	pbu(m, 0);
	t_mh_raw(a, 20.05, mag1, lma, m, sizeof m);
	pba(m, 250);
	t_mh_raw(a, 20.06, lma, mag2, m, sizeof m);
	pba(m, 0);
	t_mh_raw(a, 20.07, lma, mag1, m, sizeof m);
	assert_int_equal(t_count(a, MIPX_MCOA_SEQ), 0);
	assert_int_equal(t_count(a, MIPX_MCOA_LT_BA), 0);
	assert_int_equal(alarms(a), 0);
	/* no node under a MAG's or the LMA's address */
	{
		struct mipx_addr x = mipx_addr_v6(mag1), y = mipx_addr_v6(mag2);

		assert_null(node_find(a, &x));
		assert_null(node_find(a, &y));
	}
	analysis_free(a);
}

/* Two PBUs of one MAG share the key (sequence 0, no Timestamp) and ask
 * different lifetimes before any PBA: the PBA may answer either, so its
 * lifetime is not judged against the later one. */
static void test_ambiguous_pair_not_judged(void **state)
{
	struct analysis *a = t_analysis(NULL);
	uint8_t lma[16], mag[16], m[24];
	(void)state;

	t_ip6(lma, 1, 1);
	t_ip6(mag, 1, 2);
	pbu(m, 250);
	t_mh_raw(a, 1.00, mag, lma, m, sizeof m);
	pbu(m, 0);
	t_mh_raw(a, 1.01, mag, lma, m, sizeof m);
	pba(m, 250);
	t_mh_raw(a, 1.02, lma, mag, m, sizeof m);
	assert_int_equal(t_count(a, MIPX_MCOA_LT_BA), 0);
	assert_int_equal(alarms(a), 0);
	analysis_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_handover_without_p_flag),
		cmocka_unit_test(test_ambiguous_pair_not_judged),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
