/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * DREMIP fault captures: each breaks one rule of the draft on top of the
 * good exchange, so that the finding it shows stands out.
 */
#include <string.h>

#include "dremip.h"

#define KEYS "args --keys samples/captures/keys.txt\n"
#define SEC 1000000u
#define MS 1000u

static const struct mipx_rs_entry adv_rs2_rs1[] = {
	{ IP4(10, 2, 0, 10), 1, 1800 },
	{ IP4(10, 1, 0, 10), 2, 0xffff },
};

static void local_reg(struct scen *s, struct dr_reg *r, uint16_t lt)
{
	dr_reg_init(r, s, &DR_MN, &DR_FA1, &DR_RS2, &DR_CA1, DR_FA1.v4, DR_CA1.v4, lt);
	r->spi_mn_registrar = SPI_MN_RS2;
	r->spi_relay = SPI_FA_RS2;
	r->spi_agent = SPI_CA1_RS2;
}

static void home_reg(struct scen *s, struct dr_reg *r, uint32_t child, uint16_t lt)
{
	dr_reg_init(r, s, &DR_MN, &DR_RS2, &DR_RS1, &DR_HA, child, DR_HA.v4, lt);
	r->spi_mn_registrar = SPI_MN_RS1;
	r->spi_mn_relay = SPI_MN_RS2;
	r->spi_relay = SPI_RS2_RS1;
	r->spi_agent = SPI_HA_RS1;
	r->wan_delay = 11800;
}

static void start(struct scen *s)
{
	dr_advertise(s, &DR_FA1, 1, 2, adv_rs2_rs1);
	scen_wait(s, 180 * MS);
}

/* Local, then home: one of them altered by `tweak`. */
static void chain(struct scen *s, uint16_t lt_local, uint16_t lt_home,
		  void (*tweak_local)(struct dr_reg *), void (*tweak_home)(struct dr_reg *))
{
	struct dr_reg r;

	start(s);
	local_reg(s, &r, lt_local);
	if (tweak_local)
		tweak_local(&r);
	dr_register(s, &r);
	scen_wait(s, 45 * MS);
	home_reg(s, &r, DR_CA1.v4, lt_home);
	if (tweak_home)
		tweak_home(&r);
	dr_register(s, &r);
}

static void run_lt_order(struct scen *s) { chain(s, 3600, 600, NULL, NULL); }

static void grant_more(struct dr_reg *r) { r->granted = 900; }
static void run_lt_reply(struct scen *s) { chain(s, 600, 3600, grant_more, NULL); }

static void route_more(struct dr_reg *r) { r->route_granted = 900; }
static void run_lt_route(struct scen *s) { chain(s, 600, 3600, route_more, NULL); }

static void route_short(struct dr_reg *r) { r->route_lifetime = r->route_granted = 300; }
static void run_route_copy(struct scen *s) { chain(s, 600, 3600, route_short, NULL); }

static void route_forever(struct dr_reg *r) { r->route_lifetime = r->route_granted = 0xffff; }
static void run_lt_tunnel(struct scen *s) { chain(s, 600, 3600, route_forever, NULL); }

static void wrong_id(struct dr_reg *r) { r->route_wrong_id = true; }
static void run_route_id(struct scen *s) { chain(s, 600, 3600, wrong_id, NULL); }

static void no_auth(struct dr_reg *r) { r->route_no_auth = true; }
static void run_auth_missing(struct scen *s) { chain(s, 600, 3600, no_auth, NULL); }

static void no_ss(struct dr_reg *r) { r->relay_no_ss = true; }
static void run_auth_relay(struct scen *s) { chain(s, 600, 3600, NULL, no_ss); }

static void early(struct dr_reg *r) { r->reply_before_route = true; }
static void run_reply_before_route(struct scen *s) { chain(s, 600, 3600, early, NULL); }

static void run_coa_missing(struct scen *s)
{
	struct dr_reg r;

	start(s);
	local_reg(s, &r, 600);
	r.no_coa_ext = true;
	dr_register(s, &r);
}

