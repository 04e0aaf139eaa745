/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Standard traffic in the frame layer's forms: registrations split in IP
 * fragments (RFC 791 3.2, RFC 8200 4.5), a Binding Update fragmented, the
 * return routability test through the home agent's tunnel (RFC 6275 5.2.5,
 * 10.4), registrations carried in IP-in-IP (RFC 2003), GRE (RFC 2784, 2890)
 * and minimal encapsulation (RFC 2004), and a capture cut by a 96-octet snap
 * length.  None of them holds a fault: mipx must stay silent.
 */
#include <string.h>

#include "dremip.h"

#define SEC 1000000u
#define MS 1000u

/* The RFC 6275 world of these samples: home link 2001:db8:1::/64, the
 * mobile node away on 2001:db8:a1::/64, a correspondent node. */
#define V6(b4, b5, last) { 0x20, 0x01, 0x0d, 0xb8, (b4), (b5), 0, 0, 0, 0, 0, 0, 0, 0, 0, (last) }
static const struct node F_HA = { "HA6", 0, V6(0, 1, 0x01), { 2, 0, 0, 0, 6, 1 }, 0 };
static const struct node F_MN = { "MN6", 0, V6(0, 1, 0x66), { 2, 0, 0, 0, 6, 0x66 }, 0 };
static const struct node F_COA = { "MN6-CoA", 0, V6(0xa1, 0, 0x66), { 2, 0, 0, 0, 6, 0x66 }, 0 };
static const struct node F_CN = { "CN6", 0, V6(0xca, 0xfe, 0x21), { 2, 0, 0, 0, 6, 0x21 }, 0 };

static void bu_ba(struct scen *s, const struct node *to, uint16_t seq, uint16_t flags,
		  uint16_t lifetime, bool rr)
{
	struct mipx_mh mh;
	struct send_opts o;

	mh_init(&mh, MIPX_MH_BU);
	mh.sequence = seq;
	mh.flags = flags;
	mh.lifetime = lifetime;
	if (rr)
		mh_add_rr_auth(&mh, 0x0301, 0x0402, 0x6b1d0001u);
	memset(&o, 0, sizeof o);
	o.hao = true;
	memcpy(o.hao_addr, F_MN.v6, 16);
	send_mh(s, &F_COA, F_COA.v6, to, to->v6, &mh, &o);
	scen_wait(s, 1800);

	mh_init(&mh, MIPX_MH_BA);
	mh.sequence = seq;
	mh.lifetime = lifetime;
	if (rr)
		mh_add_rr_auth(&mh, 0, 0, 0x6b1d0002u);
	memset(&o, 0, sizeof o);
	o.rh2 = true;
	memcpy(o.rh2_addr, F_MN.v6, 16);
	send_mh(s, to, to->v6, &F_COA, F_COA.v6, &mh, &o);
}

/* RFC 6275 5.2.5: the HoTI leaves from the home address, reverse-tunnelled
 * through the home agent (10.4.5: "tunneled ... to the home agent"), the
 * HoT comes back through the home agent's tunnel (10.4.1); the CoTI and
 * CoT go directly.  Captured on the mobile node's foreign link. */
