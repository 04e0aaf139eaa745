/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Standard Mobile IPv6 traffic that is neither MCoA nor faulty, and that
 * mipx must pass without a finding (docs/standard-mip6.md):
 *  - RFC 6275: a home registration, return routability (HoTI through the
 *    home agent's tunnel, CoTI, HoT, CoT) and a correspondent registration;
 *  - RFC 3963 NEMO: a mobile router registering its prefixes (explicit
 *    mode, Mobile Network Prefix options) or none (implicit mode), the BA's
 *    R flag set; its BU's R is the bit the MCoA draft drew as M;
 *  - RFC 5213 Proxy MIPv6 with RFC 5847 Heartbeat: a MAG registering a
 *    mobile node with its LMA by MN identifier and Timestamp, every
 *    sequence number 0.
 */
#include <string.h>

#include "gen.h"

#define SEC 1000000u
#define MS 1000u

#define V6(a, b, c, x) { 0x20, 0x01, 0x0d, 0xb8, (a) >> 8, (a) & 0xff, (b) >> 8, (b) & 0xff, \
			 0, 0, 0, 0, 0, 0, (c), (x) }
#define N6(nm, a, b, c, x, m5) { .name = nm, .v6 = V6(a, b, c, x), \
				 .mac = { 0x02, 0x36, 0x00, 0x00, 0x01, m5 } }

static const struct node HA = N6("HA", 0x0001, 0, 0, 0x01, 0x01);
static const struct node CN = N6("CN", 0xcafe, 0, 0, 0x20, 0x20);
static const struct node MN_HOME = N6("MN", 0x0001, 0, 0, 0x77, 0x77);
static const struct node MN_COA = N6("MN-coa", 0x00a1, 0, 0, 0x77, 0xa1);
static const struct node MR_HOME = N6("MR", 0x0001, 0, 0, 0x90, 0x90);
static const struct node MR_COA = N6("MR-coa", 0x00a2, 0, 0, 0x90, 0xa2);
static const struct node MAG = N6("MAG", 0x0a06, 0, 0, 0x01, 0x06);
static const struct node LMA = N6("LMA", 0x001a, 0, 0, 0x01, 0x1a);
static const struct node MAG2 = N6("MAG2", 0x0a07, 0, 0, 0x01, 0x07);

#define HA_LT 900 /* 3600 s */
#define CN_LT 105 /* 420 s, RFC 6275 MAX_RR_BINDING_LIFETIME */
#define PMIP_LT 75 /* 300 s */

/* A BU from a care-of address with the Home Address option (RFC 6275
 * 6.3) and its BA with a type 2 routing header (6.4). */
static void send_bu(struct scen *s, const struct node *coa, const struct node *home,
		    const struct node *to, struct mipx_mh *mh)
{
	struct send_opts o;

	memset(&o, 0, sizeof o);
	o.hao = true;
	memcpy(o.hao_addr, home->v6, 16);
	send_mh(s, coa, coa->v6, to, to->v6, mh, &o);
}

static void send_ba(struct scen *s, const struct node *from, const struct node *coa,
		    const struct node *home, struct mipx_mh *mh)
{
	struct send_opts o;

	memset(&o, 0, sizeof o);
	o.rh2 = true;
	memcpy(o.rh2_addr, home->v6, 16);
	send_mh(s, from, from->v6, coa, coa->v6, mh, &o);
}

static void home_reg(struct scen *s, const struct node *coa, const struct node *home,
		     uint16_t seq, uint16_t flags, unsigned n_mnp, bool ba_r)
{
	static const uint8_t mnp[2][16] = { V6(0x0010, 0x0001, 0, 0), V6(0x0010, 0x0002, 0, 0) };
	struct mipx_mh mh;

	mh_init(&mh, MIPX_MH_BU);
	mh.sequence = seq;
	mh.flags = (uint16_t)(MIPX_BU_FLAG_A | MIPX_BU_FLAG_H | flags);
	mh.lifetime = HA_LT;
	for (unsigned i = 0; i < n_mnp; i++)
		mh_add_prefix(&mh, false, 64, mnp[i]);
	send_bu(s, coa, home, &HA, &mh);
	scen_wait(s, 2300);
	mh_init(&mh, MIPX_MH_BA);
	mh.sequence = seq;
	mh.lifetime = HA_LT;
	mh.flags = ba_r ? MIPX_BA_FLAG_R : 0;
	send_ba(s, &HA, coa, home, &mh);
}

