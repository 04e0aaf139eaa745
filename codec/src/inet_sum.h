/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The RFC 1071 sum, eight octets at a time (RFC 1071 2(C): defer the carries,
 * fold once at the end).  Private to the codec; mipx_inet_sum (inet.c) is the
 * public face.
 *
 * mipx_sum16 is the plain sum of the big-endian 16-bit words of data, an odd
 * last octet padded with a zero on the right: exactly what adding the words
 * one by one gives, never wrapped.  Each 64-bit load (memcpy: any alignment)
 * is split into two lanes of 16-bit words, each lane of a 64-bit accumulator
 * 32 bits wide; 65536 loads add at most 0xffff0000 to a lane, so blocks of
 * that many cannot overflow one.
 */
#ifndef MIPX_INET_SUM_H
#define MIPX_INET_SUM_H

#include <endian.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

/* Inlined into every caller: a call costs as much as summing a header. */
#if defined(__GNUC__)
#define MIPX_SUM16_INLINE static inline __attribute__((always_inline))
#else
#define MIPX_SUM16_INLINE static inline
#endif

#define MIPX_SUM16_LANES 0x0000ffff0000ffffull
#define MIPX_SUM16_BLOCK 65536u

MIPX_SUM16_INLINE uint64_t mipx_sum16(const uint8_t *data, size_t len)
{
	uint64_t total = 0;

	while (len >= 8) {
		size_t n = len / 8 < MIPX_SUM16_BLOCK ? len / 8 : MIPX_SUM16_BLOCK;
		uint64_t even = 0, odd = 0;

		len -= n * 8;
		while (n--) {
			uint64_t w;
			memcpy(&w, data, 8);
			w = be64toh(w);
			even += w & MIPX_SUM16_LANES;
			odd += (w >> 16) & MIPX_SUM16_LANES;
			data += 8;
		}
		total += (even & 0xffffffffu) + (even >> 32) + (odd & 0xffffffffu) + (odd >> 32);
	}
	if (len >= 4) {
		uint32_t w;
		memcpy(&w, data, 4);
		w = be32toh(w);
		total += (w >> 16) + (w & 0xffffu);
		data += 4;
		len -= 4;
	}
	if (len >= 2) {
		total += (uint32_t)((data[0] << 8) | data[1]);
		data += 2;
		len -= 2;
	}
	if (len)
		total += (uint32_t)(data[0] << 8);
	return total;
}

/*
 * The same sum reduced to 16 bits, for callers that only fold it: 64-bit
 * words in host order added with end-around carry (RFC 1071 2(B): the sum
 * is byte-order independent, so the folded result is swapped back at the
 * end).  Congruent to mipx_sum16 modulo 0xffff, and 0 only when that is
 * 0, so mipx_sum16_fold gives the same for both.
 */
MIPX_SUM16_INLINE uint64_t mipx_sum16_short(const uint8_t *data, size_t len)
{
	uint64_t acc = 0, w;
	uint32_t w32;
	uint16_t w16;

	while (len >= 8) {
		memcpy(&w, data, 8);
		acc += w;
		acc += acc < w;
		data += 8;
		len -= 8;
	}
	w = 0;
	if (len >= 4) {
		memcpy(&w32, data, 4);
		w = w32;
		data += 4;
		len -= 4;
	}
	if (len >= 2) {
		memcpy(&w16, data, 2);
		w = (w << 16) | w16;
		data += 2;
		len -= 2;
	}
	/* Each piece is whole 16-bit words, and a shift by 16 is a product by
	 * 2^16 = 1 modulo 0xffff: where a piece lands in w does not matter.
	 * The odd octet is a word with a zero octet after it. */
	if (len) {
		uint8_t last[2] = { data[0], 0 };
		memcpy(&w16, last, 2);
		w = (w << 16) | w16;
	}
	acc += w;
	acc += acc < w;
	acc = (acc & 0xffffffffu) + (acc >> 32);
	acc = (acc & 0xffffu) + (acc >> 16);
	acc = (acc & 0xffffu) + (acc >> 16);
	acc = (acc & 0xffffu) + (acc >> 16);
	return be16toh((uint16_t)acc);
}

/* Ones' complement of the folded sum: 0 when a checksummed block is right. */
static inline uint16_t mipx_sum16_fold(uint64_t sum)
{
	sum = (sum & 0xffffffffu) + (sum >> 32);
	sum = (sum & 0xffffu) + (sum >> 16);
	sum = (sum & 0xffffu) + (sum >> 16);
	sum = (sum & 0xffffu) + (sum >> 16);
	return (uint16_t)~sum;
}

/* mipx_sum16 of a 16-octet IPv6 address, unrolled. */
static inline uint64_t mipx_sum16_addr6(const uint8_t a[16])
{
	uint64_t hi, lo, lanes;

	memcpy(&hi, a, 8);
	memcpy(&lo, a + 8, 8);
	hi = be64toh(hi);
	lo = be64toh(lo);
	lanes = (hi & MIPX_SUM16_LANES) + ((hi >> 16) & MIPX_SUM16_LANES) +
		(lo & MIPX_SUM16_LANES) + ((lo >> 16) & MIPX_SUM16_LANES);
	return (lanes & 0xffffffffu) + (lanes >> 32);
}

#endif
