/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The eight-octets-at-a-time checksum (codec/src/inet_sum.h) against the
 * one-word-at-a-time reference of RFC 1071 (mipx_sum16 exactly, the host-order
 * mipx_sum16_short after folding), on pseudo-random data, lengths
 * and start offsets (any alignment, odd lengths), and the checksums built on
 * it (mipx_inet_sum, the MH checksum) against the same reference.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "inet_sum.h"
#include "mipx/frame.h"
#include "mipx/mip6.h"

#define BUF_LEN 2048

/* xorshift32: the same data on every run, no libc rand() state. */
static uint32_t next_random(uint32_t *s)
{
	*s ^= *s << 13;
	*s ^= *s >> 17;
	*s ^= *s << 5;
	return *s;
}

static void fill(uint8_t *buf, size_t len, uint32_t *seed)
{
	size_t i;
	for (i = 0; i < len; i++)
		buf[i] = (uint8_t)next_random(seed);
}

/* RFC 1071 as written: big-endian words, an odd last octet padded on the right. */
static uint64_t ref_words(const uint8_t *p, size_t len)
{
	uint64_t sum = 0;
	size_t i;

	for (i = 0; i + 1 < len; i += 2)
		sum += (uint32_t)(p[i] << 8 | p[i + 1]);
	if (len & 1)
		sum += (uint32_t)(p[len - 1] << 8);
	return sum;
}

