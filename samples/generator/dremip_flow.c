/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * One DREMIP registration as Appendix D walks it.  Who signs what:
 * the mobile node appends Mobile-Server authentication (84) for the
 * registrar and, when a server relays, for that server too (8.2); a foreign
 * agent relaying adds Agent-Server (83), a server relaying adds
 * Server-Server (85) (6.3); the registrar talks to the care-of agent with
 * Route Request/Reply ending in Agent-Server authentication (5.1, 6.4) and
 * answers only after the positive Route Reply (6.2); the relay strips its
 * own extension from the reply and, if it is a server, adds its 84 for the
 * mobile node.  RFC 3344 registrations (R bit clear, D.4) use MN-HA (32)
 * and MN-FA (33) instead and carry no DREMIP extension.
 */
#include <string.h>

#include "dremip.h"

#define N4(nm, a, b, c, d, p) { .name = nm, .v4 = IP4(a, b, c, d), .port = p }

const struct node DR_MN = N4("MN", 10, 1, 0, 55, 49812);
const struct node DR_MN_LEGACY = N4("MN-legacy", 10, 1, 0, 77, 50233);
const struct node DR_HA = N4("HA", 10, 1, 0, 1, 53101);
const struct node DR_RS1 = N4("RS1", 10, 1, 0, 10, 52010);
const struct node DR_FA_HOME = N4("FA-home", 10, 1, 2, 1, 51021);
const struct node DR_RS2 = N4("RS2", 10, 2, 0, 10, 52020);
const struct node DR_RS5 = N4("RS5", 10, 2, 0, 11, 52025);
const struct node DR_FA1 = N4("FA1", 10, 2, 1, 1, 51211);
const struct node DR_FA2 = N4("FA2", 10, 2, 2, 1, 51221);
const struct node DR_CA1 = N4("CA1", 10, 2, 3, 1, 53231);
const struct node DR_CA3 = N4("CA3", 10, 2, 3, 2, 53232);
const struct node DR_RS3 = N4("RS3", 10, 3, 0, 10, 52030);
const struct node DR_CA2 = N4("CA2", 10, 3, 3, 1, 53331);
const struct node DR_RS4 = N4("RS4", 10, 4, 0, 10, 52040);
const struct node DR_FA4 = N4("FA4", 10, 4, 1, 1, 51411);
const struct node DR_FA_PLAIN = N4("FA-plain", 192, 0, 2, 1, 51921);

void dr_reg_init(struct dr_reg *r, struct scen *s, const struct node *mn,
		 const struct node *relay, const struct node *registrar,
		 const struct node *agent, uint32_t child, uint32_t parent, uint16_t lt)
{
	memset(r, 0, sizeof *r);
	r->mn = mn;
	r->relay = relay;
	r->registrar = registrar;
	r->agent = agent;
	r->child_coa = child;
	r->parent_coa = parent;
	r->lifetime = r->granted = r->route_lifetime = r->route_granted = lt;
	r->ident = gen_ntp_ident(s, mn->v4);
	/* The registrar numbers its own Route Requests (3.4). */
	r->route_ident = gen_ntp_ident(s, registrar->v4 ^ 0x0000a5a5u) + 0x100;
}

static uint16_t mip4_port = MIPX_MIP4_UDP_PORT;

static void route_reply(struct scen *s, const struct dr_reg *r)
{
	struct mipx_mip4_msg m;
	uint64_t id = r->route_ident;

	if (r->route_wrong_id)
		id ^= 0x13572468u; /* low 32 bits no longer match (6.5) */
	mip4_route(&m, MIPX_MIP4_ROUTE_REPLY, MIPX_ROUTE_ADDED, r->route_granted,
		   r->mn->v4, r->child_coa, id);
	if (!r->route_no_auth)
		mip4_add_auth(&m, MIPX_EXT_AGENT_SERVER_AUTH, r->spi_agent);
	send_mip4(s, r->agent, r->registrar, mip4_port, r->registrar->port, &m);
}

