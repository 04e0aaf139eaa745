/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Mobile IPv4 extensions: RFC 3344 section 1.9 framing, DREMIP 4.1-4.5, and
 * the base-protocol extensions framed the way Wireshark's `mip` dissector
 * frames them (36, 38 and 47 carry a 16-bit length after a second octet).
 */
#include <stddef.h>
#include <string.h>

#include "mip4_ext.h"

enum field_kind { F_LEN, F_DATA };

#define EXT_FIELD(n)                                                      \
	case n:                                                           \
		return kind == F_LEN ? "ext" #n ".length" : "ext" #n ".data"

/* Static names for errors: "ext81.length" says which extension and which field. */
static const char *ext_field(uint8_t type, enum field_kind kind)
{
	switch (type) {
		EXT_FIELD(16);
		EXT_FIELD(19);
		EXT_FIELD(24);
		EXT_FIELD(32);
		EXT_FIELD(33);
		EXT_FIELD(34);
		EXT_FIELD(36);
		EXT_FIELD(37);
		EXT_FIELD(38);
		EXT_FIELD(44);
		EXT_FIELD(47);
		EXT_FIELD(81);
		EXT_FIELD(82);
		EXT_FIELD(83);
		EXT_FIELD(84);
		EXT_FIELD(85);
		EXT_FIELD(131);
		EXT_FIELD(132);
		EXT_FIELD(133);
		EXT_FIELD(134);
		EXT_FIELD(137);
		EXT_FIELD(139);
		EXT_FIELD(144);
		EXT_FIELD(148);
	}
	return kind == F_LEN ? "ext.length" : "ext.data";
}


/* Types whose length field is 16 bits, after a subtype or reserved octet. */
static bool ext_long_form(enum mipx_ext_place place, uint8_t type)
{
	return place == MIPX_EXT_IN_MESSAGE &&
	       (type == MIPX_EXT_GEN_AUTH || type == MIPX_EXT_CVSE ||
		type == MIPX_EXT_PMIP_NON_SKIP);
}

static bool ext_known(enum mipx_ext_place place, uint8_t type)
{
	if (place == MIPX_EXT_IN_ADVERT)
		return type == MIPX_ADV_EXT_PAD || type == MIPX_ADV_EXT_MOBILITY_AGENT ||
		       type == MIPX_ADV_EXT_PREFIX_LENGTHS ||
		       type == MIPX_ADV_EXT_CHALLENGE ||
		       type == MIPX_ADV_EXT_REG_SERVER;
	switch (type) {
	case MIPX_EXT_MN_HA_AUTH:
	case MIPX_EXT_MN_FA_AUTH:
	case MIPX_EXT_FA_HA_AUTH:
	case MIPX_EXT_GEN_AUTH:
	case MIPX_EXT_OLD_CVSE:
	case MIPX_EXT_CVSE:
	case MIPX_EXT_PMIP_NON_SKIP:
	case MIPX_EXT_REG_SERVER:
	case MIPX_EXT_CARE_OF:
	case MIPX_EXT_AGENT_SERVER_AUTH:
	case MIPX_EXT_MOBILE_SERVER_AUTH:
	case MIPX_EXT_SERVER_SERVER_AUTH:
	case MIPX_EXT_NAI:
	case MIPX_EXT_CHALLENGE:
	case MIPX_EXT_OLD_NVSE:
	case MIPX_EXT_NVSE:
	/* RFC-defined extensions decoded as far as their RFC lays them out;
	 * those with no fields mipx reads are kept as data, but known.  The
	 * experimental numbers (RFC 4064: 127, 255) say nothing of their
	 * contents: unknown. */
	case MIPX_EXT_UDP_TUNNEL_REPLY:
	case MIPX_EXT_FA_ERROR:
	case MIPX_EXT_GFA_ADDRESS:
	case MIPX_EXT_SKIP_FIREWALL:
	case MIPX_EXT_ENCAP_DELIVERY:
	case MIPX_EXT_NAI_CARRYING:
	case MIPX_EXT_REVOCATION_SUPPORT:
	case MIPX_EXT_GLLA:
	case MIPX_EXT_DYNAMIC_HA:
	case MIPX_EXT_HIERARCHICAL_FA:
	case MIPX_EXT_REPLAY_STYLE:
	case MIPX_EXT_REGIONAL_LIFETIME:
	case MIPX_EXT_UDP_TUNNEL_REQUEST:
	case MIPX_EXT_MESSAGE_STRING:
	case MIPX_EXT_PMIP_SKIP:
	case MIPX_EXT_MOBILE_NETWORK:
	case MIPX_EXT_TNC:
	case MIPX_EXT_SERVICE_SELECTION:
	case MIPX_EXT_DUAL_STACK:
		return true;
	}
	return false;
}

