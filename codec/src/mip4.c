/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Registration Request/Reply (RFC 3344 3.3-3.4 as renamed by DREMIP 3.2-3.3)
 * and Route Request/Reply (DREMIP 3.4-3.5): fixed part, then extensions to
 * the end of the UDP payload.
 */
#include <stddef.h>
#include <string.h>

#include "cursor.h"
#include "mip4_ext.h"
#include "mipx/mip4.h"

/* A UDP payload cannot be longer, and extension offsets are 16 bits. */
#define MIP4_MAX_LEN 0xffff

static mipx_status decode_fixed(struct mipx_cursor *c, struct mipx_mip4_msg *m,
				struct mipx_error *err)
{
	switch (m->type) {
	case MIPX_MIP4_REG_REQUEST:
		if (!mipx_get_u8(c, &m->flags) || !mipx_get_u16(c, &m->lifetime) ||
		    !mipx_get_u32(c, &m->home_address) ||
		    !mipx_get_u32(c, &m->registrar) || !mipx_get_u32(c, &m->care_of) ||
		    !mipx_get_u64(c, &m->identification))
			return mipx_truncated(err, c, "registration_request");
		if (m->flags & MIPX_REG_FLAG_X) /* DREMIP 3.2: r should be 0 */
			m->notes |= MIPX_NOTE_RESERVED_NONZERO;
		return MIPX_OK;
	case MIPX_MIP4_REG_REPLY:
		/* DREMIP 3.3: no care-of field; the parent care-of address
		 * travels in extension 82 instead. */
		if (!mipx_get_u8(c, &m->code) || !mipx_get_u16(c, &m->lifetime) ||
		    !mipx_get_u32(c, &m->home_address) ||
		    !mipx_get_u32(c, &m->registrar) ||
		    !mipx_get_u64(c, &m->identification))
			return mipx_truncated(err, c, "registration_reply");
		return MIPX_OK;
	case MIPX_MIP4_TUNNEL_DATA: {
		/* RFC 3519 3.3: Next Header, Reserved(2), then a datagram,
		 * no extensions. */
		if (!mipx_get_u8(c, &m->next_header) || !mipx_get_u16(c, &m->tunnel_reserved))
			return mipx_truncated(err, c, "tunnel_data");
		if (m->tunnel_reserved)
			m->notes |= MIPX_NOTE_RESERVED_NONZERO;
		return MIPX_OK;
	}
	case MIPX_MIP4_REVOCATION: {
		/* RFC 3543 3.1: Reserved(1), A I and 14 reserved bits */
		if (!mipx_get_u8(c, &m->reserved) || !mipx_get_u16(c, &m->revocation_flags) ||
		    !mipx_get_u32(c, &m->home_address) ||
		    !mipx_get_u32(c, &m->home_domain) ||
		    !mipx_get_u32(c, &m->foreign_domain) ||
		    !mipx_get_u32(c, &m->revocation_id))
			return mipx_truncated(err, c, "registration_revocation");
		if (m->reserved || (m->revocation_flags & ~(MIPX_REV_FLAG_A | MIPX_REV_FLAG_I)))
			m->notes |= MIPX_NOTE_RESERVED_NONZERO;
		return MIPX_OK;
	}
	case MIPX_MIP4_REVOCATION_ACK: {
		/* RFC 3543 3.2: Reserved(1), I and 15 reserved bits */
		if (!mipx_get_u8(c, &m->reserved) || !mipx_get_u16(c, &m->revocation_flags) ||
		    !mipx_get_u32(c, &m->home_address) ||
		    !mipx_get_u32(c, &m->revocation_id))
			return mipx_truncated(err, c, "revocation_ack");
		if (m->reserved || (m->revocation_flags & ~MIPX_REV_ACK_FLAG_I))
			m->notes |= MIPX_NOTE_RESERVED_NONZERO;
		return MIPX_OK;
	}
	case MIPX_MIP4_ROUTE_REQUEST:
	case MIPX_MIP4_ROUTE_REPLY: {
		uint8_t second;
		if (!mipx_get_u8(c, &second) || !mipx_get_u16(c, &m->lifetime) ||
		    !mipx_get_u32(c, &m->destination) ||
		    !mipx_get_u32(c, &m->next_hop) ||
		    !mipx_get_u64(c, &m->identification))
			return mipx_truncated(err, c, m->type == MIPX_MIP4_ROUTE_REQUEST
							      ? "route_request"
							      : "route_reply");
		if (m->type == MIPX_MIP4_ROUTE_REPLY) {
			m->code = second;
		} else {
			m->reserved = second; /* DREMIP 3.4: sent as zero */
			if (second)
				m->notes |= MIPX_NOTE_RESERVED_NONZERO;
		}
		return MIPX_OK;
	}
	}
	return mipx_fail(err, MIPX_INVALID, 0, "type", "unknown message type");
}

