/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Checksums: a receiver discards a message whose UDP (RFC 768, RFC 1122
 * 4.1.3.4), ICMP (RFC 1122 3.2.2) or Mobility Header (RFC 6275 9.2)
 * checksum is wrong, so such a message must make no state; and a capture
 * taken on the sending host shows the checksums its NIC fills in later as
 * 0 or the pseudo-header's sum alone (docs/analyzer.md, "Checksums").
 */
#include <string.h>

#include "dremip.h"

#define KEYS "args --keys samples/captures/keys.txt\n"
#define SEC 1000000u
#define MS 1000u

#define N4(nm, a, b, c, d, p) { .name = nm, .v4 = IP4(a, b, c, d), .port = p }
#define V6(a, x) { 0x20, 0x01, 0x0d, 0xb8, (a) >> 8, (a) & 0xff, 0, 0, 0, 0, 0, 0, 0, 0, 0, (x) }
#define N6(nm, a, x, m5) { .name = nm, .v6 = V6(a, x), .mac = { 0x02, 0x36, 0x00, 0x00, 0x02, m5 } }

/* RFC 5737 addresses: home network 192.0.2/24, the node away at a
 * co-located care-of address in 198.51.100/24 (RFC 3344 3.1), a foreign
 * agent there advertising. */
static const struct node MN = N4("MN", 192, 0, 2, 20, 49160);
static const struct node MN_COA = N4("MN-coa", 198, 51, 100, 20, 49160);
static const struct node HA = N4("HA", 192, 0, 2, 1, 53200);
static const struct node FA = N4("FA", 198, 51, 100, 1, 51500);

static const struct node HA6 = N6("HA", 0x0001, 0x01, 0x61);
static const struct node MN6_HOME = N6("MN", 0x0001, 0x88, 0x62);
static const struct node MN6_COA = N6("MN-coa", 0x00a1, 0x88, 0x63);

#define HA_LT 900 /* 3600 s */

/* RFC 3344 3.6 with a co-located care-of address: request and reply
 * straight between the node and its home agent; `req` and `rep` are the
 * checksums each is sent with. */
static void registration(struct scen *s, uint16_t lifetime, uint32_t salt,
			 enum gen_checksum req, enum gen_checksum rep)
{
	struct mipx_mip4_msg m;
	uint64_t ident = gen_ntp_ident(s, salt);

	mip4_reg_request(&m, 0, lifetime, MN.v4, HA.v4, MN_COA.v4, ident);
	mip4_add_auth(&m, MIPX_EXT_MN_HA_AUTH, SPI_MN_HA);
	s->checksum = req;
	send_mip4(s, &MN_COA, &HA, MN_COA.port, MIPX_MIP4_UDP_PORT, &m);
	scen_wait(s, 12 * MS);
	mip4_reg_reply(&m, 0, lifetime, MN.v4, HA.v4, ident);
	mip4_add_auth(&m, MIPX_EXT_MN_HA_AUTH, SPI_MN_HA);
	s->checksum = rep;
	send_mip4(s, &HA, &MN_COA, MIPX_MIP4_UDP_PORT, MN_COA.port, &m);
	s->checksum = GEN_CK_RIGHT;
	scen_wait(s, 2 * MS);
}

/* RFC 6275 11.7.1: a home registration from the care-of address with the
 * Home Address option, its BA through a type 2 routing header. */
static void home_registration(struct scen *s, uint16_t seq, enum gen_checksum bu,
			      enum gen_checksum ba)
{
	struct send_opts o;
	struct mipx_mh mh;

	mh_init(&mh, MIPX_MH_BU);
	mh.sequence = seq;
	mh.flags = MIPX_BU_FLAG_A | MIPX_BU_FLAG_H;
	mh.lifetime = HA_LT;
	memset(&o, 0, sizeof o);
	o.hao = true;
	memcpy(o.hao_addr, MN6_HOME.v6, 16);
	s->checksum = bu;
	send_mh(s, &MN6_COA, MN6_COA.v6, &HA6, HA6.v6, &mh, &o);
	scen_wait(s, 1800);

	mh_init(&mh, MIPX_MH_BA);
	mh.sequence = seq;
	mh.lifetime = HA_LT;
	memset(&o, 0, sizeof o);
	o.rh2 = true;
	memcpy(o.rh2_addr, MN6_HOME.v6, 16);
	s->checksum = ba;
	send_mh(s, &HA6, HA6.v6, &MN6_COA, MN6_COA.v6, &mh, &o);
	s->checksum = GEN_CK_RIGHT;
	scen_wait(s, 2 * MS);
}