static uint16_t ref_fold(uint64_t sum)
{
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

static void test_sum16_matches_reference(void **state)
{
	static uint8_t buf[BUF_LEN + 16];
	uint32_t seed = 0x1071u;
	unsigned round;

	(void)state;
	fill(buf, sizeof buf, &seed);
	for (round = 0; round < 4000; round++) {
		size_t off = next_random(&seed) % 16;
		/* Mostly short (headers), sometimes up to the whole buffer. */
		size_t len = round % 8 ? next_random(&seed) % 80 : next_random(&seed) % BUF_LEN;
		uint64_t want = ref_words(buf + off, len);

		assert_true(mipx_sum16(buf + off, len) == want);
		assert_int_equal(mipx_sum16_fold(mipx_sum16(buf + off, len)), ref_fold(want));
		if (round % 64 == 0)
			fill(buf, sizeof buf, &seed);
	}
}

/* The host-order sum folds to the same checksum as the reference, for
 * random data, all zeros and all ones, at any length and offset. */
static void test_sum16_short_folds_the_same(void **state)
{
	static uint8_t buf[BUF_LEN + 16];
	uint32_t seed = 0x5eedu;
	unsigned round;

	(void)state;
	for (round = 0; round < 6000; round++) {
		size_t off = next_random(&seed) % 16;
		size_t len = round % 8 ? next_random(&seed) % 80 : next_random(&seed) % BUF_LEN;
		uint64_t got;

		if (round % 64 == 0)
			fill(buf, sizeof buf, &seed);
		else if (round % 64 == 1)
			memset(buf, 0, sizeof buf);
		else if (round % 64 == 2)
			memset(buf, 0xff, sizeof buf);
		got = mipx_sum16_short(buf + off, len);
		assert_true(got <= 0xffff);
		assert_int_equal(mipx_sum16_fold(got), ref_fold(ref_words(buf + off, len)));
		/* Also as the tail of a longer sum (a pseudo-header in front). */
		assert_int_equal(mipx_sum16_fold(0x1234u + got),
				 ref_fold(0x1234u + ref_words(buf + off, len)));
	}
}

/* Every length from 0 to 40 at every offset 0..7: each tail path. */
static void test_sum16_every_short_length(void **state)
{
	uint8_t buf[64];
	uint32_t seed = 0xc0ffeeu;
	size_t off, len;

	(void)state;
	fill(buf, sizeof buf, &seed);
	for (off = 0; off < 8; off++)
		for (len = 0; len <= 40; len++) {
			assert_true(mipx_sum16(buf + off, len) == ref_words(buf + off, len));
			assert_int_equal(mipx_sum16_fold(mipx_sum16_short(buf + off, len)),
					 ref_fold(ref_words(buf + off, len)));
		}
}

/* All-ones words: the lanes are at their largest; more than one block of
 * 65536 loads; the fold must still give 0xffff (complement 0). */
static void test_sum16_long_all_ones(void **state)
{
	static uint8_t ones[8 * 65536 + 8 * 3 + 5];
	size_t len = sizeof ones;

	(void)state;
	memset(ones, 0xff, sizeof ones);
	assert_true(mipx_sum16(ones, len) == ref_words(ones, len));
	assert_true(mipx_sum16(ones + 1, len - 1) == ref_words(ones + 1, len - 1));
	assert_int_equal(mipx_sum16_fold(mipx_sum16(ones, len - 1)), 0);
	/* Zero only sums to zero, whose complement is 0xffff. */
	memset(ones, 0, 64);
	assert_int_equal(mipx_sum16_fold(mipx_sum16(ones, 64)), 0xffff);
}

/* The public running sum keeps its value: sum plus the words, folded only
 * past 0xffff0000. */
static void test_inet_sum_running_value(void **state)
{
	static uint8_t buf[BUF_LEN];
	uint32_t seed = 0xabcdu;
	unsigned round;

	(void)state;
	fill(buf, sizeof buf, &seed);
	for (round = 0; round < 2000; round++) {
		size_t off = next_random(&seed) % 8;
		size_t len = next_random(&seed) % (BUF_LEN - 8);
		uint32_t start = round % 4 ? next_random(&seed) % 0x40000u : 0xfffe0000u;
		uint64_t want = (uint64_t)start + ref_words(buf + off, len);

		while (want > 0xffff0000u)
			want = (want & 0xffff) + (want >> 16);
		assert_int_equal(mipx_inet_sum(buf + off, len, start), (uint32_t)want);
		assert_int_equal(mipx_inet_fold(mipx_inet_sum(buf + off, len, start)),
				 ref_fold((uint64_t)start + ref_words(buf + off, len)));
	}
}

static void test_addr6_sum(void **state)
{
	uint8_t a[24];
	uint32_t seed = 6275u;
	unsigned round;

	(void)state;
	for (round = 0; round < 500; round++) {
		size_t off = round % 8;
		fill(a, sizeof a, &seed);
		assert_true(mipx_sum16_addr6(a + off) == ref_words(a + off, 16));
	}
}

/* The MH checksum (RFC 6275 6.1.1) against the pseudo-header written out. */
static uint16_t ref_mh_checksum(const uint8_t src[16], const uint8_t dst[16],
				const uint8_t *mh, size_t len)
{
	uint8_t copy[BUF_LEN];
	uint8_t tail[8] = { (uint8_t)(len >> 24), (uint8_t)(len >> 16), (uint8_t)(len >> 8),
			    (uint8_t)len, 0, 0, 0, MIPX_IPPROTO_MH };
	uint64_t sum;

	memcpy(copy, mh, len);
	if (len >= 6)
		copy[4] = copy[5] = 0;
	else if (len == 5)
		copy[4] = 0;
	sum = ref_words(src, 16) + ref_words(dst, 16) + ref_words(tail, 8) + ref_words(copy, len);
	return ref_fold(sum);
}

static void test_mh_checksum_matches_reference(void **state)
{
	static uint8_t buf[BUF_LEN + 64];
	uint32_t seed = 135u;
	unsigned round;

	(void)state;
	for (round = 0; round < 2000; round++) {
		size_t off = next_random(&seed) % 8;
		size_t len = round % 4 ? next_random(&seed) % 96 : next_random(&seed) % BUF_LEN;
		const uint8_t *src = buf + BUF_LEN + 1, *dst = buf + BUF_LEN + 23;
		uint8_t *mh = buf + off;
		uint16_t ck;

		fill(buf, sizeof buf, &seed);
		ck = mipx_mh_checksum(src, dst, mh, len);
		assert_int_equal(ck, ref_mh_checksum(src, dst, mh, len));
		if (len < MIPX_MH_HEADER_LEN) {
			assert_false(mipx_mh_checksum_ok(src, dst, mh, len));
			continue;
		}
		/* Wrong field: ok only when it happens to hold an equivalent value. */
		assert_int_equal(mipx_mh_checksum_ok(src, dst, mh, len),
				 ref_fold(ref_words(src, 16) + ref_words(dst, 16) + len +
					  MIPX_IPPROTO_MH + ref_words(mh, len)) == 0);
		mipx_mh_set_checksum(src, dst, mh, len);
		assert_true(mipx_mh_checksum_ok(src, dst, mh, len));
		mh[len / 2] ^= 0x10;
		assert_false(mipx_mh_checksum_ok(src, dst, mh, len));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sum16_matches_reference),
		cmocka_unit_test(test_sum16_every_short_length),
		cmocka_unit_test(test_sum16_short_folds_the_same),
		cmocka_unit_test(test_sum16_long_all_ones),
		cmocka_unit_test(test_inet_sum_running_value),
		cmocka_unit_test(test_addr6_sum),
		cmocka_unit_test(test_mh_checksum_matches_reference),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