mipx_status mipx_mip4_decode(const uint8_t *buf, size_t len,
			     struct mipx_mip4_msg *msg, struct mipx_error *err)
{
	struct mipx_cursor c = mipx_cursor_init(buf, len);
	mipx_status st;

	/* Only the fixed part: each extension slot is cleared as it is decoded
	 * (mip4_ext.c), the rest are left as they were.  Clearing all 32 slots
	 * (8.7 KB) per message was the largest cost per frame in mipx. */
	memset(msg, 0, offsetof(struct mipx_mip4_msg, ext));
	msg->notes = 0;
	if (err)
		memset(err, 0, sizeof *err);
	if (len > MIP4_MAX_LEN)
		return mipx_fail(err, MIPX_INVALID, 0, "length",
				 "longer than a UDP payload can be");
	if (!mipx_get_u8(&c, &msg->type))
		return mipx_truncated(err, &c, "type");
	st = decode_fixed(&c, msg, err);
	if (st != MIPX_OK)
		return st;
	if (msg->type == MIPX_MIP4_TUNNEL_DATA) {
		msg->tunnelled_len = (uint16_t)mipx_remaining(&c);
		mipx_get_span(&c, &msg->tunnelled, msg->tunnelled_len);
		return MIPX_OK;
	}
	return mipx_mip4_exts_decode(&c, MIPX_EXT_IN_MESSAGE, msg->ext, &msg->n_ext,
				     &msg->notes, err);
}

