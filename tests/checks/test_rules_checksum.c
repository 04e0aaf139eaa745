/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mipx_rules_checksum: one verdict per wrong checksum, with its check, the
 * field it points at and the expected value; none for a right, absent or
 * unverified one.  mipx_checksum_left_to_nic: the offload pattern.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mipx/message_rules.h"
#include "verdicts_util.h"

static struct mipx_checksum checksum(uint8_t state, uint16_t wire, uint16_t expected,
				     uint16_t pseudo)
{
	struct mipx_checksum ck = { state, wire, expected, pseudo };
	return ck;
}

static void test_each_kind(void **state)
{
	struct mipx_checksum ck = checksum(MIPX_CHECKSUM_BAD, 0x1234, 0xabcd, 0x4321);
	struct mipx_addr from = mipx_addr_v4(0xc6336414);
	struct mipx_verdicts v = { 0 };
	const struct mipx_verdict *d;

	(void)state;
	mipx_rules_checksum(MIPX_PAYLOAD_MIP4, &ck, &from, &v);
	mipx_rules_checksum(MIPX_PAYLOAD_AGENT_ADV, &ck, &from, &v);
	mipx_rules_checksum(MIPX_PAYLOAD_MH, &ck, &from, &v);
	assert_int_equal(v.count, 3);
	d = verdict_of(&v, MIPX_DRM_UDP_CHECKSUM);
	assert_non_null(d);
	assert_int_equal(d->offset, 0);
	assert_int_equal(d->length, 0);
	assert_string_equal(d->text, "[DRM-UDP-CHECKSUM] UDP checksum 0x1234, expected 0xabcd: "
				     "discarded by its receiver, so not applied (from 198.51.100.20)");
	d = verdict_of(&v, MIPX_DRM_ICMP_CHECKSUM);
	assert_non_null(d);
	assert_int_equal(d->offset, 2);
	assert_int_equal(d->length, 2);
	d = verdict_of(&v, MIPX_MCOA_MH_CHECKSUM);
	assert_non_null(d);
	assert_int_equal(d->offset, 4);
	assert_int_equal(d->length, 2);
	assert_non_null(strstr(d->text, "Mobility Header checksum 0x1234, expected 0xabcd"));
}

static void test_not_wrong(void **state)
{
	static const uint8_t states[] = { MIPX_CHECKSUM_UNVERIFIED, MIPX_CHECKSUM_GOOD,
					  MIPX_CHECKSUM_ABSENT };
	struct mipx_addr from = mipx_addr_v4(0xc6336414);
	struct mipx_verdicts v = { 0 };

	(void)state;
	for (unsigned i = 0; i < sizeof states; i++) {
		struct mipx_checksum ck = checksum(states[i], 0x1234, 0x1234, 0x4321);

		mipx_rules_checksum(MIPX_PAYLOAD_MH, &ck, &from, &v);
		mipx_rules_checksum(MIPX_PAYLOAD_MIP4, &ck, &from, &v);
		assert_false(mipx_checksum_left_to_nic(&ck));
	}
	assert_int_equal(v.count, 0);
}

static void test_left_to_nic(void **state)
{
	struct mipx_checksum zero = checksum(MIPX_CHECKSUM_BAD, 0, 0xabcd, 0x4321);
	struct mipx_checksum pseudo = checksum(MIPX_CHECKSUM_BAD, 0x4321, 0xabcd, 0x4321);
	struct mipx_checksum wrong = checksum(MIPX_CHECKSUM_BAD, 0x4322, 0xabcd, 0x4321);
	/* an IPv4 UDP checksum of 0 is no checksum at all (RFC 768) */
	struct mipx_checksum absent = checksum(MIPX_CHECKSUM_ABSENT, 0, 0, 0x4321);

	(void)state;
	assert_true(mipx_checksum_left_to_nic(&zero));
	assert_true(mipx_checksum_left_to_nic(&pseudo));
	assert_false(mipx_checksum_left_to_nic(&wrong));
	assert_false(mipx_checksum_left_to_nic(&absent));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_kind),
		cmocka_unit_test(test_not_wrong),
		cmocka_unit_test(test_left_to_nic),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
