/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Standard Mobile IPv4 captures: RFC 3344 registration through a foreign
 * agent with RFC 3024 reverse tunnelling, and RFC 3344 5.7 replay
 * protection (nonces, timestamps with a code-133 resync).  No DREMIP
 * anywhere: mipx reads flag 0x02 as T and finds nothing.  Two fault
 * captures break the replay sequence.
 */
#include <string.h>

#include "dremip.h"

#define KEYS "args --keys samples/captures/keys.txt\n"
#define SEC 1000000u
#define MS 1000u

#define N4(nm, a, b, c, d, p) { .name = nm, .v4 = IP4(a, b, c, d), .port = p }

/* Home network 192.0.2/24 (RFC 5737), visited network 198.51.100/24. */
static const struct node MN = N4("MN", 192, 0, 2, 10, 49152);
static const struct node HA = N4("HA", 192, 0, 2, 1, 53200);
static const struct node FA = N4("FA", 198, 51, 100, 1, 51500);

struct std_reg {
	uint16_t lifetime, granted;
	uint8_t code;
	uint64_t ident;     /* the request's */
	uint64_t rep_ident; /* the reply's */
	bool delivery_style; /* 130 from the node to the foreign agent */
	bool reply_lost;     /* the reply does not reach the node */
};

/* Agent advertisement of the foreign agent: R F and T (RFC 3024 3.1). */
static void advertise(struct scen *s, uint16_t seq)
{
	send_adv_flags(s, &FA, seq, 1800,
		       MIPX_ADV_FLAG_R | MIPX_ADV_FLAG_F | MIPX_ADV_FLAG_G | MIPX_ADV_FLAG_T,
		       NULL);
}

static void add_delivery_style(struct mipx_mip4_msg *m)
{
	struct mipx_mip4_ext *e = &m->ext[m->n_ext++];

	memset(e, 0, sizeof *e);
	e->type = MIPX_EXT_ENCAP_DELIVERY; /* RFC 3024 3.3: length 0 */
	e->header_len = 2;
}

/* RFC 3344 3.6-3.8 through the foreign agent, T set (RFC 3024 4.1): the
 * node signs MN-HA, then (RFC 3024 3.3) asks for encapsulating delivery,
 * then signs MN-FA; the agent consumes 130 and MN-FA and relays the rest
 * (RFC 3344 3.7.2, RFC 3024 3.3).  The reply comes back the same way. */
static void reg(struct scen *s, const struct std_reg *r)
{
	struct mipx_mip4_msg m;
	uint8_t flags = MIPX_REG_FLAG_T | MIPX_REG_FLAG_G;

	mip4_reg_request(&m, flags, r->lifetime, MN.v4, HA.v4, FA.v4, r->ident);
	mip4_add_auth(&m, MIPX_EXT_MN_HA_AUTH, SPI_MN_HA);
	if (r->delivery_style)
		add_delivery_style(&m);
	mip4_add_auth(&m, MIPX_EXT_MN_FA_AUTH, SPI_MN_FA);
	send_mip4(s, &MN, &FA, MN.port, MIPX_MIP4_UDP_PORT, &m);
	scen_wait(s, 900);

	mip4_reg_request(&m, flags, r->lifetime, MN.v4, HA.v4, FA.v4, r->ident);
	mip4_add_auth(&m, MIPX_EXT_MN_HA_AUTH, SPI_MN_HA);
	send_mip4(s, &FA, &HA, FA.port, MIPX_MIP4_UDP_PORT, &m);
	scen_wait(s, 14 * MS);

	mip4_reg_reply(&m, r->code, r->granted, MN.v4, HA.v4, r->rep_ident);
	mip4_add_auth(&m, MIPX_EXT_MN_HA_AUTH, SPI_MN_HA);
	send_mip4(s, &HA, &FA, MIPX_MIP4_UDP_PORT, FA.port, &m);
	scen_wait(s, 14 * MS);
	if (r->reply_lost)
		return;
	mip4_add_auth(&m, MIPX_EXT_MN_FA_AUTH, SPI_MN_FA);
	send_mip4(s, &FA, &MN, MIPX_MIP4_UDP_PORT, MN.port, &m);
	scen_wait(s, 2 * MS);
}