mipx_status mipx_mip4_encode(const struct mipx_mip4_msg *m, uint8_t *buf,
			     size_t cap, size_t *out_len, struct mipx_error *err)
{
	struct mipx_writer w = mipx_writer_init(buf, cap);
	bool ok;
	unsigned i;
	mipx_status st;

	if (err)
		memset(err, 0, sizeof *err);
	if (out_len)
		*out_len = 0;
	if (m->n_ext > MIPX_MIP4_MAX_EXTS)
		return mipx_fail(err, MIPX_INVALID, 0, "extensions",
				 "more than MIPX_MIP4_MAX_EXTS");
	ok = mipx_put_u8(&w, m->type);
	switch (m->type) {
	case MIPX_MIP4_REG_REQUEST:
		ok = ok && mipx_put_u8(&w, m->flags) && mipx_put_u16(&w, m->lifetime) &&
		     mipx_put_u32(&w, m->home_address) && mipx_put_u32(&w, m->registrar) &&
		     mipx_put_u32(&w, m->care_of);
		break;
	case MIPX_MIP4_REG_REPLY:
		ok = ok && mipx_put_u8(&w, m->code) && mipx_put_u16(&w, m->lifetime) &&
		     mipx_put_u32(&w, m->home_address) && mipx_put_u32(&w, m->registrar);
		break;
	case MIPX_MIP4_ROUTE_REQUEST:
	case MIPX_MIP4_ROUTE_REPLY:
		ok = ok &&
		     mipx_put_u8(&w, m->type == MIPX_MIP4_ROUTE_REPLY ? m->code : m->reserved) &&
		     mipx_put_u16(&w, m->lifetime) && mipx_put_u32(&w, m->destination) &&
		     mipx_put_u32(&w, m->next_hop);
		break;
	case MIPX_MIP4_TUNNEL_DATA:
		ok = ok && mipx_put_u8(&w, m->next_header) && mipx_put_u16(&w, m->tunnel_reserved);
		if (ok && m->tunnelled_len && !m->tunnelled)
			return mipx_fail(err, MIPX_INVALID, w.pos, "tunnelled", "NULL");
		ok = ok && mipx_put_bytes(&w, m->tunnelled, m->tunnelled_len);
		if (!ok)
			return mipx_no_space(err, &w, "tunnel_data");
		if (out_len)
			*out_len = w.pos;
		return MIPX_OK; /* a datagram follows, no extensions */
	case MIPX_MIP4_REVOCATION:
		ok = ok && mipx_put_u8(&w, m->reserved) && mipx_put_u16(&w, m->revocation_flags) &&
		     mipx_put_u32(&w, m->home_address) && mipx_put_u32(&w, m->home_domain) &&
		     mipx_put_u32(&w, m->foreign_domain) && mipx_put_u32(&w, m->revocation_id);
		goto extensions; /* no Identification */
	case MIPX_MIP4_REVOCATION_ACK:
		ok = ok && mipx_put_u8(&w, m->reserved) && mipx_put_u16(&w, m->revocation_flags) &&
		     mipx_put_u32(&w, m->home_address) && mipx_put_u32(&w, m->revocation_id);
		goto extensions;
	default:
		return mipx_fail(err, MIPX_INVALID, 0, "type", "unknown message type");
	}
	ok = ok && mipx_put_u64(&w, m->identification);
extensions:
	if (!ok)
		return mipx_no_space(err, &w, "fixed part");
	for (i = 0; i < m->n_ext; i++) {
		st = mipx_mip4_ext_encode(&w, MIPX_EXT_IN_MESSAGE, &m->ext[i], err);
		if (st != MIPX_OK)
			return st;
	}
	if (w.pos > MIP4_MAX_LEN)
		return mipx_fail(err, MIPX_INVALID, w.pos, "length",
				 "longer than a UDP payload can be");
	if (out_len)
		*out_len = w.pos;
	return MIPX_OK;
}

const struct mipx_mip4_ext *mipx_mip4_find_ext(const struct mipx_mip4_msg *msg,
					       uint8_t type)
{
	unsigned i = msg->n_ext < MIPX_MIP4_MAX_EXTS ? msg->n_ext : MIPX_MIP4_MAX_EXTS;

	while (i-- > 0)
		if (msg->ext[i].type == type)
			return &msg->ext[i];
	return NULL;
}

int mipx_mip4_fixed_len(uint8_t type)
{
	switch (type) {
	case MIPX_MIP4_REG_REQUEST:
		return 24;
	case MIPX_MIP4_REG_REPLY:
	case MIPX_MIP4_ROUTE_REQUEST:
	case MIPX_MIP4_ROUTE_REPLY:
		return 20;
	}
	return -1;
}

bool mipx_mip4_is_request(uint8_t type)
{
	return type == MIPX_MIP4_REG_REQUEST || type == MIPX_MIP4_ROUTE_REQUEST;
}

bool mipx_mip4_is_route(uint8_t type)
{
	return type == MIPX_MIP4_ROUTE_REQUEST || type == MIPX_MIP4_ROUTE_REPLY;
}

bool mipx_mip4_is_exchange(uint8_t type)
{
	return type == MIPX_MIP4_REG_REQUEST || type == MIPX_MIP4_REG_REPLY ||
	       mipx_mip4_is_route(type);
}

bool mipx_mip4_is_auth_ext(uint8_t ext_type)
{
	return mipx_ext_is_auth(ext_type);
}

bool mipx_mip4_is_dremip_ext(uint8_t ext_type)
{
	return ext_type >= MIPX_EXT_REG_SERVER && ext_type <= MIPX_EXT_SERVER_SERVER_AUTH;
}
