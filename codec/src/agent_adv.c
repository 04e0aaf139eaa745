/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * ICMP Router Advertisement (RFC 1256) carrying Mobile IPv4 agent
 * advertisement extensions (RFC 3344 2.1) and DREMIP's Registration Server
 * Extension (DREMIP 3.1, laid out as in 4.1).
 */
#include <string.h>

#include "cursor.h"
#include "inet_sum.h"
#include "mip4_ext.h"
#include "mipx/frame.h"
#include "mipx/mip4.h"

#define ICMP_ROUTER_ADVERTISEMENT 9
#define ADV_FIXED_LEN 8
/* An IPv4 datagram cannot carry more; extension offsets are 16 bits. */
#define ADV_MAX_LEN 0xffff

mipx_status mipx_agent_adv_decode(const uint8_t *buf, size_t len,
				  struct mipx_agent_adv *adv,
				  struct mipx_error *err)
{
	struct mipx_cursor c = mipx_cursor_init(buf, len);
	size_t entries;

	memset(adv, 0, sizeof *adv);
	if (err)
		memset(err, 0, sizeof *err);
	if (len > ADV_MAX_LEN)
		return mipx_fail(err, MIPX_INVALID, 0, "length",
				 "longer than an IPv4 datagram can carry");
	if (!mipx_get_u8(&c, &adv->icmp_type))
		return mipx_truncated(err, &c, "icmp_type");
	if (adv->icmp_type != ICMP_ROUTER_ADVERTISEMENT)
		return mipx_fail(err, MIPX_INVALID, 0, "icmp_type",
				 "not a router advertisement (9)");
	if (!mipx_get_u8(&c, &adv->code) || !mipx_get_u16(&c, &adv->checksum) ||
	    !mipx_get_u8(&c, &adv->num_addrs) ||
	    !mipx_get_u8(&c, &adv->addr_entry_size) ||
	    !mipx_get_u16(&c, &adv->lifetime))
		return mipx_truncated(err, &c, "router_advertisement");
	/* RFC 1256: each entry is an address and a preference, 2 words; the
	 * preference of a shorter entry could not be read. */
	if (adv->num_addrs && adv->addr_entry_size < 2)
		return mipx_fail(err, MIPX_INVALID, 5, "addr_entry_size",
				 "smaller than 2 words (RFC 1256)");
	entries = (size_t)adv->num_addrs * adv->addr_entry_size * 4;
	if (!mipx_get_span(&c, &adv->router_addrs, entries))
		return mipx_truncated(err, &c, "router_addrs");
	if (!adv->num_addrs)
		adv->router_addrs = NULL;
	/* The checksum covers the whole ICMP message, extensions included. */
	if (mipx_sum16_fold(mipx_sum16_short(buf, len)) != 0)
		adv->notes |= MIPX_NOTE_BAD_CHECKSUM;
	return mipx_mip4_exts_decode(&c, MIPX_EXT_IN_ADVERT, adv->ext, &adv->n_ext,
				     &adv->notes, err);
}

mipx_status mipx_agent_adv_encode(const struct mipx_agent_adv *adv,
				  uint8_t *buf, size_t cap, size_t *out_len,
				  struct mipx_error *err)
{
	struct mipx_writer w = mipx_writer_init(buf, cap);
	size_t entries = (size_t)adv->num_addrs * adv->addr_entry_size * 4;
	uint16_t sum;
	unsigned i;
	mipx_status st;

	if (err)
		memset(err, 0, sizeof *err);
	if (out_len)
		*out_len = 0;
	if (adv->n_ext > MIPX_MIP4_MAX_EXTS)
		return mipx_fail(err, MIPX_INVALID, 0, "extensions",
				 "more than MIPX_MIP4_MAX_EXTS");
	if (adv->num_addrs && adv->addr_entry_size < 2)
		return mipx_fail(err, MIPX_INVALID, 5, "addr_entry_size",
				 "smaller than 2 words (RFC 1256)");
	if (entries && !adv->router_addrs)
		return mipx_fail(err, MIPX_INVALID, 8, "router_addrs",
				 "NULL with num_addrs > 0");
	/* The type is always 9: this encoder writes nothing else. */
	if (!mipx_put_u8(&w, ICMP_ROUTER_ADVERTISEMENT) || !mipx_put_u8(&w, adv->code) ||
	    !mipx_put_u16(&w, 0) || !mipx_put_u8(&w, adv->num_addrs) ||
	    !mipx_put_u8(&w, adv->addr_entry_size) || !mipx_put_u16(&w, adv->lifetime) ||
	    !mipx_put_bytes(&w, adv->router_addrs, entries))
		return mipx_no_space(err, &w, "router_advertisement");
	for (i = 0; i < adv->n_ext; i++) {
		st = mipx_mip4_ext_encode(&w, MIPX_EXT_IN_ADVERT, &adv->ext[i], err);
		if (st != MIPX_OK)
			return st;
	}
	if (w.pos > ADV_MAX_LEN)
		return mipx_fail(err, MIPX_INVALID, w.pos, "length",
				 "longer than an IPv4 datagram can carry");
	sum = mipx_inet_fold(mipx_inet_sum(buf, w.pos, 0));
	buf[2] = (uint8_t)(sum >> 8);
	buf[3] = (uint8_t)sum;
	if (out_len)
		*out_len = w.pos;
	return MIPX_OK;
}

const struct mipx_mip4_ext *mipx_agent_adv_find_ext(const struct mipx_agent_adv *adv,
						    uint8_t type)
{
	unsigned i = adv->n_ext < MIPX_MIP4_MAX_EXTS ? adv->n_ext : MIPX_MIP4_MAX_EXTS;

	while (i-- > 0)
		if (adv->ext[i].type == type)
			return &adv->ext[i];
	return NULL;
}

uint32_t mipx_agent_adv_router(const struct mipx_agent_adv *adv, unsigned i,
			       int32_t *preference)
{
	size_t entry = (size_t)adv->addr_entry_size * 4;
	struct mipx_cursor c = mipx_cursor_init(adv->router_addrs,
						adv->router_addrs ? adv->num_addrs * entry : 0);
	uint32_t addr = 0, pref = 0;

	if (preference)
		*preference = 0;
	if (i >= adv->num_addrs || !mipx_skip(&c, i * entry) ||
	    !mipx_get_u32(&c, &addr) || !mipx_get_u32(&c, &pref))
		return 0;
	if (preference) /* RFC 1256: a signed, twos-complement integer */
		*preference = pref > INT32_MAX ? -(int32_t)(~pref) - 1 : (int32_t)pref;
	return addr;
}

uint32_t mipx_mobility_agent_coa(const struct mipx_mip4_ext *ext, unsigned i)
{
	const uint8_t *p = ext->u.mobility_agent.care_of_addresses;
	struct mipx_cursor c = mipx_cursor_init(p, p ? ext->u.mobility_agent.coa_count * 4u : 0);
	uint32_t addr = 0;

	if (ext->type != MIPX_ADV_EXT_MOBILITY_AGENT || !mipx_skip(&c, (size_t)i * 4) ||
	    !mipx_get_u32(&c, &addr))
		return 0;
	return addr;
}