/* The mobile node's Mobile-Server authenticator is spoiled on every copy. */
static void run_auth_bad(struct scen *s)
{
	struct dr_reg r;

	start(s);
	s->corrupt_spi = SPI_MN_RS2;
	local_reg(s, &r, 600);
	dr_register(s, &r);
	s->corrupt_spi = 0;
	scen_wait(s, 45 * MS);
	home_reg(s, &r, DR_CA1.v4, 3600);
	dr_register(s, &r);
}

/* RS2 stays silent: three tries, 3 s apart, each a new identification. */
static void run_no_reply(struct scen *s)
{
	struct dr_reg r;

	start(s);
	for (int i = 0; i < 3; i++) {
		local_reg(s, &r, 600);
		r.no_reply = true;
		dr_register(s, &r);
		scen_wait(s, 3 * SEC);
	}
}

/* After a good chain, a denial for an identification nobody sent. */
static void run_orphan_reply(struct scen *s)
{
	struct mipx_mip4_msg m;

	chain(s, 600, 3600, NULL, NULL);
	scen_wait(s, 4 * SEC);
	mip4_reg_reply(&m, 65, 0, DR_MN.v4, DR_RS2.v4, 0xe90b3a2f00001111ull);
	mip4_add_auth(&m, MIPX_EXT_MOBILE_SERVER_AUTH, SPI_MN_RS2);
	mip4_add_auth(&m, MIPX_EXT_AGENT_SERVER_AUTH, SPI_FA_RS2);
	send_mip4(s, &DR_RS2, &DR_FA1, MIPX_MIP4_UDP_PORT, DR_FA1.port, &m);
}

/* RS2 disables the local route while both registrations still stand. */
static void run_tunnel_gap(struct scen *s)
{
	chain(s, 600, 3600, NULL, NULL);
	scen_wait(s, 30 * SEC);
	dr_route(s, &DR_RS2, &DR_CA1, SPI_CA1_RS2, 0, 0, DR_MN.v4, DR_FA1.v4,
		 gen_ntp_ident(s, 0x77u));
}

/* Three levels, then RS2 wrongly routes COA1 back to COA2: COA2 -> COA1 -> COA2. */
static void run_tunnel_loop(struct scen *s)
{
	static const struct mipx_rs_ext rs3 = {
		.lifetime = 1800, .count = 1, .entry = { { IP4(10, 3, 0, 10), 1, 0xffff } },
	};
	struct dr_reg r;

	start(s);
	local_reg(s, &r, 600);
	r.reply_rs = &rs3;
	dr_register(s, &r);
	scen_wait(s, 35 * MS);
	dr_transit_then_home(s);
	scen_wait(s, 2 * SEC);
	dr_route(s, &DR_RS2, &DR_CA1, SPI_CA1_RS2, 600, 600, DR_MN.v4, DR_CA2.v4,
		 gen_ntp_ident(s, 0x99u));
}

/* The advertisement says RS2 takes no more nodes; the node uses it anyway. */
static void run_rs_withdrawn(struct scen *s)
{
	static const struct mipx_rs_entry gone[] = {
		{ IP4(10, 2, 0, 10), 1, 0 },
		{ IP4(10, 2, 0, 11), 2, 1800 },
		{ IP4(10, 1, 0, 10), 3, 0xffff },
	};
	struct dr_reg r;

	dr_advertise(s, &DR_FA1, 12, 3, gone);
	scen_wait(s, 230 * MS);
	local_reg(s, &r, 600);
	dr_register(s, &r);
	scen_wait(s, 45 * MS);
	home_reg(s, &r, DR_CA1.v4, 3600);
	dr_register(s, &r);
}

/* Re-registering with RS2 while bound, RS2 hands out COA3 instead of COA1
 * (6.2 wants the old one); the node re-registers at home with COA3. */
