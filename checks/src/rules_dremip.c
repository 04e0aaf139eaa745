/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * DREMIP rules judged from one registration/route message or from a request
 * and its reply.  Offsets are those of wire-format.md 1.1: flags/code/reserved
 * at 1, lifetime at 2 (2 octets), identification at 16 (request) or 12
 * (replies and route messages), 8 octets.
 */
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "mipx/auth.h"
#include "mipx/message_rules.h"
#include "verdict.h"

#define OFF_FLAGS 1
#define OFF_LIFETIME 2
#define OFF_ROUTE_IDENT_LOW 16 /* low 32 bits of a route message's identification */

static bool is_route(uint8_t type)
{
	return type == MIPX_MIP4_ROUTE_REQUEST || type == MIPX_MIP4_ROUTE_REPLY;
}

/* The extensions mipx can verify with a keyring: RFC 3344's three and
 * DREMIP 4.3-4.5.  36 (RFC 3012) has a subtype and other coverage rules. */
static bool verifiable_auth(uint8_t ext_type)
{
	switch (ext_type) {
	case MIPX_EXT_MN_HA_AUTH:
	case MIPX_EXT_MN_FA_AUTH:
	case MIPX_EXT_FA_HA_AUTH:
	case MIPX_EXT_AGENT_SERVER_AUTH:
	case MIPX_EXT_MOBILE_SERVER_AUTH:
	case MIPX_EXT_SERVER_SERVER_AUTH:
		return true;
	default:
		return false;
	}
}

static bool dremip_ext(uint8_t ext_type)
{
	return ext_type >= MIPX_EXT_REG_SERVER &&
	       ext_type <= MIPX_EXT_SERVER_SERVER_AUTH;
}

static const char *msg_name(uint8_t type)
{
	switch (type) {
	case MIPX_MIP4_REG_REQUEST:
		return "Registration Request";
	case MIPX_MIP4_REG_REPLY:
		return "Registration Reply";
	case MIPX_MIP4_ROUTE_REQUEST:
		return "Route Request";
	case MIPX_MIP4_ROUTE_REPLY:
		return "Route Reply";
	default:
		return "message";
	}
}

static size_t ext_span(const struct mipx_mip4_ext *ext)
{
	return (size_t)ext->header_len + ext->length;
}

static const char *lifetime_text(uint16_t lifetime, char buf[24])
{
	if (lifetime == MIPX_LIFETIME_INFINITE)
		snprintf(buf, 24, "infinity (0xffff)");
	else
		snprintf(buf, 24, "%u s", (unsigned)lifetime);
	return buf;
}

static bool has_ext(const struct mipx_mip4_msg *msg, uint8_t type)
{
	for (unsigned i = 0; i < msg->n_ext && i < MIPX_MIP4_MAX_EXTS; i++)
		if (msg->ext[i].type == type)
			return true;
	return false;
}

/* First DREMIP extension (81-85) of msg, and how many there are. */
static const struct mipx_mip4_ext *first_dremip_ext(const struct mipx_mip4_msg *msg,
						    unsigned *count)
{
	const struct mipx_mip4_ext *first = NULL;

	*count = 0;
	for (unsigned i = 0; i < msg->n_ext && i < MIPX_MIP4_MAX_EXTS; i++) {
		if (!dremip_ext(msg->ext[i].type))
			continue;
		if (!first)
			first = &msg->ext[i];
		(*count)++;
	}
	return first;
}

static void reserved_rules(const struct mipx_mip4_msg *msg,
			   struct mipx_verdicts *out)
{
	bool told = false;

	/* DREMIP 3.2: "The r-bit should be set to 0." */
	if (msg->type == MIPX_MIP4_REG_REQUEST && (msg->flags & MIPX_REG_FLAG_X)) {
		mipx_verdict_add(out, MIPX_DRM_RESERVED, OFF_FLAGS, 1, false,
				 "reserved flag r (0x01) is set (flags 0x%02x)",
				 (unsigned)msg->flags);
		told = true;
	}
	/* DREMIP 3.4: Route Request reserved "sent as zero". */
	if (msg->type == MIPX_MIP4_ROUTE_REQUEST && msg->reserved != 0) {
		mipx_verdict_add(out, MIPX_DRM_RESERVED, OFF_FLAGS, 1, false,
				 "Route Request reserved octet is 0x%02x",
				 (unsigned)msg->reserved);
		told = true;
	}
	/* DREMIP 4.2: Care-of Address extension reserved is 0.  Point at
	 * the field (2 octets after the type and length octets). */
	for (unsigned i = 0; i < msg->n_ext && i < MIPX_MIP4_MAX_EXTS; i++) {
		const struct mipx_mip4_ext *ext = &msg->ext[i];

		if (ext->type != MIPX_EXT_CARE_OF || ext->u.care_of.reserved == 0)
			continue;
		mipx_verdict_add(out, MIPX_DRM_RESERVED,
				 (size_t)ext->offset + ext->header_len, 2, false,
				 "Care-of Address extension (82) reserved is 0x%04x",
				 (unsigned)ext->u.care_of.reserved);
		told = true;
	}
	/* The decoder notes reserved fields these rules do not know of
	 * (base-protocol extensions): say so once, for the whole message. */
	if (!told && (msg->notes & MIPX_NOTE_RESERVED_NONZERO))
		mipx_verdict_add(out, MIPX_DRM_RESERVED, 0, 0, false,
				 "a reserved field of this %s is not zero",
				 msg_name(msg->type));
}

