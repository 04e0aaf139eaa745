/* SPDX-License-Identifier: GPL-2.0-or-later */
/* RFC 1071 Internet checksum, shared by IPv4, UDP, ICMP and the MH. */
#include "mipx/frame.h"

uint32_t mipx_inet_sum(const uint8_t *data, size_t len, uint32_t sum)
{
	size_t i;

	for (i = 0; i + 1 < len; i += 2)
		sum += (uint32_t)((data[i] << 8) | data[i + 1]);
	if (len & 1)
		sum += (uint32_t)(data[len - 1] << 8);
	/* Fold now and then so that long inputs cannot overflow 32 bits. */
	while (sum >> 16 && sum > 0xffff0000u)
		sum = (sum & 0xffff) + (sum >> 16);
	return sum;
}

uint16_t mipx_inet_fold(uint32_t sum)
{
	while (sum >> 16)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}