static void run_tunnelled_hoti(struct scen *s)
{
	static const struct mipx_tunnel_spec to_ha = {
		.kind = MIPX_TUNNEL_IPV6_IN_IPV6, .src = { 6, V6(0xa1, 0, 0x66) },
		.dst = { 6, V6(0, 1, 0x01) } };
	static const struct mipx_tunnel_spec from_ha = {
		.kind = MIPX_TUNNEL_IPV6_IN_IPV6, .src = { 6, V6(0, 1, 0x01) },
		.dst = { 6, V6(0xa1, 0, 0x66) } };
	struct mipx_mh mh;
	struct send_opts o;

	bu_ba(s, &F_HA, 300, MIPX_BU_FLAG_A | MIPX_BU_FLAG_H, 150, false);
	scen_wait(s, 40 * MS);
	memset(&o, 0, sizeof o);

	s->tunnel = to_ha;
	mh_init(&mh, MIPX_MH_HOTI);
	for (unsigned i = 0; i < 8; i++)
		mh.cookie[i] = (uint8_t)(0x5a ^ (i * 17));
	send_mh(s, &F_MN, F_MN.v6, &F_CN, F_CN.v6, &mh, &o);
	s->tunnel.kind = MIPX_TUNNEL_NONE;
	scen_wait(s, 200);
	mh_init(&mh, MIPX_MH_COTI);
	for (unsigned i = 0; i < 8; i++)
		mh.cookie[i] = (uint8_t)(0xa5 ^ (i * 13));
	send_mh(s, &F_COA, F_COA.v6, &F_CN, F_CN.v6, &mh, &o);
	scen_wait(s, 21 * MS);

	s->tunnel = from_ha;
	mh_init(&mh, MIPX_MH_HOT);
	mh.nonce_index = 0x0301;
	for (unsigned i = 0; i < 8; i++) {
		mh.cookie[i] = (uint8_t)(0x5a ^ (i * 17));
		mh.keygen_token[i] = (uint8_t)(0x77 ^ (i * 29));
	}
	send_mh(s, &F_CN, F_CN.v6, &F_MN, F_MN.v6, &mh, &o);
	s->tunnel.kind = MIPX_TUNNEL_NONE;
	scen_wait(s, 3 * MS);
	mh_init(&mh, MIPX_MH_COT);
	mh.nonce_index = 0x0402;
	for (unsigned i = 0; i < 8; i++) {
		mh.cookie[i] = (uint8_t)(0xa5 ^ (i * 13));
		mh.keygen_token[i] = (uint8_t)(0x88 ^ (i * 31));
	}
	send_mh(s, &F_CN, F_CN.v6, &F_COA, F_COA.v6, &mh, &o);
	scen_wait(s, 2 * MS);

	/* route optimisation with the keys just made (RFC 6275 5.2.6) */
	bu_ba(s, &F_CN, 301, MIPX_BU_FLAG_A, 100, true);
}

/* A Binding Update with an Alternate Care-of Address and padding to make it
 * long, split by an IPv6 Fragment header after the Home Address option
 * (RFC 6275 6.3: before the Fragment header); the BA whole. */
static void run_mip6_fragmented(struct scen *s)
{
	struct mipx_mh mh;
	struct send_opts o;

	mh_init(&mh, MIPX_MH_BU);
	mh.sequence = 310;
	mh.flags = MIPX_BU_FLAG_A | MIPX_BU_FLAG_H;
	mh.lifetime = 150;
	mh.opt[mh.n_opt].kind = MIPX_MHOPT_KIND_ALT_COA;
	mh.opt[mh.n_opt].type = MIPX_MHOPT_ALT_COA;
	mh.opt[mh.n_opt].length = 16;
	memcpy(mh.opt[mh.n_opt].u.alt_coa.address, F_COA.v6, 16);
	mh.n_opt++;
	memset(&o, 0, sizeof o);
	o.hao = true;
	memcpy(o.hao_addr, F_MN.v6, 16);
	s->frag_mtu = 88; /* a tunnel's small MTU: two fragments */
	send_mh(s, &F_COA, F_COA.v6, &F_HA, F_HA.v6, &mh, &o);
	s->frag_mtu = 0;
	scen_wait(s, 1900);
	mh_init(&mh, MIPX_MH_BA);
	mh.sequence = 310;
	mh.lifetime = 150;
	memset(&o, 0, sizeof o);
	o.rh2 = true;
	memcpy(o.rh2_addr, F_MN.v6, 16);
	send_mh(s, &F_HA, F_HA.v6, &F_COA, F_COA.v6, &mh, &o);
}

/* RFC 3344 registrations, the request long (NAI and vendor extensions) and
 * split in two fragments on the way to the home agent; the reply whole. */
static void run_mip4_fragmented(struct scen *s)
{
	struct dr_reg r;

	dr_reg_init(&r, s, &DR_MN, NULL, &DR_HA, NULL, DR_FA_PLAIN.v4, 0, 1800);
	r.rfc3344 = true;
	r.spi_mn_registrar = SPI_MN_HA;
	r.nai_vendor = true;
	r.wan_delay = 9000;
	s->frag_mtu = 300;
	dr_register(s, &r);
	s->frag_mtu = 0;
}

/* RFC 3344 registrations of one node carried between two routers in the
 * three tunnels a mobility agent may use (RFC 3344 3.1's M and G flags):
 * IP in IP, GRE with a key, minimal encapsulation. */