/* The fewest data octets of the fixed-layout RFC extensions: 0 for the rest. */
static uint16_t ext_min_length(uint8_t type)
{
	switch (type) {
	case MIPX_EXT_UDP_TUNNEL_REPLY:   /* RFC 3519 3.2 */
	case MIPX_EXT_UDP_TUNNEL_REQUEST: /* RFC 3519 3.1 */
	case MIPX_EXT_REVOCATION_SUPPORT: /* RFC 3543 3.3 */
		return 6;
	case MIPX_EXT_DYNAMIC_HA: /* RFC 4433 3.1 */
		return 5;
	case MIPX_EXT_MOBILE_NETWORK: /* RFC 5177 3.1: a sub-type at least */
		return 1;
	}
	return 0;
}

/* Lengths that cannot be, whatever follows them: MIPX_INVALID.  The field
 * name is looked up only on failure, not for every extension. */
static mipx_status bad_length(const struct mipx_mip4_ext *e, size_t at,
			      struct mipx_error *err, const char *reason)
{
	return mipx_fail(err, MIPX_INVALID, at, ext_field(e->type, F_LEN), reason);
}

static mipx_status check_length(enum mipx_ext_place place, const struct mipx_mip4_ext *e,
				size_t at, struct mipx_error *err)
{
	if (e->type == MIPX_EXT_REG_SERVER) { /* same in messages and adverts */
		if (e->length < 10 || (e->length - 2) % 8 != 0)
			return bad_length(e, at, err, "not 2 + 8N with N >= 1 (DREMIP 4.1)");
		return MIPX_OK;
	}
	if (place == MIPX_EXT_IN_ADVERT) {
		if (e->type == MIPX_ADV_EXT_MOBILITY_AGENT &&
		    (e->length < 6 || (e->length - 6) % 4 != 0))
			return bad_length(e, at, err, "not 6 + 4N (RFC 3344 2.1.1)");
		return MIPX_OK;
	}
	if (mipx_ext_is_auth(e->type) && e->length < 4)
		return bad_length(e, at, err, "shorter than its SPI");
	if (e->type == MIPX_EXT_CARE_OF && e->length != 6)
		return bad_length(e, at, err, "not 6 (DREMIP 4.2)");
	if (e->type == MIPX_EXT_CVSE && e->length < 6)
		return bad_length(e, at, err, "shorter than vendor id and type (RFC 3115)");
	if ((e->type == MIPX_EXT_NVSE || e->type == MIPX_EXT_OLD_NVSE) && e->length < 8)
		return bad_length(e, at, err,
				  "shorter than reserved, vendor id and type (RFC 3115)");
	if (e->length < ext_min_length(e->type))
		return bad_length(e, at, err, "shorter than the fields its RFC gives it");
	return MIPX_OK;
}