/* The request's UDP checksum is wrong: the home agent cannot have taken
 * it, so its reply answers nothing; the retransmission a second later is
 * whole and makes the registration. */
static void run_udp_checksum(struct scen *s)
{
	registration(s, 1800, 0x1100, GEN_CK_WRONG, GEN_CK_RIGHT);
	scen_wait(s, 1 * SEC);
	registration(s, 1800, 0x1200, GEN_CK_RIGHT, GEN_CK_RIGHT);
}

/* The foreign agent's first advertisement names a DREMIP registration
 * server, with a wrong ICMP checksum: discarded, it shows no DREMIP, and
 * flag 0x02 stays read as T; the next one, whole, names none. */
static void run_icmp_checksum(struct scen *s)
{
	static const struct mipx_rs_ext rs = {
		.lifetime = 600, .count = 1,
		.entry = { { IP4(198, 51, 100, 10), 1, 600 } },
	};

	s->checksum = GEN_CK_WRONG;
	send_adv(s, &FA, 1, 600, &rs);
	s->checksum = GEN_CK_RIGHT;
	scen_wait(s, 1 * SEC);
	send_adv(s, &FA, 2, 600, NULL);
	scen_wait(s, 100 * MS);
	registration(s, 1800, 0x2100, GEN_CK_RIGHT, GEN_CK_RIGHT);
}

/* The BU's MH checksum is wrong: the home agent discards it silently, so
 * no binding comes of it and the BA answers nothing; the retransmission
 * with the next sequence number is whole and makes the binding. */
static void run_mh_checksum(struct scen *s)
{
	home_registration(s, 40, GEN_CK_WRONG, GEN_CK_RIGHT);
	scen_wait(s, 1 * SEC);
	home_registration(s, 41, GEN_CK_RIGHT, GEN_CK_RIGHT);
}

/*
 * Captured on the mobile node, which leaves its checksums to the NIC:
 * every registration request it sends carries the pseudo-header's sum
 * (Linux's CHECKSUM_PARTIAL), every BU a checksum of 0.  The replies come
 * from the wire, whole.  Everything is applied; each sender (the IPv4 and
 * the IPv6 care-of address) is told once.
 */
static void run_offload(struct scen *s)
{
	registration(s, 1800, 0x3100, GEN_CK_PSEUDO, GEN_CK_RIGHT);
	scen_wait(s, 2 * SEC);
	home_registration(s, 7, GEN_CK_ZERO, GEN_CK_RIGHT);
	scen_wait(s, 900 * SEC);
	registration(s, 1800, 0x3200, GEN_CK_PSEUDO, GEN_CK_RIGHT);
	scen_wait(s, 2 * SEC);
	home_registration(s, 8, GEN_CK_ZERO, GEN_CK_RIGHT);
}

const struct scenario gen_checksum_scenarios[] = {
	{ "mip4-fault-udp-checksum.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_udp_checksum,
	  "# RFC 3344 registration whose request has a wrong UDP checksum: discarded,\n"
	  "# its reply answers nothing; the retransmission registers\n"
	  KEYS "finding DRM-UDP-CHECKSUM\nfinding DRM-ORPHAN-REPLY\nexit 0\n" },
	{ "mip4-fault-icmp-checksum.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_icmp_checksum,
	  "# an agent advertisement naming a registration server (ext 81) with a wrong\n"
	  "# ICMP checksum: discarded, so no DREMIP is shown and 0x02 stays T\n"
	  KEYS "finding DRM-ICMP-CHECKSUM\nexit 0\n" },
	{ "mcoa-fault-mh-checksum.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_mh_checksum,
	  "# RFC 6275 home registration whose BU has a wrong MH checksum (9.2):\n"
	  "# no binding from it; the retransmission binds\n"
	  "finding MCOA-MH-CHECKSUM\nexit 0\n" },
	{ "std-checksum-offload.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_offload,
	  "# captured on a mobile node that leaves checksums to its NIC: UDP with the\n"
	  "# pseudo-header sum, MH with 0; told once per sender, everything applied\n"
	  KEYS "finding CAPTURE-CHECKSUM-OFFLOAD 2\nexit 0\n" },
	{ NULL, 0, 0, NULL, NULL },
};
