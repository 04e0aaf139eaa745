/* SPDX-License-Identifier: GPL-2.0-or-later */
/* The DREMIP captures that follow the draft (Appendix D and sections 2-8). */
#include <string.h>

#include "dremip.h"

#define KEYS "args --keys samples/captures/keys.txt\n"
#define SEC 1000000u
#define MS 1000u

static const struct mipx_rs_entry adv_rs2_rs1[] = {
	{ IP4(10, 2, 0, 10), 1, 1800 },
	{ IP4(10, 1, 0, 10), 2, 0xffff },
};

/* D.1.1 then D.1.2: a complete two-level chain FA1 <- COA1 <- HA. */
static void run_local(struct scen *s)
{
	dr_advertise(s, &DR_FA1, 1, 2, adv_rs2_rs1);
	scen_wait(s, 180 * MS);
	dr_local(s, &DR_FA1, 600, 0);
	scen_wait(s, 45 * MS);
	dr_home_via_rs2(s, 3600, 0);
}

static const struct mipx_rs_ext rs3_only = {
	.lifetime = 1800, .count = 1, .entry = { { IP4(10, 3, 0, 10), 1, 0xffff } },
};

/* Local -> transit -> home (D.2.1, D.2.2), with or without RS2's bounce. */
static void three_level(struct scen *s, bool bounce)
{
	struct dr_reg r;

	dr_advertise(s, &DR_FA1, 7, 2, adv_rs2_rs1);
	scen_wait(s, 210 * MS);
	if (bounce) {
		dr_local(s, &DR_FA1, 600, 0);
		scen_wait(s, 40 * MS);
		/* D.2.1: RS2 has no security association with RS1 and answers 67
		 * with a Registration Server Extension naming RS3. */
		struct mipx_mip4_msg m;
		uint64_t id = gen_ntp_ident(s, DR_MN.v4) + 7;
		mip4_reg_request(&m, MIPX_REG_FLAG_R, 3600, DR_MN.v4, DR_RS1.v4, DR_CA1.v4, id);
		mip4_add_auth(&m, MIPX_EXT_MOBILE_SERVER_AUTH, SPI_MN_RS1);
		mip4_add_auth(&m, MIPX_EXT_MOBILE_SERVER_AUTH, SPI_MN_RS2);
		send_mip4(s, &DR_MN, &DR_RS2, DR_MN.port, MIPX_MIP4_UDP_PORT, &m);
		scen_wait(s, 700);
		mip4_reg_reply(&m, 67, 0, DR_MN.v4, DR_RS1.v4, id);
		mip4_add_rs(&m, rs3_only.lifetime, rs3_only.count, rs3_only.entry);
		/* Only RS2's own Mobile-Server authenticator: it cannot sign for RS1. */
		mip4_add_auth(&m, MIPX_EXT_MOBILE_SERVER_AUTH, SPI_MN_RS2);
		send_mip4(s, &DR_RS2, &DR_MN, MIPX_MIP4_UDP_PORT, DR_MN.port, &m);
	} else {
		/* 3.3: the local reply may already advise the transit server. */
		dr_reg_init(&r, s, &DR_MN, &DR_FA1, &DR_RS2, &DR_CA1, DR_FA1.v4, DR_CA1.v4, 600);
		r.spi_mn_registrar = SPI_MN_RS2;
		r.spi_relay = SPI_FA_RS2;
		r.spi_agent = SPI_CA1_RS2;
		r.reply_rs = &rs3_only;
		dr_register(s, &r);
	}
	scen_wait(s, 35 * MS);
	dr_transit_then_home(s);
}

static void run_transit(struct scen *s)
{
	s->vlan = 20;
	three_level(s, true);
}

static void run_three_level(struct scen *s)
{
	three_level(s, false);
}

/* In the home domain: a foreign agent there, the home server as registrar,
 * the home agent as the parent (8.1, 6.2 last paragraph). */
static void run_home(struct scen *s)
{
	static const struct mipx_rs_entry rs1[] = { { IP4(10, 1, 0, 10), 1, 0xffff } };
	struct dr_reg r;

	dr_advertise(s, &DR_FA_HOME, 3, 1, rs1);
	scen_wait(s, 320 * MS);
	dr_reg_init(&r, s, &DR_MN, &DR_FA_HOME, &DR_RS1, &DR_HA, DR_FA_HOME.v4, DR_HA.v4, 1800);
	r.spi_mn_registrar = SPI_MN_RS1;
	r.spi_relay = SPI_FA_RS1;
	r.spi_agent = SPI_HA_RS1;
	dr_register(s, &r);
}

/* D.4.1: a DREMIP node in a plain RFC 3344 network; D.4.2: a legacy node in
 * the DREMIP network ignores extension 81 and registers with R clear. */