/* RFC 6275 5.2.5: HoTI/HoT through the home agent, CoTI/CoT direct. */
static void return_routability(struct scen *s)
{
	struct mipx_mh mh;
	struct send_opts o;

	memset(&o, 0, sizeof o);
	mh_init(&mh, MIPX_MH_HOTI);
	memcpy(mh.cookie, "\x11\x22\x33\x44\x55\x66\x77\x88", 8);
	send_mh(s, &HA, MN_HOME.v6, &CN, CN.v6, &mh, &o);
	scen_wait(s, 300);
	mh_init(&mh, MIPX_MH_COTI);
	memcpy(mh.cookie, "\x99\xaa\xbb\xcc\xdd\xee\xf0\x01", 8);
	send_mh(s, &MN_COA, MN_COA.v6, &CN, CN.v6, &mh, &o);
	scen_wait(s, 18 * MS);
	mh_init(&mh, MIPX_MH_HOT);
	mh.nonce_index = 0x0301;
	memcpy(mh.cookie, "\x11\x22\x33\x44\x55\x66\x77\x88", 8);
	memcpy(mh.keygen_token, "\x5a\x17\x90\x3c\x21\xee\x08\x6b", 8);
	send_mh(s, &CN, CN.v6, &HA, MN_HOME.v6, &mh, &o);
	scen_wait(s, 400);
	mh_init(&mh, MIPX_MH_COT);
	mh.nonce_index = 0x0402;
	memcpy(mh.cookie, "\x99\xaa\xbb\xcc\xdd\xee\xf0\x01", 8);
	memcpy(mh.keygen_token, "\xc4\x2b\x71\x0d\x9e\x35\xa8\x62", 8);
	send_mh(s, &CN, CN.v6, &MN_COA, MN_COA.v6, &mh, &o);
	scen_wait(s, 2 * MS);
}

static void run_home_rr(struct scen *s)
{
	struct mipx_mh mh;

	home_reg(s, &MN_COA, &MN_HOME, 4200, 0, 0, false);
	scen_wait(s, 40 * MS);
	return_routability(s);
	/* RFC 6275 6.1.7: A set, no H; Nonce Indices and authenticator */
	mh_init(&mh, MIPX_MH_BU);
	mh.sequence = 310;
	mh.flags = MIPX_BU_FLAG_A;
	mh.lifetime = CN_LT;
	mh_add_rr_auth(&mh, 0x0301, 0x0402, 0x6275);
	send_bu(s, &MN_COA, &MN_HOME, &CN, &mh);
	scen_wait(s, 1700);
	mh_init(&mh, MIPX_MH_BA);
	mh.sequence = 310;
	mh.lifetime = CN_LT;
	mh_add_rr_auth(&mh, 0, 0, 0x5275);
	send_ba(s, &CN, &MN_COA, &MN_HOME, &mh);
	/* a refresh of the home registration before it expires */
	scen_wait(s, 3000 * SEC);
	home_reg(s, &MN_COA, &MN_HOME, 4201, 0, 0, false);
}

/* RFC 3963 6.1-6.2: R (0x0400) and two Mobile Network Prefixes; the HA's
 * BA sets R; the refresh lists the same prefixes. */
static void run_nemo_explicit(struct scen *s)
{
	home_reg(s, &MR_COA, &MR_HOME, 7001, MIPX_BU_FLAG_NEMO_R, 2, true);
	scen_wait(s, 3000 * SEC);
	home_reg(s, &MR_COA, &MR_HOME, 7002, MIPX_BU_FLAG_NEMO_R, 2, true);
}

/* RFC 3963 6.1.2 implicit mode: R and no prefix; the HA knows them. */
static void run_nemo_implicit(struct scen *s)
{
	home_reg(s, &MR_COA, &MR_HOME, 7101, MIPX_BU_FLAG_NEMO_R, 0, true);
	scen_wait(s, 3000 * SEC);
	home_reg(s, &MR_COA, &MR_HOME, 7102, MIPX_BU_FLAG_NEMO_R, 0, true);
}