static void run_mip4_in_tunnels(struct scen *s)
{
	static const enum mipx_tunnel_kind kinds[] = { MIPX_TUNNEL_IPV4_IN_IPV4, MIPX_TUNNEL_GRE,
						       MIPX_TUNNEL_MINIMAL };
	struct dr_reg r;

	for (unsigned i = 0; i < 3; i++) {
		memset(&s->tunnel, 0, sizeof s->tunnel);
		s->tunnel.kind = kinds[i];
		s->tunnel.src = mipx_addr_v4(IP4(192, 0, 2, 254));
		s->tunnel.dst = mipx_addr_v4(IP4(10, 1, 0, 254));
		s->tunnel.gre_key = kinds[i] == MIPX_TUNNEL_GRE;
		s->tunnel.key = 0x434;
		dr_reg_init(&r, s, &DR_MN, &DR_FA_PLAIN, &DR_HA, NULL, DR_FA_PLAIN.v4, 0, 1800);
		r.rfc3344 = true;
		r.spi_mn_registrar = SPI_MN_HA;
		r.wan_delay = 11000;
		dr_register(s, &r);
		scen_wait(s, 30 * SEC);
	}
	s->tunnel.kind = MIPX_TUNNEL_NONE;
}

static const struct scenario *find(const struct scenario *t, const char *file)
{
	for (; t->file; t++)
		if (strcmp(t->file, file) == 0)
			return t;
	return NULL;
}

/* A local DREMIP registration and an MCoA multihoming, on one link,
 * captured with a 96-octet snap length. */
static void run_cut_96(struct scen *s)
{
	const struct scenario *d = find(gen_dremip_scenarios, "dremip-local.pcap");
	const struct scenario *m = find(gen_mcoa_scenarios, "mcoa-multihome.pcapng");

	if (!d || !m || d->linktype != s->linktype || m->linktype != s->linktype) {
		s->failed = true;
		return;
	}
	d->run(s);
	scen_wait(s, 10 * SEC);
	m->run(s);
}

const struct scenario gen_frames_scenarios[] = {
	{ "std-mip4-fragmented.pcap", CAP_PCAP, MIPX_DLT_RAW, run_mip4_fragmented,
	  "# RFC 3344 registration request with NAI and vendor extensions in two\n"
	  "# IPv4 fragments (RFC 791 3.2), the reply whole\n"
	  "args --keys samples/captures/keys.txt\nexit 0\n" },
	{ "std-mip6-fragmented.pcap", CAP_PCAP, MIPX_DLT_RAW, run_mip6_fragmented,
	  "# RFC 6275 home registration, the BU split by an IPv6 Fragment header\n"
	  "# after the Home Address option (RFC 8200 4.5, RFC 6275 6.3)\n"
	  "exit 0\n" },
	{ "std-tunnelled-hoti.pcap", CAP_PCAP, MIPX_DLT_RAW, run_tunnelled_hoti,
	  "# RFC 6275 return routability: HoTI and HoT through the home agent's\n"
	  "# IPv6-in-IPv6 tunnel (5.2.5, 10.4), CoTI/CoT direct, then the BU to the CN\n"
	  "exit 0\n" },
	{ "std-mip4-in-tunnels.pcap", CAP_PCAP, MIPX_DLT_RAW, run_mip4_in_tunnels,
	  "# RFC 3344 registrations carried in IP in IP (RFC 2003), GRE with a key\n"
	  "# (RFC 2784, 2890) and minimal encapsulation (RFC 2004)\n"
	  "args --keys samples/captures/keys.txt\nexit 0\n" },
	{ "std-cut-96.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_cut_96,
	  "# a DREMIP local registration and MCoA multihoming captured with a\n"
	  "# 96-octet snap length: judged on what was captured, not malformed\n"
	  "# (DRM-LT-RELAY, info, as in dremip-local)\n"
	  "args --keys samples/captures/keys.txt\nfinding CAPTURE-CUT\nfinding DRM-LT-RELAY\nexit 0\n" },
	{ NULL, 0, 0, NULL, NULL },
};

uint32_t gen_frames_snaplen(const char *file)
{
	return strcmp(file, "std-cut-96.pcap") == 0 ? 96 : 0;
}
