/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The DREMIP world of the samples (draft Appendix D's cast) and one
 * registration exchange as the draft walks it: mobile node -> binding relay
 * -> binding registrar, the registrar's Route Request/Reply with the care-of
 * agent (6.2, 6.4), then the reply back down with the Care-of Address
 * extension (3.3).  Knobs break one rule at a time for the fault captures.
 */
#ifndef MIPX_SAMPLES_DREMIP_H
#define MIPX_SAMPLES_DREMIP_H

#include "gen.h"

#define IP4(a, b, c, d) (((uint32_t)(a) << 24) | ((uint32_t)(b) << 16) | ((uint32_t)(c) << 8) | (uint32_t)(d))

/* Home domain 10.1/16, foreign domain 10.2/16 (RS2), transit 10.3/16 (RS3),
 * second foreign domain 10.4/16 (RS4), a plain RFC 3344 network 192.0.2/24. */
extern const struct node DR_MN, DR_MN_LEGACY, DR_HA, DR_RS1, DR_FA_HOME;
extern const struct node DR_RS2, DR_RS5, DR_FA1, DR_FA2, DR_CA1, DR_CA3;
extern const struct node DR_RS3, DR_CA2, DR_RS4, DR_FA4, DR_FA_PLAIN;

struct dr_reg {
	const struct node *mn;
	const struct node *relay;     /* foreign agent or local server; NULL: direct */
	const struct node *registrar; /* binding registrar: a server or the home agent */
	const struct node *agent;     /* care-of agent of the Route Request; NULL: none */
	bool rfc3344;                 /* R bit clear, MN-HA auth, no DREMIP extensions */
	uint32_t child_coa, parent_coa;
	uint16_t lifetime;            /* requested */
	uint16_t granted;             /* in the reply */
	uint16_t route_lifetime, route_granted;
	uint8_t code;                 /* registration reply code */
	uint32_t spi_mn_registrar;    /* 84 (or 32 for RFC 3344) MN - registrar */
	uint32_t spi_mn_relay;        /* 84 MN - relaying server (relay is a server) */
	uint32_t spi_mn_fa;           /* 33 MN - FA (RFC 3344), 0: none */
	uint32_t spi_relay;           /* 83 FA - server or 85 server - server */
	uint32_t spi_agent;           /* 83 registrar - care-of agent */
	uint64_t ident;
	uint64_t route_ident;
	uint32_t wan_delay;           /* extra one-way delay relay <-> registrar (us) */
	/* faults */
	bool no_coa_ext, route_no_auth, reply_before_route, no_reply, no_route_reply;
	bool relay_no_ss, route_wrong_id, reply_has_coa_ext, reserved_bits;
	const struct mipx_rs_ext *reply_rs; /* 81 in the reply (67 bounce) */
	bool nai_vendor;              /* request with NAI (131) and NVSE (134), RFC 2794/3115 */
};

/* Fill the defaults for a registration of lifetime lt. */
void dr_reg_init(struct dr_reg *r, struct scen *s, const struct node *mn,
		 const struct node *relay, const struct node *registrar,
		 const struct node *agent, uint32_t child, uint32_t parent, uint16_t lt);
void dr_register(struct scen *s, const struct dr_reg *r);
/* D.2's transit leg through RS2 to RS3, then the home leg through RS3 to RS1. */
void dr_transit_then_home(struct scen *s);
/* A registrar's Route Request/Reply pair on its own (disable, refresh). */
void dr_route(struct scen *s, const struct node *registrar, const struct node *agent,
	      uint32_t spi, uint16_t lifetime, uint16_t granted, uint32_t destination,
	      uint32_t next_hop, uint64_t ident);
/* Advertisement of an agent with the given servers (extension 81). */
void dr_advertise(struct scen *s, const struct node *fa, uint16_t seq, unsigned n,
		  const struct mipx_rs_entry *servers);

/* The usual pieces of Appendix D, on the default cast. */
void dr_local(struct scen *s, const struct node *fa, uint16_t lt, uint64_t salt);
void dr_home_via_rs2(struct scen *s, uint16_t lt, uint64_t salt);

#endif