static void run_coa_unstable(struct scen *s)
{
	struct dr_reg r;

	chain(s, 600, 3600, NULL, NULL);
	scen_wait(s, 300 * SEC);
	dr_reg_init(&r, s, &DR_MN, &DR_FA1, &DR_RS2, &DR_CA3, DR_FA1.v4, DR_CA3.v4, 600);
	r.spi_mn_registrar = SPI_MN_RS2;
	r.spi_relay = SPI_FA_RS2;
	r.spi_agent = SPI_CA3_RS2;
	dr_register(s, &r);
	scen_wait(s, 20 * MS);
	dr_route(s, &DR_RS2, &DR_CA1, SPI_CA1_RS2, 0, 0, DR_MN.v4, DR_FA1.v4,
		 gen_ntp_ident(s, 0x31u));
	scen_wait(s, 40 * MS);
	home_reg(s, &r, DR_CA3.v4, 3600);
	dr_register(s, &r);
	scen_wait(s, 20 * MS);
	dr_route(s, &DR_RS1, &DR_HA, SPI_HA_RS1, 0, 0, DR_MN.v4, DR_CA1.v4,
		 gen_ntp_ident(s, 0x32u));
}

/* A home request relayed by RS2 for a node RS2 never registered locally. */
static void run_relay_unbound(struct scen *s)
{
	struct dr_reg r;

	start(s);
	home_reg(s, &r, DR_CA1.v4, 3600);
	dr_register(s, &r);
}

/* Local done, the home server denies: no complete chain remains. */
static void run_chain_incomplete(struct scen *s)
{
	struct dr_reg r;

	start(s);
	local_reg(s, &r, 600);
	dr_register(s, &r);
	scen_wait(s, 45 * MS);
	home_reg(s, &r, DR_CA1.v4, 3600);
	r.code = 65; /* administratively prohibited */
	r.granted = 0;
	r.agent = NULL;
	dr_register(s, &r);
}

/* An R-clear (RFC 3344) request answered with a Care-of Address extension. */
static void run_rbit_mix(struct scen *s)
{
	struct dr_reg r;

	dr_advertise(s, &DR_FA_PLAIN, 40, 0, NULL);
	scen_wait(s, 150 * MS);
	dr_reg_init(&r, s, &DR_MN, &DR_FA_PLAIN, &DR_HA, NULL, DR_FA_PLAIN.v4, DR_HA.v4, 1800);
	r.rfc3344 = true;
	r.spi_mn_registrar = SPI_MN_HA;
	r.reply_has_coa_ext = true;
	r.wan_delay = 14200;
	dr_register(s, &r);
}

/*
 * Three messages that do not parse: a Route Request whose UDP payload ends
 * inside the fixed part, a reply whose extension 82 says length 4, a reply
 * whose extension 81 says length 5 (not 2 + 8N).  Before them a request
 * cut by the capture's snap length: not malformed (CAPTURE-CUT), and
 * modelled from its fixed part, so unanswered (DRM-NO-REPLY).
 */