/* DREMIP 4.3 (and 5.1, 6.5): a Route Request/Reply ends with 83. */
static void auth_missing_rule(const struct mipx_mip4_msg *msg,
			      struct mipx_verdicts *out)
{
	const struct mipx_mip4_ext *last;

	/* A message cut by the capture may end with 83 in what was lost. */
	if (!is_route(msg->type) || (msg->notes & MIPX_NOTE_CUT))
		return;
	if (msg->n_ext == 0 || msg->n_ext > MIPX_MIP4_MAX_EXTS) {
		mipx_verdict_add(out, MIPX_DRM_AUTH_MISSING, 0, 0, false,
				 "%s has no extension; it must end with Agent-Server Authentication (83)",
				 msg_name(msg->type));
		return;
	}
	last = &msg->ext[msg->n_ext - 1];
	if (last->type == MIPX_EXT_AGENT_SERVER_AUTH)
		return;
	mipx_verdict_add(out, MIPX_DRM_AUTH_MISSING, last->offset, ext_span(last), false,
			 "%s ends with extension %u, not Agent-Server Authentication (83)",
			 msg_name(msg->type), (unsigned)last->type);
}

static void auth_bad_rule(const struct mipx_mip4_msg *msg, const uint8_t *buf,
			  size_t len, const struct mipx_keyring *keys,
			  struct mipx_verdicts *out)
{
	if (!buf || !keys)
		return;
	for (unsigned i = 0; i < msg->n_ext && i < MIPX_MIP4_MAX_EXTS; i++) {
		const struct mipx_mip4_ext *ext = &msg->ext[i];
		const struct mipx_key *key;

		if (!verifiable_auth(ext->type))
			continue;
		if ((size_t)ext->offset + ext_span(ext) > len)
			continue; /* not from this buffer: nothing to verify */
		key = mipx_keyring_find(keys, ext->u.auth.spi);
		if (!key)
			continue;
		if (mipx_mip4_auth_verify(buf, len, ext, key->key, key->key_len))
			continue;
		mipx_verdict_add(out, MIPX_DRM_AUTH_BAD, ext->offset, ext_span(ext), false,
				 "authenticator of extension %u (SPI 0x%08" PRIx32 ") does not verify with the configured key",
				 (unsigned)ext->type, ext->u.auth.spi);
	}
}

void mipx_rules_mip4_message(const struct mipx_mip4_msg *msg,
			     const uint8_t *buf, size_t len,
			     const struct mipx_keyring *keys,
			     struct mipx_verdicts *out)
{
	if (!msg || !out)
		return;
	reserved_rules(msg, out);
	auth_missing_rule(msg, out);
	auth_bad_rule(msg, buf, len, keys, out);
}

/* Registration Reply codes 0 and 1 accept (RFC 3344 3.4). */
static bool reg_accepted(uint8_t code)
{
	return code == 0 || code == 1;
}

void mipx_mip4_request_facts_of(const struct mipx_mip4_msg *request,
				struct mipx_mip4_request_facts *out)
{
	const struct mipx_mip4_ext *mix;
	unsigned n_mix;

	memset(out, 0, sizeof(*out));
	if (!request)
		return;
	out->type = request->type;
	out->flags = request->flags;
	out->lifetime = request->lifetime;
	out->identification = request->identification;
	mix = first_dremip_ext(request, &n_mix);
	out->n_dremip_ext = (uint8_t)n_mix; /* at most MIPX_MIP4_MAX_EXTS */
	if (mix) {
		out->dremip_ext_type = mix->type;
		out->dremip_ext_offset = mix->offset;
		out->dremip_ext_span = (uint16_t)ext_span(mix);
	}
}