static void run_rfc3344(struct scen *s)
{
	struct dr_reg r;

	dr_advertise(s, &DR_FA_PLAIN, 40, 0, NULL);
	scen_wait(s, 150 * MS);
	dr_reg_init(&r, s, &DR_MN, &DR_FA_PLAIN, &DR_HA, NULL, DR_FA_PLAIN.v4, 0, 1800);
	r.rfc3344 = true;
	r.spi_mn_registrar = SPI_MN_HA;
	r.wan_delay = 14200;
	dr_register(s, &r);
	scen_wait(s, 2 * SEC);
	dr_advertise(s, &DR_FA1, 8, 2, adv_rs2_rs1);
	scen_wait(s, 90 * MS);
	dr_reg_init(&r, s, &DR_MN_LEGACY, &DR_FA1, &DR_HA, NULL, DR_FA1.v4, 0, 1800);
	r.rfc3344 = true;
	r.spi_mn_registrar = SPI_MN_HA;
	r.spi_mn_fa = SPI_MN_FA;
	r.wan_delay = 12100;
	dr_register(s, &r);
}

/* Advertisements: several servers with priorities; RS5 then withdrawn. */
static void run_adv(struct scen *s)
{
	static const struct mipx_rs_entry three[] = {
		{ IP4(10, 2, 0, 10), 1, 1800 },
		{ IP4(10, 2, 0, 11), 2, 1800 },
		{ IP4(10, 1, 0, 10), 3, 0xffff },
	};
	static const struct mipx_rs_entry rs5_gone[] = {
		{ IP4(10, 2, 0, 10), 1, 1800 },
		{ IP4(10, 2, 0, 11), 2, 0 },
		{ IP4(10, 1, 0, 10), 3, 0xffff },
	};
	for (uint16_t seq = 0; seq < 3; seq++) {
		dr_advertise(s, &DR_FA1, (uint16_t)(100 + seq), 3, three);
		scen_wait(s, 400 * MS);
		dr_advertise(s, &DR_FA2, (uint16_t)(200 + seq), 1, three);
		scen_wait(s, 600 * MS);
	}
	for (uint16_t seq = 3; seq < 5; seq++) {
		dr_advertise(s, &DR_FA1, (uint16_t)(100 + seq), 3, rs5_gone);
		scen_wait(s, 1 * SEC);
	}
}

/* A move between foreign agents under the same server: only a local
 * registration, same parent COA1 (6.2), then the old local route disabled. */
static void run_handoff(struct scen *s)
{
	struct dr_reg r;

	run_local(s);
	scen_wait(s, 120 * SEC);
	dr_advertise(s, &DR_FA2, 31, 2, adv_rs2_rs1);
	scen_wait(s, 260 * MS);
	dr_reg_init(&r, s, &DR_MN, &DR_FA2, &DR_RS2, &DR_CA1, DR_FA2.v4, DR_CA1.v4, 600);
	r.spi_mn_registrar = SPI_MN_RS2;
	r.spi_relay = SPI_FA_RS2;
	r.spi_agent = SPI_CA1_RS2;
	dr_register(s, &r);
	scen_wait(s, 20 * MS);
	dr_route(s, &DR_RS2, &DR_CA1, SPI_CA1_RS2, 0, 0, DR_MN.v4, DR_FA1.v4,
		 gen_ntp_ident(s, 0x0a020003u));
}

/* Registered, then deregistered: home first, then local (lifetime 0), the
 * servers disabling their routes with lifetime 0. */
static void run_dereg(struct scen *s)
{
	run_local(s);
	scen_wait(s, 60 * SEC);
	dr_home_via_rs2(s, 0, 1);
	scen_wait(s, 50 * MS);
	dr_local(s, &DR_FA1, 0, 1);
}

static void run_vantage_fa(struct scen *s)
{
	run_local(s);
}

/* The same exchange seen from the core: the same messages (identifications
 * and authenticators included), stamped 180 us later, no link header. */
static void run_vantage_core(struct scen *s)
{
	s->ts_shift = 180;
	run_local(s);
}

static void run_reserved(struct scen *s)
{
	struct dr_reg r;

	dr_advertise(s, &DR_FA1, 1, 2, adv_rs2_rs1);
	scen_wait(s, 180 * MS);
	dr_reg_init(&r, s, &DR_MN, &DR_FA1, &DR_RS2, &DR_CA1, DR_FA1.v4, DR_CA1.v4, 600);
	r.spi_mn_registrar = SPI_MN_RS2;
	r.spi_relay = SPI_FA_RS2;
	r.spi_agent = SPI_CA1_RS2;
	r.reserved_bits = true;
	dr_register(s, &r);
	scen_wait(s, 45 * MS);
	dr_home_via_rs2(s, 3600, 0);
}

