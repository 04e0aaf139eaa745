/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The Mobility Header checksum (RFC 6275 6.1.1): the Internet checksum over
 * the IPv6 pseudo-header of RFC 8200 8.1 (source, final destination,
 * upper-layer length, three zero octets, next header 135) and the whole MH.
 */
#include "inet_sum.h"
#include "mipx/frame.h"
#include "mipx/mip6.h"

#define MH_CHECKSUM_AT 4

static uint64_t pseudo_header_sum(const uint8_t src[16], const uint8_t dst[16],
				  size_t len)
{
	uint32_t ulen = (uint32_t)len;

	/* The 32-bit length as two words, then three zeros and 135. */
	return mipx_sum16_addr6(src) + mipx_sum16_addr6(dst) + (ulen >> 16) +
	       (ulen & 0xffffu) + MIPX_IPPROTO_MH;
}

/* The value that belongs in the checksum field: computed as if it were 0. */
uint16_t mipx_mh_checksum(const uint8_t src[16], const uint8_t dst[16],
			  const uint8_t *mh, size_t len)
{
	uint64_t sum = pseudo_header_sum(src, dst, len);

	if (len <= MH_CHECKSUM_AT)
		return mipx_sum16_fold(sum + mipx_sum16(mh, len));
	sum += mipx_sum16(mh, MH_CHECKSUM_AT);
	if (len > MH_CHECKSUM_AT + 2)
		sum += mipx_sum16(mh + MH_CHECKSUM_AT + 2, len - MH_CHECKSUM_AT - 2);
	return mipx_sum16_fold(sum);
}

/* The pseudo-header's sum alone, folded, not complemented. */
uint16_t mipx_mh_pseudo_sum(const uint8_t src[16], const uint8_t dst[16], size_t len)
{
	return (uint16_t)~mipx_sum16_fold(pseudo_header_sum(src, dst, len));
}

/* Summing everything, checksum field included, must give all ones; that
 * accepts both forms of zero (0x0000 and 0xffff) as RFC 1071 does. */
bool mipx_mh_checksum_ok(const uint8_t src[16], const uint8_t dst[16],
			 const uint8_t *mh, size_t len)
{
	if (len < MIPX_MH_HEADER_LEN)
		return false;
	return mipx_sum16_fold(pseudo_header_sum(src, dst, len) + mipx_sum16_short(mh, len)) == 0;
}

void mipx_mh_set_checksum(const uint8_t src[16], const uint8_t dst[16],
			  uint8_t *mh, size_t len)
{
	uint16_t ck;

	if (len < MIPX_MH_HEADER_LEN)
		return;
	ck = mipx_mh_checksum(src, dst, mh, len);
	mh[MH_CHECKSUM_AT] = (uint8_t)(ck >> 8);
	mh[MH_CHECKSUM_AT + 1] = (uint8_t)ck;
}