static void run_malformed(struct scen *s)
{
	struct mipx_mip4_msg m;
	uint8_t buf[512];
	size_t len;
	uint64_t id;

	start(s);
	id = gen_ntp_ident(s, DR_MN.v4);
	mip4_reg_request(&m, MIPX_REG_FLAG_R, 600, DR_MN.v4, DR_RS2.v4, DR_FA1.v4, id);
	mip4_add_auth(&m, MIPX_EXT_MOBILE_SERVER_AUTH, SPI_MN_RS2);
	if (mip4_build(s, &m, buf, sizeof buf, &len))
		send_udp(s, &DR_MN, &DR_FA1, DR_MN.port, MIPX_MIP4_UDP_PORT, buf, len, 12);
	scen_wait(s, 2 * SEC);

	mip4_route(&m, MIPX_MIP4_ROUTE_REQUEST, 0, 600, DR_MN.v4, DR_FA1.v4, id + 0x40);
	mip4_add_auth(&m, MIPX_EXT_AGENT_SERVER_AUTH, SPI_CA1_RS2);
	if (mip4_build(s, &m, buf, sizeof buf, &len))
		send_udp(s, &DR_RS2, &DR_CA1, DR_RS2.port, MIPX_MIP4_UDP_PORT, buf, 18, 0);
	scen_wait(s, 1 * SEC);

	/* Fixed part is 20 octets; 82 comes first, its length octet at 21. */
	mip4_reg_reply(&m, 0, 600, DR_MN.v4, DR_RS2.v4, id);
	mip4_add_coa(&m, DR_CA1.v4);
	mip4_add_auth(&m, MIPX_EXT_MOBILE_SERVER_AUTH, SPI_MN_RS2);
	if (mip4_build(s, &m, buf, sizeof buf, &len)) {
		buf[MIPX_MIP4_REG_REPLY_LEN + 1] = 4;
		send_udp(s, &DR_FA1, &DR_MN, MIPX_MIP4_UDP_PORT, DR_MN.port, buf, len, 0);
	}
	scen_wait(s, 1 * SEC);

	static const struct mipx_rs_entry rs3[] = { { IP4(10, 3, 0, 10), 1, 0xffff } };
	mip4_reg_reply(&m, 67, 0, DR_MN.v4, DR_RS1.v4, id + 1);
	mip4_add_rs(&m, 1800, 1, rs3);
	mip4_add_auth(&m, MIPX_EXT_MOBILE_SERVER_AUTH, SPI_MN_RS2);
	if (mip4_build(s, &m, buf, sizeof buf, &len)) {
		buf[MIPX_MIP4_REG_REPLY_LEN + 1] = 5;
		send_udp(s, &DR_RS2, &DR_MN, MIPX_MIP4_UDP_PORT, DR_MN.port, buf, len, 0);
	}
}

#define F(file, lt, run, text) { file, CAP_PCAP, lt, run, text }