static void registration_pair(const struct mipx_mip4_request_facts *req,
			      const struct mipx_mip4_msg *rep, bool rbit_as_t,
			      struct mipx_verdicts *out)
{
	/* With rbit_as_t the bit is RFC 3024's T: no request is DREMIP. */
	bool rbit = !rbit_as_t && (req->flags & MIPX_REG_FLAG_R);
	char granted[24], asked[24];
	const struct mipx_mip4_ext *mix;
	unsigned n_mix;

	if (reg_accepted(rep->code) && mipx_lifetime_exceeds(rep->lifetime, req->lifetime))
		mipx_verdict_add(out, MIPX_DRM_LT_REPLY, OFF_LIFETIME, 2, true,
				 "reply grants %s, request asked %s",
				 lifetime_text(rep->lifetime, granted),
				 lifetime_text(req->lifetime, asked));

	/* DREMIP 3.3: the reply MUST carry 82 (the parent care-of address).
	 * A lifetime-0 reply accepts a deregistration: nothing to allocate.
	 * A reply cut by the capture may carry it in what was lost. */
	if (rbit && reg_accepted(rep->code) && rep->lifetime > 0 &&
	    !(rep->notes & MIPX_NOTE_CUT) && !has_ext(rep, MIPX_EXT_CARE_OF))
		mipx_verdict_add(out, MIPX_DRM_COA_EXT_MISSING, 0, 0, true,
				 "accepted reply (code %u) to an R-bit request carries no Care-of Address extension (82)",
				 (unsigned)rep->code);

	/* DREMIP 2.9, D.4: an R-clear exchange is the base protocol.  A reply
	 * to it carrying 81-85 is one mix; the reverse mix is the request
	 * itself, R clear, carrying 81-85. */
	if (rbit)
		return;
	mix = first_dremip_ext(rep, &n_mix);
	if (mix)
		mipx_verdict_add(out, MIPX_DRM_RBIT_MIX, mix->offset, ext_span(mix), true,
				 "reply to an R-bit-clear request carries DREMIP extension %u (%u in all)",
				 (unsigned)mix->type, n_mix);
	if (req->n_dremip_ext)
		mipx_verdict_add(out, MIPX_DRM_RBIT_MIX, req->dremip_ext_offset,
				 req->dremip_ext_span, false,
				 "request with the R bit clear carries DREMIP extension %u (%u in all)",
				 (unsigned)req->dremip_ext_type, (unsigned)req->n_dremip_ext);
}

static void route_pair(const struct mipx_mip4_request_facts *req,
		       const struct mipx_mip4_msg *rep, struct mipx_verdicts *out)
{
	uint32_t req_id = (uint32_t)(req->identification & 0xffffffffu);
	uint32_t rep_id = (uint32_t)(rep->identification & 0xffffffffu);
	char granted[24], asked[24];

	/* DREMIP 3.5: with a non-zero code the lifetime MUST be ignored. */
	if (rep->code == MIPX_ROUTE_ADDED &&
	    mipx_lifetime_exceeds(rep->lifetime, req->lifetime))
		mipx_verdict_add(out, MIPX_DRM_LT_ROUTE, OFF_LIFETIME, 2, true,
				 "Route Reply grants %s, Route Request asked %s",
				 lifetime_text(rep->lifetime, granted),
				 lifetime_text(req->lifetime, asked));

	/* wire-format.md 1.1: only the low 32 bits must match. */
	if (req_id != rep_id)
		mipx_verdict_add(out, MIPX_DRM_ID_ROUTE, OFF_ROUTE_IDENT_LOW, 4, true,
				 "Route Reply identification low 32 bits 0x%08" PRIx32 ", Route Request's 0x%08" PRIx32,
				 rep_id, req_id);
}

void mipx_rules_mip4_pair_facts(const struct mipx_mip4_request_facts *request,
				const struct mipx_mip4_msg *reply, bool rbit_as_t,
				struct mipx_verdicts *out)
{
	if (!request || !reply || !out)
		return;
	if (request->type == MIPX_MIP4_REG_REQUEST && reply->type == MIPX_MIP4_REG_REPLY)
		registration_pair(request, reply, rbit_as_t, out);
	else if (request->type == MIPX_MIP4_ROUTE_REQUEST && reply->type == MIPX_MIP4_ROUTE_REPLY)
		route_pair(request, reply, out);
}

void mipx_rules_mip4_pair(const struct mipx_mip4_msg *request,
			  const struct mipx_mip4_msg *reply, bool rbit_as_t,
			  struct mipx_verdicts *out)
{
	struct mipx_mip4_request_facts facts;

	if (!request)
		return;
	mipx_mip4_request_facts_of(request, &facts);
	mipx_rules_mip4_pair_facts(&facts, reply, rbit_as_t, out);
}
