/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Addresses as numbers and as text. */
#include <arpa/inet.h>
#include <stdio.h>
#include <string.h>

#include "mipx/frame.h"
#include "mipx/mip4.h"
#include "mipx/mip6.h"

const char *mipx_ipv4_str(uint32_t addr, char out[16])
{
	snprintf(out, 16, "%u.%u.%u.%u", (unsigned)(addr >> 24) & 0xff,
		 (unsigned)(addr >> 16) & 0xff, (unsigned)(addr >> 8) & 0xff,
		 (unsigned)addr & 0xff);
	return out;
}

const char *mipx_ipv6_str(const uint8_t addr[16], char out[46])
{
	if (!inet_ntop(AF_INET6, addr, out, 46))
		snprintf(out, 46, "?");
	return out;
}

const char *mipx_addr_str(const struct mipx_addr *addr, char out[46])
{
	if (addr->family == 4) {
		uint32_t v4 = ((uint32_t)addr->bytes[0] << 24) | ((uint32_t)addr->bytes[1] << 16) |
			      ((uint32_t)addr->bytes[2] << 8) | addr->bytes[3];
		return mipx_ipv4_str(v4, out);
	}
	if (addr->family == 6)
		return mipx_ipv6_str(addr->bytes, out);
	snprintf(out, 46, "-");
	return out;
}

struct mipx_addr mipx_addr_v4(uint32_t host_order)
{
	struct mipx_addr a;
	memset(&a, 0, sizeof a);
	a.family = 4;
	a.bytes[0] = (uint8_t)(host_order >> 24);
	a.bytes[1] = (uint8_t)(host_order >> 16);
	a.bytes[2] = (uint8_t)(host_order >> 8);
	a.bytes[3] = (uint8_t)host_order;
	return a;
}

struct mipx_addr mipx_addr_v6(const uint8_t bytes[16])
{
	struct mipx_addr a;
	memset(&a, 0, sizeof a);
	a.family = 6;
	memcpy(a.bytes, bytes, 16);
	return a;
}

bool mipx_addr_equal(const struct mipx_addr *a, const struct mipx_addr *b)
{
	size_t n = a->family == 4 ? 4 : 16;
	return a->family == b->family && memcmp(a->bytes, b->bytes, n) == 0;
}