/* Fill the union member of a known type from its (length-checked) data. */
static void fill_union(enum mipx_ext_place place, struct mipx_mip4_ext *e,
		       uint32_t *notes)
{
	struct mipx_cursor d = mipx_cursor_init(e->data, e->length);
	unsigned i;
	size_t from;

	/* Lengths were checked against the minimum, so these reads succeed. */
	if (e->type == MIPX_EXT_REG_SERVER) {
		struct mipx_rs_ext *rs = &e->u.rs;
		mipx_get_u16(&d, &rs->lifetime);
		rs->count = (uint8_t)((e->length - 2) / 8);
		for (i = 0; i < rs->count; i++) {
			mipx_get_u32(&d, &rs->entry[i].address);
			mipx_get_u16(&d, &rs->entry[i].priority);
			mipx_get_u16(&d, &rs->entry[i].lifetime);
		}
		/* The unused entries: zero, as the rest of every slot (ext_decode). */
		from = offsetof(struct mipx_mip4_ext, u.rs.entry) + i * sizeof rs->entry[0];
		memset((uint8_t *)e + from, 0, sizeof *e - from);
		return;
	}
	if (place == MIPX_EXT_IN_ADVERT) {
		if (e->type == MIPX_ADV_EXT_MOBILITY_AGENT) {
			mipx_get_u16(&d, &e->u.mobility_agent.sequence);
			mipx_get_u16(&d, &e->u.mobility_agent.registration_lifetime);
			mipx_get_u8(&d, &e->u.mobility_agent.flags);
			mipx_get_u8(&d, &e->u.mobility_agent.reserved);
			e->u.mobility_agent.coa_count = (uint8_t)((e->length - 6) / 4);
			mipx_get_span(&d, &e->u.mobility_agent.care_of_addresses,
				      mipx_remaining(&d));
			/* r, and the bits after U X I (RFC 5944 2.1.1) */
			if ((e->u.mobility_agent.flags & MIPX_ADV_FLAG_r) ||
			    (e->u.mobility_agent.reserved & MIPX_ADV_FLAG2_RESERVED))
				*notes |= MIPX_NOTE_RESERVED_NONZERO;
		} else if (e->type == MIPX_ADV_EXT_PREFIX_LENGTHS) {
			e->u.prefix_lengths.count = (uint8_t)e->length;
			e->u.prefix_lengths.lengths = e->data;
		}
		return;
	}
	switch (e->type) {
	case MIPX_EXT_CARE_OF:
		mipx_get_u16(&d, &e->u.care_of.reserved);
		mipx_get_u32(&d, &e->u.care_of.address);
		if (e->u.care_of.reserved) /* DREMIP 4.2: Reserved 0 */
			*notes |= MIPX_NOTE_RESERVED_NONZERO;
		break;
	case MIPX_EXT_CVSE:
		/* reserved was the octet before the 16-bit length */
		mipx_get_u32(&d, &e->u.vendor.vendor_id);
		mipx_get_u16(&d, &e->u.vendor.vendor_type);
		e->u.vendor.value_len = (uint16_t)mipx_remaining(&d);
		mipx_get_span(&d, &e->u.vendor.value, e->u.vendor.value_len);
		if (e->u.vendor.reserved)
			*notes |= MIPX_NOTE_RESERVED_NONZERO;
		break;
	case MIPX_EXT_UDP_TUNNEL_REPLY:
		mipx_get_u8(&d, &e->u.udp_tunnel.subtype);
		mipx_get_u8(&d, &e->u.udp_tunnel.code);
		mipx_get_u16(&d, &e->u.udp_tunnel.flags);
		mipx_get_u16(&d, &e->u.udp_tunnel.keepalive);
		break;
	case MIPX_EXT_UDP_TUNNEL_REQUEST: {
		/* set by the read, the length being checked (gcc cannot tell) */
		uint8_t flags = 0, reserved1;
		uint16_t reserved2;
		mipx_get_u8(&d, &e->u.udp_tunnel.subtype);
		mipx_get_u8(&d, &reserved1);
		mipx_get_u8(&d, &flags);
		mipx_get_u8(&d, &e->u.udp_tunnel.encapsulation);
		mipx_get_u16(&d, &reserved2);
		e->u.udp_tunnel.flags = flags;
		break;
	}
	case MIPX_EXT_REVOCATION_SUPPORT:
		mipx_get_u16(&d, &e->u.revocation.flags);
		mipx_get_u32(&d, &e->u.revocation.timestamp);
		break;
	case MIPX_EXT_DYNAMIC_HA:
		mipx_get_u8(&d, &e->u.dynamic_ha.subtype);
		mipx_get_u32(&d, &e->u.dynamic_ha.address);
		break;
	case MIPX_EXT_MOBILE_NETWORK:
		/* RFC 5177 3.1: Sub-Type, Prefix Length, Prefix; 3.2: Sub-Type,
		 * Code, Prefix Length, Prefix (explicit) or Code (implicit) */
		mipx_get_u8(&d, &e->u.mobile_network.subtype);
		if (e->u.mobile_network.subtype != MIPX_MOBNET_REQUEST)
			mipx_get_u8(&d, &e->u.mobile_network.code);
		if (e->u.mobile_network.subtype != MIPX_MOBNET_IMPLICIT_ACK) {
			mipx_get_u8(&d, &e->u.mobile_network.prefix_length);
			mipx_get_u32(&d, &e->u.mobile_network.prefix);
		}
		break;
	case MIPX_EXT_OLD_NVSE:
	case MIPX_EXT_NVSE:
		mipx_get_u16(&d, &e->u.vendor.reserved);
		mipx_get_u32(&d, &e->u.vendor.vendor_id);
		mipx_get_u16(&d, &e->u.vendor.vendor_type);
		e->u.vendor.value_len = (uint16_t)mipx_remaining(&d);
		mipx_get_span(&d, &e->u.vendor.value, e->u.vendor.value_len);
		if (e->u.vendor.reserved)
			*notes |= MIPX_NOTE_RESERVED_NONZERO;
		break;
	default:
		if (mipx_ext_is_auth(e->type)) {
			mipx_get_u32(&d, &e->u.auth.spi);
			e->u.auth.authenticator_len = (uint16_t)mipx_remaining(&d);
			mipx_get_span(&d, &e->u.auth.authenticator,
				      e->u.auth.authenticator_len);
		}
		break;
	}
}

