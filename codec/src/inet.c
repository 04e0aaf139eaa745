/* SPDX-License-Identifier: GPL-2.0-or-later */
/* RFC 1071 Internet checksum, shared by IPv4, UDP, ICMP and the MH. */
#include "inet_sum.h"
#include "mipx/frame.h"

/*
 * The running sum as callers have always seen it: sum plus the words, folded
 * only when it would come near 32 bits.  The codec itself keeps 64-bit sums
 * (inet_sum.h) and folds once.
 */
uint32_t mipx_inet_sum(const uint8_t *data, size_t len, uint32_t sum)
{
	uint64_t total = (uint64_t)sum + mipx_sum16(data, len);

	while (total > 0xffff0000u)
		total = (total & 0xffff) + (total >> 16);
	return (uint32_t)total;
}

uint16_t mipx_inet_fold(uint32_t sum)
{
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}