/* An accepted timestamp-protected registration of `lt` seconds: the home
 * agent echoes the Identification (RFC 3344 5.7.1). */
static void accepted(struct scen *s, uint16_t lt, uint32_t salt, bool delivery_style)
{
	struct std_reg r = { lt, lt, 0, 0, 0, delivery_style, false };

	r.ident = r.rep_ident = gen_ntp_ident(s, salt);
	reg(s, &r);
}

/* The home agent's nonces (RFC 3344 5.7.2): any sequence it likes. */
static uint32_t next_nonce(uint32_t n)
{
	return n * 2654435761u + 0x3c6ef372u;
}

/* A nonce-protected registration: the node sends `sent` in the high-order
 * 32 bits, the reply gives `given` (RFC 3344 5.7.2). */
static void nonce_reg(struct scen *s, uint16_t lt, uint32_t sent, uint32_t low,
		      uint8_t code, uint32_t given, bool reply_lost)
{
	struct std_reg r = { lt, code <= 1 ? lt : 0, code, (uint64_t)sent << 32 | low,
			     (uint64_t)given << 32 | low, false, reply_lost };

	reg(s, &r);
}

/* Registration, two renewals (RFC 3344 3.6.1.4), deregistration (lifetime
 * 0, from the care-of address as in 3.6.1.2), agent advertisements. */
static void run_rfc3024(struct scen *s)
{
	advertise(s, 1);
	scen_wait(s, 120 * MS);
	accepted(s, 1800, 0x1000, true);
	scen_wait(s, 3 * SEC);
	advertise(s, 2);
	scen_wait(s, 897 * SEC);
	accepted(s, 1800, 0x2000, true);
	scen_wait(s, 900 * SEC);
	advertise(s, 3);
	scen_wait(s, 200 * MS);
	accepted(s, 1800, 0x3000, true);
	scen_wait(s, 600 * SEC);
	accepted(s, 0, 0x4000, false);
}

/* RFC 3344 5.7.2: the node starts with no nonce (code 133 gives one), then
 * renews with the nonce of each reply; one reply is lost on the way to
 * the node, which retransmits with the nonce it has and is resynchronized
 * by code 133; then a deregistration. */
static void run_nonce(struct scen *s)
{
	uint32_t n1 = 0x6b8b4567u, n2 = next_nonce(n1), n3 = next_nonce(n2);
	uint32_t n4 = next_nonce(n3), n5 = next_nonce(n4), n6 = next_nonce(n5);
	uint32_t n7 = next_nonce(n6);

	advertise(s, 10);
	scen_wait(s, 100 * MS);
	nonce_reg(s, 1800, 0, 0x327b23c6u, MIPX_REG_ID_MISMATCH, n1, false);
	scen_wait(s, 1 * SEC);
	nonce_reg(s, 1800, n1, 0x643c9869u, 0, n2, false);
	scen_wait(s, 900 * SEC);
	nonce_reg(s, 1800, n2, 0x66334873u, 0, n3, false);
	scen_wait(s, 900 * SEC);
	nonce_reg(s, 1800, n3, 0x74b0dc51u, 0, n4, true);
	scen_wait(s, 2 * SEC);
	nonce_reg(s, 1800, n3, 0x19495cffu, MIPX_REG_ID_MISMATCH, n5, false);
	scen_wait(s, 500 * MS);
	nonce_reg(s, 1800, n5, 0x2ae8944au, 0, n6, false);
	scen_wait(s, 900 * SEC);
	nonce_reg(s, 0, n6, 0x625558ecu, 0, n7, false);
}

/* RFC 3344 5.7.1: the node's clock is 1000 s slow: code 133 with the home
 * agent's time in the high-order 32 bits; the retry carries that time
 * (moved on by the second since), then a renewal and a deregistration. */