/* What ext_decode clears: the header and the union as far as its widest
 * member other than 81's table of servers (fill_union clears that). */
#define EXT_UNION(m) sizeof(((struct mipx_mip4_ext *)0)->u.m)
#define EXT_CLEARED (offsetof(struct mipx_mip4_ext, u) + EXT_UNION(vendor))
_Static_assert(EXT_UNION(care_of) <= EXT_UNION(vendor) && EXT_UNION(auth) <= EXT_UNION(vendor) &&
		       EXT_UNION(mobility_agent) <= EXT_UNION(vendor) &&
		       EXT_UNION(prefix_lengths) <= EXT_UNION(vendor) &&
		       offsetof(struct mipx_rs_ext, entry) <= EXT_UNION(vendor),
	       "vendor is the widest extension view but 81's");

static mipx_status ext_decode(struct mipx_cursor *c, enum mipx_ext_place place,
			      struct mipx_mip4_ext *e, uint32_t *notes,
			      struct mipx_error *err)
{
	size_t at = c->pos;
	uint8_t len8;

	/* The header and the union up to its widest member but 81's table:
	 * fill_union clears the rest of that table for an 81.  Clearing all
	 * 272 octets per extension was most of mipx_mip4_decode. */
	memset(e, 0, EXT_CLEARED);
	e->offset = (uint16_t)at;
	mipx_get_u8(c, &e->type); /* the caller saw at least one octet */

	if (place == MIPX_EXT_IN_ADVERT && e->type == MIPX_ADV_EXT_PAD) {
		/* RFC 3344 2.1.3: a lone octet, no length. */
		e->header_len = 1;
		e->data = mipx_here(c);
		return MIPX_OK;
	}
	if (ext_long_form(place, e->type)) {
		uint8_t second;
		if (!mipx_get_u8(c, &second) || !mipx_get_u16(c, &e->length))
			return mipx_truncated(err, c, ext_field(e->type, F_LEN));
		if (e->type == MIPX_EXT_CVSE)
			e->u.vendor.reserved = second;
		else
			e->subtype = second;
		e->header_len = 4;
	} else {
		if (!mipx_get_u8(c, &len8))
			return mipx_truncated(err, c, ext_field(e->type, F_LEN));
		e->length = len8;
		e->header_len = 2;
	}
	/* An impossible length is wrong whether or not its data arrived. */
	if (check_length(place, e, at, err) != MIPX_OK)
		return MIPX_INVALID;
	if (!mipx_get_span(c, &e->data, e->length))
		return mipx_truncated(err, c, ext_field(e->type, F_DATA));
	if (!ext_known(place, e->type))
		*notes |= MIPX_NOTE_UNKNOWN_EXTENSION;
	else
		fill_union(place, e, notes);
	return MIPX_OK;
}

mipx_status mipx_mip4_exts_decode(struct mipx_cursor *c, enum mipx_ext_place place,
				  struct mipx_mip4_ext ext[MIPX_MIP4_MAX_EXTS],
				  uint8_t *n_ext, uint32_t *notes,
				  struct mipx_error *err)
{
	unsigned n = 0, i;
	mipx_status st;

