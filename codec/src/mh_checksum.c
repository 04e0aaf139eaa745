/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The Mobility Header checksum (RFC 6275 6.1.1): the Internet checksum over
 * the IPv6 pseudo-header of RFC 8200 8.1 (source, final destination,
 * upper-layer length, three zero octets, next header 135) and the whole MH.
 */
#include "mipx/frame.h"
#include "mipx/mip6.h"

#define MH_CHECKSUM_AT 4

static uint32_t pseudo_header_sum(const uint8_t src[16], const uint8_t dst[16],
				  size_t len)
{
	uint8_t tail[8];
	uint32_t ulen = (uint32_t)len;
	uint32_t sum;

	tail[0] = (uint8_t)(ulen >> 24);
	tail[1] = (uint8_t)(ulen >> 16);
	tail[2] = (uint8_t)(ulen >> 8);
	tail[3] = (uint8_t)ulen;
	tail[4] = tail[5] = tail[6] = 0;
	tail[7] = MIPX_IPPROTO_MH;
	sum = mipx_inet_sum(src, 16, 0);
	sum = mipx_inet_sum(dst, 16, sum);
	return mipx_inet_sum(tail, sizeof tail, sum);
}

/* The value that belongs in the checksum field: computed as if it were 0. */
uint16_t mipx_mh_checksum(const uint8_t src[16], const uint8_t dst[16],
			  const uint8_t *mh, size_t len)
{
	uint32_t sum = pseudo_header_sum(src, dst, len);

	if (len <= MH_CHECKSUM_AT)
		return mipx_inet_fold(mipx_inet_sum(mh, len, sum));
	sum = mipx_inet_sum(mh, MH_CHECKSUM_AT, sum);
	if (len > MH_CHECKSUM_AT + 2)
		sum = mipx_inet_sum(mh + MH_CHECKSUM_AT + 2,
				    len - MH_CHECKSUM_AT - 2, sum);
	return mipx_inet_fold(sum);
}

/* Summing everything, checksum field included, must give all ones; that
 * accepts both forms of zero (0x0000 and 0xffff) as RFC 1071 does. */
bool mipx_mh_checksum_ok(const uint8_t src[16], const uint8_t dst[16],
			 const uint8_t *mh, size_t len)
{
	uint32_t sum = pseudo_header_sum(src, dst, len);

	if (len < MIPX_MH_HEADER_LEN)
		return false;
	return mipx_inet_fold(mipx_inet_sum(mh, len, sum)) == 0;
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