static void run_timestamp_resync(struct scen *s)
{
	struct std_reg r = { 1800, 0, MIPX_REG_ID_MISMATCH, 0, 0, false, false };
	uint64_t now;

	advertise(s, 20);
	scen_wait(s, 100 * MS);
	now = gen_ntp_ident(s, 0x5000);
	r.ident = now - ((uint64_t)1000 << 32);
	r.rep_ident = (now & 0xffffffff00000000ull) | (uint32_t)r.ident;
	reg(s, &r);
	scen_wait(s, 1 * SEC);
	accepted(s, 1800, 0x6000, false);
	scen_wait(s, 900 * SEC);
	accepted(s, 1800, 0x7000, false);
	scen_wait(s, 600 * SEC);
	accepted(s, 0, 0x8000, false);
}

/* RFC 3344 5.7.2 broken: ten minutes after an accepted registration the
 * node renews with the nonce it used before, not the one the reply gave;
 * the home agent answers 133 and the node then uses the new one. */
static void run_fault_nonce(struct scen *s)
{
	uint32_t n1 = 0x0d1e2f30u, n2 = next_nonce(n1), n3 = next_nonce(n2);

	advertise(s, 30);
	scen_wait(s, 100 * MS);
	nonce_reg(s, 1800, n1, 0x11111111u, 0, n2, false);
	scen_wait(s, 600 * SEC);
	nonce_reg(s, 1800, n1, 0x22222222u, MIPX_REG_ID_MISMATCH, n3, false);
	scen_wait(s, 1 * SEC);
	nonce_reg(s, 1800, n3, 0x33333333u, 0, next_nonce(n3), false);
}

/* RFC 3344 5.7.1 broken: after code 133 the node retries with its slow
 * clock, is refused again, and only then uses the home agent's time. */
static void run_fault_stale(struct scen *s)
{
	struct std_reg r = { 1800, 0, MIPX_REG_ID_MISMATCH, 0, 0, false, false };
	uint64_t now;

	advertise(s, 40);
	scen_wait(s, 100 * MS);
	now = gen_ntp_ident(s, 0x9000);
	r.ident = now - ((uint64_t)1000 << 32);
	r.rep_ident = (now & 0xffffffff00000000ull) | (uint32_t)r.ident;
	reg(s, &r);
	scen_wait(s, 12 * SEC);
	now = gen_ntp_ident(s, 0xa000);
	r.ident = now - ((uint64_t)1000 << 32);
	r.rep_ident = (now & 0xffffffff00000000ull) | (uint32_t)r.ident;
	reg(s, &r);
	scen_wait(s, 1 * SEC);
	accepted(s, 1800, 0xb000, false);
}

const struct scenario gen_mip4_scenarios[] = {
	{ "std-rfc3024.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_rfc3024,
	  "# RFC 3344 registration via a foreign agent with RFC 3024's T bit (flag 0x02),\n"
	  "# T in the agent advertisement, Encapsulating Delivery Style (130), MN-HA and\n"
	  "# MN-FA authentication, timestamps; two renewals and a deregistration; no DREMIP\n"
	  KEYS "exit 0\n" },
	{ "std-mip4-nonce.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_nonce,
	  "# RFC 3344 5.7.2 nonces: a code-133 start, renewals with each reply's nonce, a\n"
	  "# reply lost before the node and its code-133 resync; no DREMIP\n"
	  KEYS "exit 0\n" },
	{ "std-mip4-timestamp-resync.pcap", CAP_PCAP, MIPX_DLT_RAW, run_timestamp_resync,
	  "# RFC 3344 5.7.1 timestamps: a clock 1000 s slow, code 133 with the home agent's\n"
	  "# time, the corrected retry, a renewal and a deregistration; no DREMIP\n"
	  KEYS "exit 0\n" },
	{ "mip4-fault-replay-nonce.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_fault_nonce,
	  "# RFC 3344 5.7.2: a renewal carries the node's old nonce, not the reply's\n"
	  KEYS "finding DRM-REPLAY-NONCE\nexit 0\n" },
	{ "mip4-fault-replay-stale.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_fault_stale,
	  "# RFC 3344 5.7.1: after code 133 the node retries with its slow clock\n"
	  KEYS "finding DRM-REPLAY-STALE\nexit 0\n" },
	{ NULL, 0, 0, NULL, NULL },
};