	while (mipx_remaining(c) > 0) {
		if (n == MIPX_MIP4_MAX_EXTS)
			return mipx_fail(err, MIPX_INVALID, c->pos, "extensions",
					 "more extensions than mipx keeps (32)");
		st = ext_decode(c, place, &ext[n], notes, err);
		if (st != MIPX_OK) {
			/* Those before the failure stand: a capture cut inside
			 * the fourth extension still has three good ones. */
			*n_ext = (uint8_t)n;
			return st;
		}
		n++;
	}
	*n_ext = (uint8_t)n;
	/* RFC 3344 3.5 / DREMIP 5.1: what follows an authenticator is not covered. */
	for (i = 0; i + 1 < n; i++)
		if (place == MIPX_EXT_IN_MESSAGE && mipx_ext_is_auth(ext[i].type))
			*notes |= MIPX_NOTE_AUTH_NOT_LAST;
	return MIPX_OK;
}

/* ---- encoding ---- */

static mipx_status put_len8(struct mipx_writer *w, const struct mipx_mip4_ext *e,
			    size_t len, struct mipx_error *err)
{
	if (len > 0xff)
		return mipx_fail(err, MIPX_INVALID, w->pos, ext_field(e->type, F_LEN),
				 "data longer than 255 octets");
	if (!mipx_put_u8(w, e->type) || !mipx_put_u8(w, (uint8_t)len))
		return mipx_no_space(err, w, ext_field(e->type, F_LEN));
	return MIPX_OK;
}

static mipx_status put_len16(struct mipx_writer *w, const struct mipx_mip4_ext *e,
			     uint8_t second, size_t len, struct mipx_error *err)
{
	if (len > 0xffff)
		return mipx_fail(err, MIPX_INVALID, w->pos, ext_field(e->type, F_LEN),
				 "data longer than 65535 octets");
	if (!mipx_put_u8(w, e->type) || !mipx_put_u8(w, second) ||
	    !mipx_put_u16(w, (uint16_t)len))
		return mipx_no_space(err, w, ext_field(e->type, F_LEN));
	return MIPX_OK;
}

static mipx_status encode_advert_ext(struct mipx_writer *w, const struct mipx_mip4_ext *e,
				     struct mipx_error *err)
{
	const char *f = ext_field(e->type, F_DATA);
	mipx_status st;

	if (e->type == MIPX_ADV_EXT_PAD)
		return mipx_put_u8(w, 0) ? MIPX_OK : mipx_no_space(err, w, "ext0");
	if (e->type == MIPX_ADV_EXT_MOBILITY_AGENT) {
		size_t n = e->u.mobility_agent.coa_count;
		if ((st = put_len8(w, e, 6 + 4 * n, err)) != MIPX_OK)
			return st;
		if (n && !e->u.mobility_agent.care_of_addresses)
			return mipx_fail(err, MIPX_INVALID, w->pos, f,
					 "care_of_addresses is NULL");
		if (!mipx_put_u16(w, e->u.mobility_agent.sequence) ||
		    !mipx_put_u16(w, e->u.mobility_agent.registration_lifetime) ||
		    !mipx_put_u8(w, e->u.mobility_agent.flags) ||
		    !mipx_put_u8(w, e->u.mobility_agent.reserved) ||
		    !mipx_put_bytes(w, e->u.mobility_agent.care_of_addresses, 4 * n))
			return mipx_no_space(err, w, f);
		return MIPX_OK;
	}
	if (e->type == MIPX_ADV_EXT_PREFIX_LENGTHS) {
		size_t n = e->u.prefix_lengths.count;
		if ((st = put_len8(w, e, n, err)) != MIPX_OK)
			return st;
		if (n && !e->u.prefix_lengths.lengths)
			return mipx_fail(err, MIPX_INVALID, w->pos, f, "lengths is NULL");
		return mipx_put_bytes(w, e->u.prefix_lengths.lengths, n)
			       ? MIPX_OK : mipx_no_space(err, w, f);
	}
	return MIPX_INVALID; /* not an advert-only type: caller goes on */
}

static mipx_status put_raw(struct mipx_writer *w, const struct mipx_mip4_ext *e,
			   struct mipx_error *err)
{
	const char *f = ext_field(e->type, F_DATA);
	if (e->length && !e->data)
		return mipx_fail(err, MIPX_INVALID, w->pos, f, "data is NULL");
	return mipx_put_bytes(w, e->data, e->length) ? MIPX_OK : mipx_no_space(err, w, f);
}