#define RELAY_NOTE "# RS2 relays a 3600 s home request over its own 600 s binding:\n" \
	"# 2.8 asks for exactly that, 6.3 frowns on it (info only)\n"

const struct scenario gen_dremip_scenarios[] = {
	{ "dremip-local.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_local,
	  "# D.1.1 local + D.1.2 home registration: chain FA1 <- COA1 <- HA\n" KEYS
	  RELAY_NOTE "finding DRM-LT-RELAY\nexit 0\n" },
	{ "dremip-transit.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_transit,
	  "# D.2: 67 bounce naming RS3, transit via RS2 to RS3, home via RS3 (VLAN 20)\n" KEYS
	  RELAY_NOTE "finding DRM-LT-RELAY\nexit 0\n" },
	{ "dremip-three-level.pcapng", CAP_PCAPNG, MIPX_DLT_LINUX_SLL2, run_three_level,
	  "# local -> transit -> home, the local reply advising RS3 (3.3)\n" KEYS
	  RELAY_NOTE "finding DRM-LT-RELAY\nexit 0\n" },
	{ "dremip-home.pcapng", CAP_PCAPNG, MIPX_DLT_LINUX_SLL, run_home,
	  "# registration in the home domain: RS1 registrar, home agent parent\n" KEYS "exit 0\n" },
	{ "dremip-rfc3344.pcap", CAP_PCAP, MIPX_DLT_RAW, run_rfc3344,
	  "# D.4.1 and D.4.2: R bit clear, MN-HA/MN-FA authentication, no DREMIP extensions\n"
	  KEYS "exit 0\n" },
	{ "dremip-adv.pcapng", CAP_PCAPNG, MIPX_DLT_EN10MB, run_adv,
	  "# agent advertisements with extension 81: three servers, then RS5 withdrawn\nexit 0\n" },
	{ "dremip-handoff.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_handoff,
	  "# move FA1 -> FA2 under RS2: local only, same COA1, old route disabled\n" KEYS
	  RELAY_NOTE "finding DRM-LT-RELAY\nexit 0\n" },
	{ "dremip-dereg.pcap", CAP_PCAP, MIPX_DLT_LINUX_SLL, run_dereg,
	  "# registration then home and local deregistration (lifetime 0), routes disabled\n" KEYS
	  "exit 0\n" },
	{ "dremip-vantage-fa.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_vantage_fa,
	  "# the dremip-local exchange seen on the foreign agent's Ethernet\n" KEYS
	  RELAY_NOTE "finding DRM-LT-RELAY\nexit 0\n" },
	{ "dremip-vantage-core.pcapng", CAP_PCAPNG, MIPX_DLT_RAW, run_vantage_core,
	  "# the same exchange seen in the core (raw IP, 180 us later);\n"
	  "# analyze together with dremip-vantage-fa.pcap: one exchange, not two\n" KEYS
	  RELAY_NOTE "finding DRM-LT-RELAY\nexit 0\n" },
	{ "dremip-reserved.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_reserved,
	  "# reserved r bit set in the request, Route Request reserved octet 0x40\n" KEYS
	  "finding DRM-RESERVED 2\nexit 0\n" },
	{ NULL, 0, 0, NULL, NULL },
};

/*
 * D.2 after the local registration: the transit and home legs, shared by
 * the transit scenario and its faulty variants.
 */
void dr_transit_then_home(struct scen *s)
{
	struct dr_reg r;

	/* Transit: via RS2 to RS3, which allocates COA2 and routes CA2 -> COA1. */
	dr_reg_init(&r, s, &DR_MN, &DR_RS2, &DR_RS3, &DR_CA2, DR_CA1.v4, DR_CA2.v4, 1800);
	r.spi_mn_registrar = SPI_MN_RS3;
	r.spi_mn_relay = SPI_MN_RS2;
	r.spi_relay = SPI_RS2_RS3;
	r.spi_agent = SPI_CA2_RS3;
	r.wan_delay = 6400;
	dr_register(s, &r);
	scen_wait(s, 30 * MS);
	/* Home: via RS3 to RS1, which routes HA -> COA2. */
	dr_reg_init(&r, s, &DR_MN, &DR_RS3, &DR_RS1, &DR_HA, DR_CA2.v4, DR_HA.v4, 3600);
	r.spi_mn_registrar = SPI_MN_RS1;
	r.spi_mn_relay = SPI_MN_RS3;
	r.spi_relay = SPI_RS3_RS1;
	r.spi_agent = SPI_HA_RS1;
	r.wan_delay = 9700;
	dr_register(s, &r);
}