const struct scenario gen_dremip_fault_scenarios[] = {
	F("dremip-fault-lt-order.pcap", MIPX_DLT_EN10MB, run_lt_order,
	  "# local registration 3600 s, home 600 s: 2.8 wants local <= home\n" KEYS
	  "finding DRM-LT-ORDER\nexit 1\n"),
	F("dremip-fault-lt-reply.pcap", MIPX_DLT_EN10MB, run_lt_reply,
	  "# RS2 grants 900 s to a 600 s request\n" KEYS "finding DRM-LT-REPLY\nexit 1\n"),
	F("dremip-fault-lt-route.pcap", MIPX_DLT_EN10MB, run_lt_route,
	  "# CA1's Route Reply grants 900 s to a 600 s Route Request (3.5)\n" KEYS
	  "finding DRM-LT-ROUTE\nexit 1\n"),
	F("dremip-fault-route-copy.pcap", MIPX_DLT_LINUX_SLL, run_route_copy,
	  "# RS2 asks CA1 for 300 s for a 600 s registration (6.4: copy the lifetime)\n" KEYS
	  "finding DRM-LT-ROUTE-COPY\nexit 0\n"),
	F("dremip-fault-lt-tunnel.pcap", MIPX_DLT_LINUX_SLL, run_lt_tunnel,
	  "# the local tunnel is granted infinity for a 600 s registration (6.5)\n" KEYS
	  "finding DRM-LT-TUNNEL\nfinding DRM-LT-ROUTE-COPY\nexit 0\n"),
	F("dremip-fault-route-id.pcap", MIPX_DLT_EN10MB, run_route_id,
	  "# CA1's Route Reply carries an identification whose low 32 bits differ\n" KEYS
	  "finding DRM-ID-ROUTE\nexit 1\n"),
	F("dremip-fault-coa-missing.pcap", MIPX_DLT_EN10MB, run_coa_missing,
	  "# RS2 accepts the R-bit request without a Care-of Address extension (3.3)\n" KEYS
	  "finding DRM-COA-EXT-MISSING\nexit 1\n"),
	F("dremip-fault-auth-missing.pcap", MIPX_DLT_RAW, run_auth_missing,
	  "# Route Request and Route Reply without Agent-Server authentication\n" KEYS
	  "finding DRM-AUTH-MISSING 2\nexit 1\n"),
	F("dremip-fault-auth-bad.pcap", MIPX_DLT_EN10MB, run_auth_bad,
	  "# the Mobile-Server authenticator for SPI 0x100 does not verify\n" KEYS
	  "finding DRM-AUTH-BAD\nexit 1\n"),
	F("dremip-fault-no-reply.pcap", MIPX_DLT_EN10MB, run_no_reply,
	  "# three local requests relayed to RS2, none answered\n" KEYS
	  "finding DRM-NO-REPLY 3\nexit 0\n"),
	F("dremip-fault-orphan-reply.pcap", MIPX_DLT_EN10MB, run_orphan_reply,
	  "# a good chain, then a Registration Reply (65) for an identification never requested\n"
	  KEYS "finding DRM-ORPHAN-REPLY\nfinding DRM-LT-RELAY\nexit 0\n"),
	F("dremip-fault-tunnel-gap.pcap", MIPX_DLT_LINUX_SLL2, run_tunnel_gap,
	  "# RS2 disables CA1 -> FA1 while both registrations stand: HA -> COA1 leads nowhere\n"
	  KEYS "finding DRM-TUNNEL-GAP\nexit 1\n"),
	F("dremip-fault-tunnel-loop.pcap", MIPX_DLT_LINUX_SLL2, run_tunnel_loop,
	  "# three levels, then RS2 routes COA1 -> COA2 while RS3 routes COA2 -> COA1\n" KEYS
	  "finding DRM-TUNNEL-LOOP\nexit 1\n"),
	F("dremip-fault-rs-withdrawn.pcap", MIPX_DLT_EN10MB, run_rs_withdrawn,
	  "# RS2 is advertised with lifetime 0 but the node registers with it\n" KEYS
	  "finding DRM-RS-WITHDRAWN\nexit 0\n"),
	F("dremip-fault-coa-unstable.pcap", MIPX_DLT_EN10MB, run_coa_unstable,
	  "# re-registering with RS2 while bound yields COA3 instead of COA1 (6.2)\n" KEYS
	  "finding DRM-COA-UNSTABLE\nexit 0\n"),
	F("dremip-fault-auth-relay.pcap", MIPX_DLT_EN10MB, run_auth_relay,
	  "# RS2 relays the home request to RS1 without Server-Server authentication\n" KEYS
	  "finding DRM-AUTH-RELAY\nexit 0\n"),
	F("dremip-fault-relay-unbound.pcap", MIPX_DLT_EN10MB, run_relay_unbound,
	  "# RS2 relays a home request for a node it holds no local binding for (6.3)\n" KEYS
	  "finding DRM-RELAY-UNBOUND\nexit 1\n"),
	F("dremip-fault-reply-before-route.pcap", MIPX_DLT_EN10MB, run_reply_before_route,
	  "# RS2 accepts before CA1's Route Reply arrives (6.2)\n" KEYS
	  "finding DRM-REPLY-BEFORE-ROUTE\nexit 0\n"),
	F("dremip-fault-chain-incomplete.pcap", MIPX_DLT_EN10MB, run_chain_incomplete,
	  "# local registration accepted, home registration denied (65)\n" KEYS
	  "finding DRM-CHAIN-INCOMPLETE\nexit 0\n"),
	F("dremip-fault-rbit-mix.pcap", MIPX_DLT_RAW, run_rbit_mix,
	  "# an R-clear request answered with a Care-of Address extension (2.9, D.4)\n" KEYS
	  "finding DRM-RBIT-MIX\nexit 0\n"),
	F("dremip-fault-malformed.pcap", MIPX_DLT_EN10MB, run_malformed,
	  "# Route Request ending in its fixed part, extension 82 of length 4,\n"
	  "# extension 81 of length 5; a request cut by the snap length is not\n"
	  "# malformed, and its fixed part shows it unanswered\n"
	  "finding DRM-MALFORMED 3\nfinding CAPTURE-CUT\nfinding DRM-NO-REPLY\nexit 1\n"),
	{ NULL, 0, 0, NULL, NULL },
};
