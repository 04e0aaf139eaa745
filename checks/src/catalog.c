/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The one table of checks.  Names, severities and summaries are copied from
 * ../shared/spec/analysis.md section 2; scope says who can judge a check:
 * MESSAGE and PAIR checks become expert infos in the plugin too.
 */
#include <stddef.h>
#include <strings.h>

#include "mipx/checks.h"

#define CHECK(id, name, expert, sev, scope, section, summary) \
	[id] = { id, name, expert, sev, scope, section, summary }

static const struct mipx_check_info catalog[MIPX_CHECK_COUNT] = {
	CHECK(MIPX_DRM_LT_ORDER, "DRM-LT-ORDER", "dremip.expert.drm_lt_order", MIPX_SEV_ERROR, MIPX_SCOPE_STATE, "2.8, 8.3",
	      "in one chain, local lifetime <= transit lifetime <= home lifetime does not hold"),
	CHECK(MIPX_DRM_LT_REPLY, "DRM-LT-REPLY", "dremip.expert.drm_lt_reply", MIPX_SEV_ERROR, MIPX_SCOPE_PAIR, "3.3",
	      "a Registration Reply grants more lifetime than its request asked"),
	CHECK(MIPX_DRM_LT_ROUTE, "DRM-LT-ROUTE", "dremip.expert.drm_lt_route", MIPX_SEV_ERROR, MIPX_SCOPE_PAIR, "3.5",
	      "a Route Reply grants more lifetime than its Route Request asked"),
	CHECK(MIPX_DRM_LT_ROUTE_COPY, "DRM-LT-ROUTE-COPY", "dremip.expert.drm_lt_route_copy", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "6.4",
	      "a Route Request's lifetime differs from the lifetime of the registration it serves"),
	CHECK(MIPX_DRM_LT_TUNNEL, "DRM-LT-TUNNEL", "dremip.expert.drm_lt_tunnel", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "6.5",
	      "a tunnel's granted lifetime outlives the remaining lifetime of the registration it serves"),
	CHECK(MIPX_DRM_LT_RELAY, "DRM-LT-RELAY", "dremip.expert.drm_lt_relay", MIPX_SEV_INFO, MIPX_SCOPE_STATE, "6.3",
	      "a relayed (home or transit) request asks for more lifetime than the relay's own binding for that node"),
	CHECK(MIPX_DRM_ID_ROUTE, "DRM-ID-ROUTE", "dremip.expert.drm_id_route", MIPX_SEV_ERROR, MIPX_SCOPE_PAIR, "6.5",
	      "a Route Reply's identification (low 32 bits) does not match the latest Route Request to that agent"),
	CHECK(MIPX_DRM_NO_REPLY, "DRM-NO-REPLY", "dremip.expert.drm_no_reply", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "3.3, 3.5",
	      "a request (registration or route) never answered in the capture"),
	CHECK(MIPX_DRM_ORPHAN_REPLY, "DRM-ORPHAN-REPLY", "dremip.expert.drm_orphan_reply", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "3.3, 3.5",
	      "a reply with no request in the capture"),
	CHECK(MIPX_DRM_COA_EXT_MISSING, "DRM-COA-EXT-MISSING", "dremip.expert.drm_coa_ext_missing", MIPX_SEV_ERROR, MIPX_SCOPE_PAIR, "3.3",
	      "an accepted reply to an R-bit request carries no Care-of Address extension"),
	CHECK(MIPX_DRM_COA_UNSTABLE, "DRM-COA-UNSTABLE", "dremip.expert.drm_coa_unstable", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "6.2",
	      "re-registering with the same registrar while bound yields a different parent care-of address"),
	CHECK(MIPX_DRM_AUTH_MISSING, "DRM-AUTH-MISSING", "dremip.expert.drm_auth_missing", MIPX_SEV_ERROR, MIPX_SCOPE_MESSAGE, "5.1, 6.5",
	      "a Route Request/Reply without an Agent-Server Authentication extension at its end"),
	CHECK(MIPX_DRM_AUTH_RELAY, "DRM-AUTH-RELAY", "dremip.expert.drm_auth_relay", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "6.3, 8.2",
	      "a request relayed between servers without Server-Server authentication, or sent by a mobile node through a server without Mobile-Server authentication"),
	CHECK(MIPX_DRM_AUTH_BAD, "DRM-AUTH-BAD", "dremip.expert.drm_auth_bad", MIPX_SEV_ERROR, MIPX_SCOPE_MESSAGE, "4.3-4.5",
	      "an authenticator does not verify with the key configured for its SPI"),
	CHECK(MIPX_DRM_RELAY_UNBOUND, "DRM-RELAY-UNBOUND", "dremip.expert.drm_relay_unbound", MIPX_SEV_ERROR, MIPX_SCOPE_STATE, "6.3",
	      "a server relays a home/transit request for a node it holds no local binding for"),
	CHECK(MIPX_DRM_REPLY_BEFORE_ROUTE, "DRM-REPLY-BEFORE-ROUTE", "dremip.expert.drm_reply_before_route", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "6.2",
	      "a registrar accepts a registration before the care-of agent's positive Route Reply"),
	CHECK(MIPX_DRM_CHAIN_INCOMPLETE, "DRM-CHAIN-INCOMPLETE", "dremip.expert.drm_chain_incomplete", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "2",
	      "a node that registered away from home has no complete chain at the time asked"),
	CHECK(MIPX_DRM_TUNNEL_GAP, "DRM-TUNNEL-GAP", "dremip.expert.drm_tunnel_gap", MIPX_SEV_ERROR, MIPX_SCOPE_STATE, "2.5",
	      "the enabled tunnels of a node do not connect the home agent to its foreign agent"),
	CHECK(MIPX_DRM_TUNNEL_LOOP, "DRM-TUNNEL-LOOP", "dremip.expert.drm_tunnel_loop", MIPX_SEV_ERROR, MIPX_SCOPE_STATE, "2.5",
	      "the enabled tunnels of a node form a cycle"),
	CHECK(MIPX_DRM_RS_WITHDRAWN, "DRM-RS-WITHDRAWN", "dremip.expert.drm_rs_withdrawn", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "4.1",
	      "a node registers with a server whose latest advertised lifetime was 0 or has expired"),
	CHECK(MIPX_DRM_RBIT_MIX, "DRM-RBIT-MIX", "dremip.expert.drm_rbit_mix", MIPX_SEV_WARNING, MIPX_SCOPE_PAIR, "2.9, D.4",
	      "a reply to an R-bit-clear request carries DREMIP extensions, or the reverse mix"),
	CHECK(MIPX_DRM_MALFORMED, "DRM-MALFORMED", "dremip.expert.drm_malformed", MIPX_SEV_ERROR, MIPX_SCOPE_MESSAGE, "3, 4",
	      "a message or extension that does not parse: truncated, wrong length, bad count"),
	CHECK(MIPX_DRM_RESERVED, "DRM-RESERVED", "dremip.expert.drm_reserved", MIPX_SEV_INFO, MIPX_SCOPE_MESSAGE, "3.2, 3.4, 4.2",
	      "a reserved field or bit is not zero"),
	CHECK(MIPX_DRM_UDP_CHECKSUM, "DRM-UDP-CHECKSUM", "dremip.expert.drm_udp_checksum", MIPX_SEV_WARNING, MIPX_SCOPE_MESSAGE, "RFC 768, RFC 1122 4.1.3.4",
	      "a Mobile IPv4 message's UDP checksum is wrong: its receiver discards it"),
	CHECK(MIPX_DRM_ICMP_CHECKSUM, "DRM-ICMP-CHECKSUM", "dremip.expert.drm_icmp_checksum", MIPX_SEV_WARNING, MIPX_SCOPE_MESSAGE, "RFC 792, RFC 1122 3.2.2",
	      "an agent advertisement's ICMP checksum is wrong: its receiver discards it"),
	CHECK(MIPX_DRM_REPLAY_NONCE, "DRM-REPLAY-NONCE", "dremip.expert.drm_replay_nonce", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "RFC 3344 5.7.2",
	      "a request's identification does not carry, in its high-order 32 bits, the nonce its home agent's last reply gave"),
	CHECK(MIPX_DRM_REPLAY_STALE, "DRM-REPLAY-STALE", "dremip.expert.drm_replay_stale", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "RFC 3344 5.7.1",
	      "a request's timestamp is older than the last one its home agent accepted, or not close to the time the home agent gave with code 133"),

	CHECK(MIPX_MCOA_M_NO_COAINFO, "MCOA-M-NO-COAINFO", "mcoa.expert.mcoa_m_no_coainfo", MIPX_SEV_ERROR, MIPX_SCOPE_MESSAGE, "8.3",
	      "a BU has the M flag but no CoAINFO (must be dropped); error too if it was acknowledged as accepted"),
	CHECK(MIPX_MCOA_COAINFO_NO_M, "MCOA-COAINFO-NO-M", "mcoa.expert.mcoa_coainfo_no_m", MIPX_SEV_WARNING, MIPX_SCOPE_MESSAGE, "5.3.2",
	      "a BU carries CoAINFO without the M flag"),
	CHECK(MIPX_MCOA_BA_NO_COAINFO, "MCOA-BA-NO-COAINFO", "mcoa.expert.mcoa_ba_no_coainfo", MIPX_SEV_WARNING, MIPX_SCOPE_PAIR, "5.3.3, 7.4",
	      "a BA to a BU that carried CoAINFO does not echo it: the receiver does not do MCoA"),
	CHECK(MIPX_MCOA_STATUS1_NO_COAINFO, "MCOA-STATUS1-NO-COAINFO", "mcoa.expert.mcoa_status1_no_coainfo", MIPX_SEV_ERROR, MIPX_SCOPE_PAIR, "5.3.3",
	      "a BA with status 1 answers a BU that carried CoAINFO, but has none itself"),
	CHECK(MIPX_MCOA_HOME_COAINFO, "MCOA-HOME-COAINFO", "mcoa.expert.mcoa_home_coainfo", MIPX_SEV_WARNING, MIPX_SCOPE_MESSAGE, "7.3",
	      "a home registration (H flag) carries CoAINFO"),
	CHECK(MIPX_MCOA_LT_BA, "MCOA-LT-BA", "mcoa.expert.mcoa_lt_ba", MIPX_SEV_ERROR, MIPX_SCOPE_PAIR, "RFC 6275 6.1.8",
	      "a BA grants more lifetime than its BU asked"),
	CHECK(MIPX_MCOA_NO_PRIMARY, "MCOA-NO-PRIMARY", "mcoa.expert.mcoa_no_primary", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "3, 4",
	      "a node's active bindings at a receiver have no IFPRI 0 entry, or more than one"),
	CHECK(MIPX_MCOA_IFID_SHARED, "MCOA-IFID-SHARED", "mcoa.expert.mcoa_ifid_shared", MIPX_SEV_INFO, MIPX_SCOPE_STATE, "3",
	      "the same IFID is used toward different receivers"),
	CHECK(MIPX_MCOA_DEREG_ALL, "MCOA-DEREG-ALL", "mcoa.expert.mcoa_dereg_all", MIPX_SEV_INFO, MIPX_SCOPE_STATE, "7.7, 8.3",
	      "a deregistration without CoAINFO removed several bindings at once"),
	CHECK(MIPX_MCOA_HOME_STALE, "MCOA-HOME-STALE", "mcoa.expert.mcoa_home_stale", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "4, 7.8",
	      "the node returned home (deregistered with its home agent) but bindings remain at correspondent nodes"),
	CHECK(MIPX_MCOA_SEQ, "MCOA-SEQ", "mcoa.expert.mcoa_seq", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "RFC 6275 9.5.1",
	      "a BU's sequence number does not increase (modulo 2^16) for its binding"),
	CHECK(MIPX_MCOA_AFTER_BE, "MCOA-AFTER-BE", "mcoa.expert.mcoa_after_be", MIPX_SEV_WARNING, MIPX_SCOPE_STATE, "7.6",
	      "a node keeps sending CoAINFO to a receiver that answered with BE status 2"),
	CHECK(MIPX_MCOA_EXPIRED, "MCOA-EXPIRED", "mcoa.expert.mcoa_expired", MIPX_SEV_INFO, MIPX_SCOPE_STATE, "5.1, 8.5",
	      "a binding expired without refresh or deregistration while the node kept using it"),
	CHECK(MIPX_MCOA_MALFORMED, "MCOA-MALFORMED", "mcoa.expert.mcoa_malformed", MIPX_SEV_ERROR, MIPX_SCOPE_MESSAGE, "5.3.1",
	      "a CoAINFO or BID option of a wrong length, or a truncated mobility message"),
	CHECK(MIPX_MCOA_COAINFO_LEN2, "MCOA-COAINFO-LEN2", "mcoa.expert.mcoa_coainfo_len2", MIPX_SEV_INFO, MIPX_SCOPE_MESSAGE, "5.3.1",
	      "CoAINFO written in the draft's literal 2-octet form"),
	CHECK(MIPX_MCOA_RESERVED, "MCOA-RESERVED", "mcoa.expert.mcoa_reserved", MIPX_SEV_INFO, MIPX_SCOPE_MESSAGE, "5.3.1",
	      "a reserved field is not zero"),
	CHECK(MIPX_MCOA_MH_LEN, "MCOA-MH-LEN", "mcoa.expert.mcoa_mh_len", MIPX_SEV_WARNING, MIPX_SCOPE_MESSAGE, "RFC 6275 6.1.1, 9.2",
	      "the Mobility Header's Header Len is shorter than its message type's fixed part"),
	CHECK(MIPX_MCOA_MH_CHECKSUM, "MCOA-MH-CHECKSUM", "mcoa.expert.mcoa_mh_checksum", MIPX_SEV_WARNING, MIPX_SCOPE_MESSAGE, "RFC 6275 6.1.1, 9.2",
	      "a Mobility Header's checksum is wrong: its receiver discards it silently"),

	CHECK(MIPX_CAPTURE_CUT, "CAPTURE-CUT", "mipx.expert.capture_cut", MIPX_SEV_INFO, MIPX_SCOPE_STATE, "pcap snaplen",
	      "frames of this capture were cut by its snap length: their messages are judged on what was captured"),
	CHECK(MIPX_CAPTURE_CHECKSUM_OFFLOAD, "CAPTURE-CHECKSUM-OFFLOAD", "mipx.expert.capture_checksum_offload", MIPX_SEV_INFO, MIPX_SCOPE_STATE, "checksum offload",
	      "a sender's checksums are not verifiable: zero or the pseudo-header sum only, as a capture on a host that leaves them to its NIC shows them"),
};

const struct mipx_check_info *mipx_check_info(enum mipx_check_id id)
{
	if ((unsigned)id >= MIPX_CHECK_COUNT)
		return NULL;
	return &catalog[id];
}

int mipx_check_by_name(const char *name)
{
	if (!name)
		return -1;
	for (int i = 0; i < MIPX_CHECK_COUNT; i++)
		if (strcasecmp(catalog[i].name, name) == 0)
			return i;
	return -1;
}

const char *mipx_severity_name(enum mipx_severity severity)
{
	switch (severity) {
	case MIPX_SEV_INFO:
		return "info";
	case MIPX_SEV_WARNING:
		return "warning";
	case MIPX_SEV_ERROR:
		return "error";
	}
	return "unknown";
}

bool mipx_severity_parse(const char *text, enum mipx_severity *out)
{
	static const enum mipx_severity all[] = { MIPX_SEV_INFO, MIPX_SEV_WARNING, MIPX_SEV_ERROR };
	for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) {
		if (text && strcasecmp(text, mipx_severity_name(all[i])) == 0) {
			*out = all[i];
			return true;
		}
	}
	return false;
}