static void reg_reply(struct scen *s, const struct dr_reg *r)
{
	struct mipx_mip4_msg m;
	bool accepted = r->code <= 1;

	mip4_reg_reply(&m, r->code, r->granted, r->mn->v4, r->registrar->v4, r->ident);
	if ((accepted && !r->rfc3344 && !r->no_coa_ext) || r->reply_has_coa_ext)
		mip4_add_coa(&m, r->parent_coa);
	if (r->reply_rs)
		mip4_add_rs(&m, r->reply_rs->lifetime, r->reply_rs->count, r->reply_rs->entry);
	mip4_add_auth(&m, r->rfc3344 ? MIPX_EXT_MN_HA_AUTH : MIPX_EXT_MOBILE_SERVER_AUTH,
		      r->spi_mn_registrar);
	if (!r->relay) {
		send_mip4(s, r->registrar, r->mn, mip4_port, r->mn->port, &m);
		return;
	}
	bool has_relay_auth = r->spi_relay && !r->relay_no_ss;
	if (has_relay_auth)
		mip4_add_auth(&m, r->spi_mn_relay ? MIPX_EXT_SERVER_SERVER_AUTH
						  : MIPX_EXT_AGENT_SERVER_AUTH, r->spi_relay);
	send_mip4(s, r->registrar, r->relay, mip4_port, r->relay->port, &m);
	scen_wait(s, r->wan_delay + 350);
	if (has_relay_auth)
		mip4_drop_last_ext(&m);
	if (r->spi_mn_relay)
		mip4_add_auth(&m, MIPX_EXT_MOBILE_SERVER_AUTH, r->spi_mn_relay);
	if (r->rfc3344 && r->spi_mn_fa)
		mip4_add_auth(&m, MIPX_EXT_MN_FA_AUTH, r->spi_mn_fa);
	send_mip4(s, r->relay, r->mn, mip4_port, r->mn->port, &m);
}

void dr_register(struct scen *s, const struct dr_reg *r)
{
	struct mipx_mip4_msg m;
	uint8_t flags = r->rfc3344 ? 0 : MIPX_REG_FLAG_R;
	const struct node *first = r->relay ? r->relay : r->registrar;

	if (r->reserved_bits)
		flags |= MIPX_REG_FLAG_X;
	mip4_reg_request(&m, flags, r->lifetime, r->mn->v4, r->registrar->v4,
			 r->child_coa, r->ident);
	if (r->nai_vendor) {
		/* an operator's profile: the NAI and a vendor blob before the
		 * authenticator that covers them (RFC 3344 3.5.2) */
		static uint8_t blob[400];
		for (unsigned i = 0; i < sizeof blob; i++)
			blob[i] = (uint8_t)(i * 37 + 11);
		mip4_add_nai(&m, "mn55@home.example.net");
		mip4_add_nvse(&m, 3561, 1, blob, sizeof blob - 160);
		mip4_add_nvse(&m, 3561, 2, blob + 240, 160);
	}
	if (r->rfc3344) {
		mip4_add_auth(&m, MIPX_EXT_MN_HA_AUTH, r->spi_mn_registrar);
		if (r->spi_mn_fa)
			mip4_add_auth(&m, MIPX_EXT_MN_FA_AUTH, r->spi_mn_fa);
	} else {
		mip4_add_auth(&m, MIPX_EXT_MOBILE_SERVER_AUTH, r->spi_mn_registrar);
		if (r->spi_mn_relay)
			mip4_add_auth(&m, MIPX_EXT_MOBILE_SERVER_AUTH, r->spi_mn_relay);
	}
	send_mip4(s, r->mn, first, r->mn->port, mip4_port, &m);

	if (r->relay) {
		scen_wait(s, 420);
		/* RFC 3344 3.7.2: the foreign agent removes the MN-FA extension. */
		if (r->rfc3344 && r->spi_mn_fa)
			mip4_drop_last_ext(&m);
		if (r->spi_relay && !r->relay_no_ss)
			mip4_add_auth(&m, r->spi_mn_relay ? MIPX_EXT_SERVER_SERVER_AUTH
							  : MIPX_EXT_AGENT_SERVER_AUTH,
				      r->spi_relay);
		send_mip4(s, r->relay, r->registrar, r->relay->port, mip4_port, &m);
		scen_wait(s, r->wan_delay);
	}
	if (r->no_reply)
		return;

	if (r->agent) {
		struct mipx_mip4_msg q;

		scen_wait(s, 650);
		mip4_route(&q, MIPX_MIP4_ROUTE_REQUEST, r->reserved_bits ? 0x40 : 0,
			   r->route_lifetime, r->mn->v4, r->child_coa, r->route_ident);
		if (!r->route_no_auth)
			mip4_add_auth(&q, MIPX_EXT_AGENT_SERVER_AUTH, r->spi_agent);
		send_mip4(s, r->registrar, r->agent, r->registrar->port, mip4_port, &q);
		if (!r->no_route_reply && !r->reply_before_route) {
			scen_wait(s, 1250);
			route_reply(s, r);
		}
	}
	scen_wait(s, 300);
	reg_reply(s, r);
	if (r->agent && r->reply_before_route && !r->no_route_reply) {
		scen_wait(s, 900);
		route_reply(s, r);
	}
}