static const char NAI1[] = "mn1@pmip.example.net";
static const char NAI2[] = "mn2@pmip.example.net";
static const uint8_t HNP1[16] = V6(0x0100, 0x0001, 0, 0);
static const uint8_t HNP2[16] = V6(0x0100, 0x0002, 0, 0);
static const uint8_t NO_PREFIX[16];

/* RFC 5213 6.9.1.1 / 5.3.5: a PBU for `nai` (asking its prefix with ::/0
 * when ask) and its PBA giving `hnp`; ATT 4 (IEEE 802.11a/b/g). */
static void proxy_reg(struct scen *s, const char *nai, const uint8_t *hnp, bool ask,
		      uint8_t hi, uint16_t lifetime)
{
	struct mipx_mh mh;
	uint64_t sent = s->now;

	mh_init(&mh, MIPX_MH_BU);
	mh.sequence = 0; /* 5.5: timestamps order the PBUs */
	mh.flags = MIPX_BU_FLAG_A | MIPX_BU_FLAG_H | MIPX_BU_FLAG_P;
	mh.lifetime = lifetime;
	mh_add_prefix(&mh, true, ask ? 0 : 64, ask ? NO_PREFIX : hnp);
	mh_add_hi_att(&mh, hi, 4);
	mh_add_mn_id(&mh, nai);
	mh_add_timestamp(s, &mh);
	send_mh(s, &MAG, MAG.v6, &LMA, LMA.v6, &mh, &(struct send_opts){ 0 });
	scen_wait(s, 1900);
	mh_init(&mh, MIPX_MH_BA);
	mh.sequence = 0;
	mh.flags = MIPX_BA_FLAG_P;
	mh.lifetime = lifetime;
	mh_add_prefix(&mh, true, 64, hnp);
	mh_add_hi_att(&mh, hi, 4);
	mh_add_mn_id(&mh, nai);
	/* 5.3.5: the PBA copies the PBU's timestamp */
	{
		uint64_t now = s->now;

		s->now = sent;
		mh_add_timestamp(s, &mh);
		s->now = now;
	}
	send_mh(s, &LMA, LMA.v6, &MAG, MAG.v6, &mh, &(struct send_opts){ 0 });
}

/* RFC 5847 5.1: a request (R clear) and its response (R set). */
static void heartbeat(struct scen *s, uint32_t seq)
{
	struct mipx_mh mh;

	mh_init(&mh, MIPX_MH_HB);
	mh.hb_sequence = seq;
	send_mh(s, &MAG, MAG.v6, &LMA, LMA.v6, &mh, &(struct send_opts){ 0 });
	scen_wait(s, 1200);
	mh_init(&mh, MIPX_MH_HB);
	mh.flags = MIPX_HB_FLAG_R;
	mh.hb_sequence = seq;
	send_mh(s, &LMA, LMA.v6, &MAG, MAG.v6, &mh, &(struct send_opts){ 0 });
}

static void run_pmip6(struct scen *s)
{
	proxy_reg(s, NAI1, HNP1, true, 1, PMIP_LT);  /* mn1 attaches, asking ::/0 */
	scen_wait(s, 20 * SEC);
	proxy_reg(s, NAI2, HNP2, false, 1, PMIP_LT); /* mn2 attaches with its prefix */
	scen_wait(s, 40 * SEC);
	heartbeat(s, 1);
	scen_wait(s, 60 * SEC);
	heartbeat(s, 2);
	scen_wait(s, 120 * SEC);
	proxy_reg(s, NAI1, HNP1, false, 5, PMIP_LT); /* re-registrations */
	scen_wait(s, 20 * SEC);
	proxy_reg(s, NAI2, HNP2, false, 5, PMIP_LT);
	scen_wait(s, 40 * SEC);
	heartbeat(s, 3);
	scen_wait(s, 30 * SEC);
	proxy_reg(s, NAI1, HNP1, false, 4, 0);       /* mn1 detaches */
}

/* PMIPv6 as written before RFC 5213 fixed it (early open-source MAG/LMA
 * daemons): no P flag but 0x0080, the MN Identifier the only RFC 5213
 * option, no Timestamp, every sequence number 0.  A PBA answers the PBU
 * of the MAG it is sent to (5.3.6). */