mipx_status mipx_mip4_ext_encode(struct mipx_writer *w, enum mipx_ext_place place,
				 const struct mipx_mip4_ext *e, struct mipx_error *err)
{
	const char *f = ext_field(e->type, F_DATA);
	mipx_status st;
	unsigned i;

	if (place == MIPX_EXT_IN_ADVERT &&
	    (e->type == MIPX_ADV_EXT_PAD || e->type == MIPX_ADV_EXT_MOBILITY_AGENT ||
	     e->type == MIPX_ADV_EXT_PREFIX_LENGTHS))
		return encode_advert_ext(w, e, err);

	if (e->type == MIPX_EXT_REG_SERVER) {
		const struct mipx_rs_ext *rs = &e->u.rs;
		if (rs->count == 0 || rs->count > MIPX_RS_MAX_ENTRIES)
			return mipx_fail(err, MIPX_INVALID, w->pos, "ext81.count",
					 "needs 1 to 31 registration servers");
		if ((st = put_len8(w, e, 2 + 8u * rs->count, err)) != MIPX_OK)
			return st;
		if (!mipx_put_u16(w, rs->lifetime))
			return mipx_no_space(err, w, f);
		for (i = 0; i < rs->count; i++)
			if (!mipx_put_u32(w, rs->entry[i].address) ||
			    !mipx_put_u16(w, rs->entry[i].priority) ||
			    !mipx_put_u16(w, rs->entry[i].lifetime))
				return mipx_no_space(err, w, f);
		return MIPX_OK;
	}
	if (place == MIPX_EXT_IN_ADVERT) {
		if ((st = put_len8(w, e, e->length, err)) != MIPX_OK)
			return st;
		return put_raw(w, e, err);
	}

	switch (e->type) {
	case MIPX_EXT_CARE_OF:
		if ((st = put_len8(w, e, 6, err)) != MIPX_OK)
			return st;
		if (!mipx_put_u16(w, e->u.care_of.reserved) ||
		    !mipx_put_u32(w, e->u.care_of.address))
			return mipx_no_space(err, w, f);
		return MIPX_OK;
	case MIPX_EXT_GEN_AUTH:
		st = put_len16(w, e, e->subtype, 4u + e->u.auth.authenticator_len, err);
		break;
	case MIPX_EXT_PMIP_NON_SKIP:
		if ((st = put_len16(w, e, e->subtype, e->length, err)) != MIPX_OK)
			return st;
		return put_raw(w, e, err);
	case MIPX_EXT_CVSE:
		st = put_len16(w, e, (uint8_t)e->u.vendor.reserved,
			       6u + e->u.vendor.value_len, err);
		if (st != MIPX_OK)
			return st;
		goto vendor;
	case MIPX_EXT_OLD_NVSE:
	case MIPX_EXT_NVSE:
		if ((st = put_len8(w, e, 8u + e->u.vendor.value_len, err)) != MIPX_OK)
			return st;
		if (!mipx_put_u16(w, e->u.vendor.reserved))
			return mipx_no_space(err, w, f);
		goto vendor;
	default:
		if (mipx_mip4_is_auth_ext(e->type)) {
			st = put_len8(w, e, 4u + e->u.auth.authenticator_len, err);
			break;
		}
		if ((st = put_len8(w, e, e->length, err)) != MIPX_OK)
			return st;
		return put_raw(w, e, err);
	}

	/* authentication extensions: SPI then authenticator */
	if (st != MIPX_OK)
		return st;
	if (e->u.auth.authenticator_len && !e->u.auth.authenticator)
		return mipx_fail(err, MIPX_INVALID, w->pos, f, "authenticator is NULL");
	if (!mipx_put_u32(w, e->u.auth.spi) ||
	    !mipx_put_bytes(w, e->u.auth.authenticator, e->u.auth.authenticator_len))
		return mipx_no_space(err, w, f);
	return MIPX_OK;

vendor:
	if (e->u.vendor.value_len && !e->u.vendor.value)
		return mipx_fail(err, MIPX_INVALID, w->pos, f, "value is NULL");
	if (!mipx_put_u32(w, e->u.vendor.vendor_id) ||
	    !mipx_put_u16(w, e->u.vendor.vendor_type) ||
	    !mipx_put_bytes(w, e->u.vendor.value, e->u.vendor.value_len))
		return mipx_no_space(err, w, f);
	return MIPX_OK;
}