void dr_route(struct scen *s, const struct node *registrar, const struct node *agent,
	      uint32_t spi, uint16_t lifetime, uint16_t granted, uint32_t destination,
	      uint32_t next_hop, uint64_t ident)
{
	struct mipx_mip4_msg m;

	mip4_route(&m, MIPX_MIP4_ROUTE_REQUEST, 0, lifetime, destination, next_hop, ident);
	mip4_add_auth(&m, MIPX_EXT_AGENT_SERVER_AUTH, spi);
	send_mip4(s, registrar, agent, registrar->port, mip4_port, &m);
	scen_wait(s, 1250);
	mip4_route(&m, MIPX_MIP4_ROUTE_REPLY, MIPX_ROUTE_ADDED, granted, destination,
		   next_hop, ident);
	mip4_add_auth(&m, MIPX_EXT_AGENT_SERVER_AUTH, spi);
	send_mip4(s, agent, registrar, mip4_port, registrar->port, &m);
}

void dr_advertise(struct scen *s, const struct node *fa, uint16_t seq, unsigned n,
		  const struct mipx_rs_entry *servers)
{
	struct mipx_rs_ext rs;

	memset(&rs, 0, sizeof rs);
	rs.lifetime = 1800;
	rs.count = (uint8_t)n;
	if (n)
		memcpy(rs.entry, servers, n * sizeof *servers);
	send_adv(s, fa, seq, 600, n ? &rs : NULL);
}

/* D.1.1: through the foreign agent to the local server RS2, parent COA1. */
void dr_local(struct scen *s, const struct node *fa, uint16_t lt, uint64_t salt)
{
	struct dr_reg r;

	dr_reg_init(&r, s, &DR_MN, fa, &DR_RS2, &DR_CA1, fa->v4, DR_CA1.v4, lt);
	r.ident += salt;
	r.spi_mn_registrar = SPI_MN_RS2;
	r.spi_relay = SPI_FA_RS2;
	r.spi_agent = SPI_CA1_RS2;
	dr_register(s, &r);
}

/* D.1.2: via RS2 to the home server RS1; the home agent is the parent. */
void dr_home_via_rs2(struct scen *s, uint16_t lt, uint64_t salt)
{
	struct dr_reg r;

	dr_reg_init(&r, s, &DR_MN, &DR_RS2, &DR_RS1, &DR_HA, DR_CA1.v4, DR_HA.v4, lt);
	r.ident += salt;
	r.spi_mn_registrar = SPI_MN_RS1;
	r.spi_mn_relay = SPI_MN_RS2;
	r.spi_relay = SPI_RS2_RS1;
	r.spi_agent = SPI_HA_RS1;
	r.wan_delay = 11800;
	dr_register(s, &r);
}