static void early_proxy(struct scen *s, const struct node *mag, uint16_t lifetime, bool pba)
{
	struct mipx_mh mh;

	mh_init(&mh, pba ? MIPX_MH_BA : MIPX_MH_BU);
	mh.sequence = 0;
	mh.flags = pba ? 0 : 0x0080;
	mh.lifetime = lifetime;
	mh_add_mn_id(&mh, NAI1);
	if (pba)
		send_mh(s, &LMA, LMA.v6, mag, mag->v6, &mh, &(struct send_opts){ 0 });
	else
		send_mh(s, mag, mag->v6, &LMA, LMA.v6, &mh, &(struct send_opts){ 0 });
}

static void run_pmip6_early(struct scen *s)
{
	early_proxy(s, &MAG, 250, false); /* mn1 attaches at MAG */
	scen_wait(s, 1300);
	early_proxy(s, &MAG, 250, true);
	scen_wait(s, 23 * SEC);
	early_proxy(s, &MAG2, 250, false); /* moves to MAG2 ... */
	scen_wait(s, 80 * 1000);
	early_proxy(s, &MAG, 0, false);    /* ... and MAG deregisters */
	scen_wait(s, 1200);
	early_proxy(s, &MAG2, 250, true);  /* the PBAs cross */
	scen_wait(s, 900);
	early_proxy(s, &MAG, 0, true);
}

/* A BU and BA whose Header Len is 0 under their 12-octet fixed part, as
 * ns-3's Mobile IPv6 writes them (RFC 6275 6.1.1 wants 1, with padding). */
static void run_mh_len0(struct scen *s)
{
	struct mipx_mh mh;
	uint8_t buf[64];
	size_t len;

	mh_init(&mh, MIPX_MH_BU);
	mh.sequence = 1;
	mh.flags = MIPX_BU_FLAG_A | MIPX_BU_FLAG_H | MIPX_BU_FLAG_L | MIPX_BU_FLAG_K;
	mh.lifetime = HA_LT;
	if (!mh_build(s, &mh, buf, sizeof buf, &len))
		return;
	buf[1] = 0;
	send_raw_mh(s, &MN_COA, MN_COA.v6, &HA, HA.v6, buf, 12,
		    &(struct send_opts){ .hao = true, .hao_addr = V6(0x0001, 0, 0, 0x77) });
	scen_wait(s, 2300);
	mh_init(&mh, MIPX_MH_BA);
	mh.sequence = 1;
	mh.flags = MIPX_BA_FLAG_K;
	mh.lifetime = HA_LT;
	if (!mh_build(s, &mh, buf, sizeof buf, &len))
		return;
	buf[1] = 0;
	send_raw_mh(s, &HA, HA.v6, &MN_COA, MN_COA.v6, buf, 12,
		    &(struct send_opts){ .rh2 = true, .rh2_addr = V6(0x0001, 0, 0, 0x77) });
}

#define S(file, fmt, lt, run, text) { file, fmt, lt, run, text }

const struct scenario gen_std_mip6_scenarios[] = {
	S("std-mip6-home-rr.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_home_rr,
	  "# RFC 6275: home registration, return routability, correspondent BU/BA\nexit 0\n"),
	S("std-nemo-explicit.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_nemo_explicit,
	  "# RFC 3963: mobile router, R flag and Mobile Network Prefixes, BA with R\nexit 0\n"),
	S("std-nemo-implicit.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_nemo_implicit,
	  "# RFC 3963 implicit mode: R flag without prefixes, BA with R\nexit 0\n"),
	S("std-pmip6.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_pmip6,
	  "# RFC 5213 PBU/PBA with MN-ID, HNP, HI, ATT, Timestamp (sequence 0), RFC 5847 Heartbeat\nexit 0\n"),
	S("std-pmip6-early.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_pmip6_early,
	  "# PMIPv6 before RFC 5213: no P flag, MN-ID only, sequence 0; a handover\n"
	  "# whose registration and deregistration cross at the LMA\nexit 0\n"),
	S("std-mip6-hlen0.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_mh_len0,
	  "# BU and BA with Header Len 0 under a 12-octet fixed part (ns-3)\n"
	  "finding MCOA-MH-LEN 2\nexit 0\n"),
	{ NULL, 0, 0, NULL, NULL },
};
