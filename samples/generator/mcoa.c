/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * MCoA captures (draft-wakikawa-mobileip-multiplecoa-01) and their RFC 5648
 * twin.  The mobile node has up to three interfaces; it registers only its
 * primary care-of address with the home agent (7.3: no CoAINFO there), runs
 * return routability per care-of address with CoAINFO in the CoTI (6), then
 * sends each correspondent a BU with the M flag and CoAINFO per interface;
 * the correspondent answers with CoAINFO echoed, status 0 for the primary and
 * 1 for the others (5.3.3).  BUs from the node carry the Home Address option,
 * BAs to it a type 2 routing header.
 */
#include <string.h>

#include "gen.h"

#define SEC 1000000u
#define MS 1000u

#define V6(a, b, c, x) { 0x20, 0x01, 0x0d, 0xb8, (a) >> 8, (a) & 0xff, (b) >> 8, (b) & 0xff, \
			 0, 0, 0, 0, 0, 0, (c), (x) }
#define N6(nm, a, b, c, x, m5) { .name = nm, .v6 = V6(a, b, c, x), \
				 .mac = { 0x02, 0x36, 0x00, 0x00, 0x00, m5 } }

static const struct node MC_HA = N6("HA6", 0x0001, 0, 0, 0x01, 0x01);
static const struct node MC_CN = N6("CN", 0xcafe, 0, 0, 0x20, 0x20);
static const struct node MC_CN2 = N6("CN2", 0xbeef, 0, 0, 0x30, 0x30);
static const struct node MC_IF[3] = {
	N6("MN-wlan0", 0x00a1, 0, 0, 0x55, 0xa1),
	N6("MN-wwan0", 0x00b2, 0, 0, 0x55, 0xb2),
	N6("MN-eth1", 0x00c3, 0, 0, 0x55, 0xc3),
};
static const struct node MC_MN_HOME = N6("MN", 0x0001, 0, 0, 0x55, 0x55);
static const uint8_t *HOME = MC_MN_HOME.v6;

#define HA_LT 900 /* 3600 s */
#define CN_LT 105 /* 420 s, RFC 6275's MAX_RR_BINDING_LIFETIME */

struct ci {
	bool on, literal;
	uint8_t ifid, ifpri;
	uint16_t reserved;
};

struct mc {
	uint16_t seq, flags, lifetime;
	uint8_t status;
	struct ci ci;
	bool bid;
	uint16_t bid_id;
	uint8_t bid_pri;
	bool rr;       /* nonce indices + authorization data (correspondent) */
	bool at_home;  /* sent from / to the home address itself */
};

static void add_ci(struct mipx_mh *mh, const struct ci *ci)
{
	if (!ci->on)
		return;
	mh_add_coainfo(mh, ci->ifid, ci->ifpri, ci->literal);
	mh->opt[mh->coainfo_index].u.coainfo.reserved = ci->reserved;
}

static void bu(struct scen *s, const struct node *ifc, const struct node *to,
	       const struct mc *m)
{
	struct mipx_mh mh;
	struct send_opts o;

	mh_init(&mh, MIPX_MH_BU);
	mh.sequence = m->seq;
	mh.flags = m->flags;
	mh.lifetime = m->lifetime;
	add_ci(&mh, &m->ci);
	if (m->bid)
		mh_add_bid(&mh, m->bid_id, 0, m->bid_pri);
	if (m->rr)
		mh_add_rr_auth(&mh, 0x0102, (uint16_t)(0x0200 + m->seq % 16), m->seq * 0x01000193u);
	memset(&o, 0, sizeof o);
	if (m->at_home) {
		send_mh(s, &MC_MN_HOME, HOME, to, to->v6, &mh, &o);
		return;
	}
	o.hao = true;
	memcpy(o.hao_addr, HOME, 16);
	send_mh(s, ifc, ifc->v6, to, to->v6, &mh, &o);
}

static void ba(struct scen *s, const struct node *from, const struct node *ifc,
	       const struct mc *m)
{
	struct mipx_mh mh;
	struct send_opts o;

	mh_init(&mh, MIPX_MH_BA);
	mh.status = m->status;
	mh.sequence = m->seq;
	mh.lifetime = m->lifetime;
	add_ci(&mh, &m->ci);
	if (m->bid)
		mh_add_bid(&mh, m->bid_id, m->status, m->bid_pri);
	if (m->rr)
		mh_add_rr_auth(&mh, 0, 0, m->seq * 0x2545f491u);
	memset(&o, 0, sizeof o);
	if (m->at_home) {
		send_mh(s, from, from->v6, &MC_MN_HOME, HOME, &mh, &o);
		return;
	}
	o.rh2 = true;
	memcpy(o.rh2_addr, HOME, 16);
	send_mh(s, from, from->v6, ifc, ifc->v6, &mh, &o);
}

static uint16_t m_flag(const struct scen *s)
{
	return s->mip6.m_flag_mask;
}

/* Home registration of the primary care-of address (RFC 6275 11.7.1). */
static void home_reg(struct scen *s, const struct node *ifc, uint16_t seq, uint16_t lt,
		     const struct ci *ci)
{
	struct mc m = { .seq = seq, .flags = MIPX_BU_FLAG_A | MIPX_BU_FLAG_H, .lifetime = lt };

	if (ci) {
		m.ci = *ci;
		m.flags |= m_flag(s);
	}
	bu(s, ifc, &MC_HA, &m);
	scen_wait(s, 2100);
	m.flags = 0;
	ba(s, &MC_HA, ifc, &m);
}

/* Return routability for one care-of address; HoTI/HoT only the first time
 * (7.3), the CoTI carries the interface's CoAINFO. */
static void rr(struct scen *s, const struct node *cn, const struct node *ifc,
	       const struct ci *ci, bool with_home, uint32_t salt)
{
	struct mipx_mh mh;
	struct send_opts o;

	memset(&o, 0, sizeof o);
	if (with_home) {
		mh_init(&mh, MIPX_MH_HOTI);
		for (unsigned i = 0; i < 8; i++)
			mh.cookie[i] = (uint8_t)(0x11 * (i + 1) ^ salt);
		send_mh(s, &MC_HA, HOME, cn, cn->v6, &mh, &o);
		scen_wait(s, 300);
	}
	mh_init(&mh, MIPX_MH_COTI);
	for (unsigned i = 0; i < 8; i++)
		mh.cookie[i] = (uint8_t)(0x23 * (i + 3) ^ salt ^ ci->ifid);
	add_ci(&mh, ci);
	send_mh(s, ifc, ifc->v6, cn, cn->v6, &mh, &o);
	scen_wait(s, 18 * MS);
	if (with_home) {
		mh_init(&mh, MIPX_MH_HOT);
		mh.nonce_index = 0x0102;
		for (unsigned i = 0; i < 8; i++) {
			mh.cookie[i] = (uint8_t)(0x11 * (i + 1) ^ salt);
			mh.keygen_token[i] = (uint8_t)(0x3c ^ (i * 29) ^ salt);
		}
		send_mh(s, cn, cn->v6, &MC_HA, HOME, &mh, &o);
		scen_wait(s, 400);
	}
	mh_init(&mh, MIPX_MH_COT);
	mh.nonce_index = 0x0200;
	for (unsigned i = 0; i < 8; i++) {
		mh.cookie[i] = (uint8_t)(0x23 * (i + 3) ^ salt ^ ci->ifid);
		mh.keygen_token[i] = (uint8_t)(0xc3 ^ (i * 41) ^ ci->ifid);
	}
	send_mh(s, cn, cn->v6, ifc, ifc->v6, &mh, &o);
	scen_wait(s, 2 * MS);
}

/* One MCoA registration at a correspondent; ba_status < 0: no BA. */
static void cn_reg(struct scen *s, const struct node *cn, const struct node *ifc,
		   uint16_t seq, uint16_t flags, uint16_t lt, const struct ci *ci,
		   int ba_status, uint16_t ba_lt, bool ba_ci)
{
	struct mc m = { .seq = seq, .flags = flags, .lifetime = lt, .rr = true };

	if (ci)
		m.ci = *ci;
	bu(s, ifc, cn, &m);
	if (ba_status < 0)
		return;
	scen_wait(s, 1700);
	m.status = (uint8_t)ba_status;
	m.lifetime = ba_lt;
	if (!ba_ci)
		m.ci.on = false;
	ba(s, cn, ifc, &m);
}

struct mh_cfg {
	unsigned nif;
	uint8_t ifpri[3];
	uint8_t ifid[3];
	bool literal;
	uint16_t reserved;
};
static const struct mh_cfg three_ifs = { 3, { 0, 1, 2 }, { 1, 2, 3 }, false, 0 };

static struct ci ci_of(const struct mh_cfg *c, unsigned i)
{
	struct ci ci = { .on = true, .literal = c->literal, .ifid = c->ifid[i],
			 .ifpri = c->ifpri[i], .reserved = c->reserved };
	return ci;
}

static uint16_t cn_seq = 211;

/* Home registration, then every interface at the correspondent. */
static void multihome(struct scen *s, const struct node *cn, const struct mh_cfg *c)
{
	cn_seq = 211;
	home_reg(s, &MC_IF[0], 4120, HA_LT, NULL);
	scen_wait(s, 40 * MS);
	for (unsigned i = 0; i < c->nif; i++) {
		struct ci ci = ci_of(c, i);
		rr(s, cn, &MC_IF[i], &ci, i == 0, 0x5a);
		cn_reg(s, cn, &MC_IF[i], cn_seq++, MIPX_BU_FLAG_A | m_flag(s), CN_LT, &ci,
		       ci.ifpri == 0 ? 0 : 1, CN_LT, true);
		scen_wait(s, 25 * MS);
	}
}

static void refresh(struct scen *s, const struct node *cn, const struct mh_cfg *c)
{
	for (unsigned i = 0; i < c->nif; i++) {
		struct ci ci = ci_of(c, i);
		cn_reg(s, cn, &MC_IF[i], cn_seq++, MIPX_BU_FLAG_A | m_flag(s), CN_LT, &ci,
		       ci.ifpri == 0 ? 0 : 1, CN_LT, true);
		scen_wait(s, 12 * MS);
	}
}

/* ---- good ---- */

static void run_multihome(struct scen *s)
{
	multihome(s, &MC_CN, &three_ifs);
	scen_wait(s, 300 * SEC);
	refresh(s, &MC_CN, &three_ifs);
}

/* 7.7: one interface leaves, lifetime 0 with its CoAINFO. */
static void run_dereg_one(struct scen *s)
{
	struct ci ci = ci_of(&three_ifs, 2);

	multihome(s, &MC_CN, &three_ifs);
	scen_wait(s, 90 * SEC);
	cn_reg(s, &MC_CN, &MC_IF[2], cn_seq++, MIPX_BU_FLAG_A | m_flag(s), 0, &ci, 1, 0, true);
}

/* 7.7 last paragraph: a plain deregistration removes every binding. */
static void run_dereg_all(struct scen *s)
{
	multihome(s, &MC_CN, &three_ifs);
	scen_wait(s, 90 * SEC);
	cn_reg(s, &MC_CN, &MC_IF[0], cn_seq++, MIPX_BU_FLAG_A, 0, NULL, 0, 0, false);
}

/* 7.8: the primary interface is back on the home link: deregister at the
 * home agent and at the correspondent, from the home address. */
static void run_return_home(struct scen *s)
{
	struct mc m = { .seq = 4121, .flags = MIPX_BU_FLAG_A | MIPX_BU_FLAG_H, .at_home = true };

	multihome(s, &MC_CN, &three_ifs);
	scen_wait(s, 200 * SEC);
	bu(s, &MC_MN_HOME, &MC_HA, &m);
	scen_wait(s, 1900);
	m.flags = 0;
	ba(s, &MC_HA, &MC_MN_HOME, &m);
	scen_wait(s, 30 * MS);
	m = (struct mc){ .seq = cn_seq++, .flags = MIPX_BU_FLAG_A, .at_home = true, .rr = true };
	bu(s, &MC_MN_HOME, &MC_CN, &m);
	scen_wait(s, 1600);
	m.flags = 0;
	ba(s, &MC_CN, &MC_MN_HOME, &m);
}

static void run_len2(struct scen *s)
{
	struct mh_cfg c = three_ifs;

	c.literal = true;
	multihome(s, &MC_CN, &c);
}

/* RFC 5648: Binding Identifiers instead of CoAINFO, no M flag. */
static void run_bid(struct scen *s)
{
	s->vlan = 30;
	home_reg(s, &MC_IF[0], 4120, HA_LT, NULL);
	scen_wait(s, 40 * MS);
	for (unsigned i = 0; i < 3; i++) {
		struct ci none = { .on = false, .ifid = (uint8_t)(i + 1) };
		struct mc m = { .seq = (uint16_t)(311 + i), .flags = MIPX_BU_FLAG_A,
				.lifetime = CN_LT, .bid = true, .bid_id = (uint16_t)(i + 1),
				.bid_pri = (uint8_t)(i * 10), .rr = true };
		rr(s, &MC_CN, &MC_IF[i], &none, i == 0, 0x6b);
		bu(s, &MC_IF[i], &MC_CN, &m);
		scen_wait(s, 1700);
		m.flags = 0;
		ba(s, &MC_CN, &MC_IF[i], &m);
		scen_wait(s, 25 * MS);
	}
}

/* The same as multihome with CoAINFO type 200 and M at 0x0800. */
static void run_settings(struct scen *s)
{
	s->mip6.coainfo_type = 200;
	s->mip6.m_flag_mask = 0x0800;
	multihome(s, &MC_CN, &three_ifs);
}

/* The same IFIDs toward two correspondents (3: privacy). */
static void run_ifid_shared(struct scen *s)
{
	multihome(s, &MC_CN, &three_ifs);
	scen_wait(s, 2 * SEC);
	for (unsigned i = 0; i < 2; i++) {
		struct ci ci = ci_of(&three_ifs, i);
		rr(s, &MC_CN2, &MC_IF[i], &ci, i == 0, 0x7c);
		cn_reg(s, &MC_CN2, &MC_IF[i], (uint16_t)(900 + i), MIPX_BU_FLAG_A | m_flag(s),
		       CN_LT, &ci, i == 0 ? 0 : 1, CN_LT, true);
		scen_wait(s, 25 * MS);
	}
}

/* ---- faults ---- */

static void run_m_no_coainfo(struct scen *s)
{
	home_reg(s, &MC_IF[0], 4120, HA_LT, NULL);
	scen_wait(s, 40 * MS);
	struct ci ci = ci_of(&three_ifs, 1);
	rr(s, &MC_CN, &MC_IF[1], &ci, true, 0x12);
	/* 8.3: dropped silently, so no BA. */
	cn_reg(s, &MC_CN, &MC_IF[1], 212, MIPX_BU_FLAG_A | m_flag(s), CN_LT, NULL, -1, 0, false);
}

static void run_coainfo_no_m(struct scen *s)
{
	home_reg(s, &MC_IF[0], 4120, HA_LT, NULL);
	scen_wait(s, 40 * MS);
	struct ci ci = ci_of(&three_ifs, 0);
	rr(s, &MC_CN, &MC_IF[0], &ci, true, 0x13);
	cn_reg(s, &MC_CN, &MC_IF[0], 211, MIPX_BU_FLAG_A, CN_LT, &ci, 0, CN_LT, true);
}

/* A correspondent that does not do MCoA answers status 0 without CoAINFO;
 * the node then registers only its primary (7.4). */
static void run_ba_no_coainfo(struct scen *s)
{
	home_reg(s, &MC_IF[0], 4120, HA_LT, NULL);
	scen_wait(s, 40 * MS);
	struct ci ci = ci_of(&three_ifs, 0);
	rr(s, &MC_CN, &MC_IF[0], &ci, true, 0x14);
	cn_reg(s, &MC_CN, &MC_IF[0], 211, MIPX_BU_FLAG_A | m_flag(s), CN_LT, &ci, 0, CN_LT, false);
}

static void run_status1_no_coainfo(struct scen *s)
{
	home_reg(s, &MC_IF[0], 4120, HA_LT, NULL);
	scen_wait(s, 40 * MS);
	for (unsigned i = 0; i < 2; i++) {
		struct ci ci = ci_of(&three_ifs, i);
		rr(s, &MC_CN, &MC_IF[i], &ci, i == 0, 0x15);
		cn_reg(s, &MC_CN, &MC_IF[i], (uint16_t)(211 + i), MIPX_BU_FLAG_A | m_flag(s),
		       CN_LT, &ci, i == 0 ? 0 : 1, CN_LT, i == 0);
	}
}

static void run_lt_ba(struct scen *s)
{
	home_reg(s, &MC_IF[0], 4120, HA_LT, NULL);
	scen_wait(s, 40 * MS);
	struct ci ci = ci_of(&three_ifs, 0);
	rr(s, &MC_CN, &MC_IF[0], &ci, true, 0x16);
	cn_reg(s, &MC_CN, &MC_IF[0], 211, MIPX_BU_FLAG_A | m_flag(s), 60, &ci, 0, 240, true);
}

static void run_no_primary(struct scen *s)
{
	struct mh_cfg c = three_ifs;

	c.ifpri[0] = 1;
	c.ifpri[1] = 2;
	c.ifpri[2] = 3;
	multihome(s, &MC_CN, &c);
}

/* A refresh of IFID 2 goes back from 213 to 209; the CN answers 135
 * (sequence number out of window) with its last accepted number. */
static void run_seq(struct scen *s)
{
	struct ci ci = ci_of(&three_ifs, 1);
	struct mc m = { .seq = 209, .flags = MIPX_BU_FLAG_A | m_flag(s), .lifetime = CN_LT,
			.ci = ci, .rr = true };

	multihome(s, &MC_CN, &three_ifs);
	scen_wait(s, 60 * SEC);
	bu(s, &MC_IF[1], &MC_CN, &m);
	scen_wait(s, 1700);
	m.flags = 0;
	m.status = 135;
	m.seq = 212;
	m.lifetime = 0;
	ba(s, &MC_CN, &MC_IF[1], &m);
}

/* BE status 2 (7.6), yet the node keeps sending CoAINFO. */
static void run_after_be(struct scen *s)
{
	struct mipx_mh mh;
	struct send_opts o;
	struct ci ci = ci_of(&three_ifs, 0);

	home_reg(s, &MC_IF[0], 4120, HA_LT, NULL);
	scen_wait(s, 40 * MS);
	rr(s, &MC_CN, &MC_IF[0], &ci, true, 0x17);
	for (unsigned k = 0; k < 2; k++) {
		cn_reg(s, &MC_CN, &MC_IF[k], (uint16_t)(211 + k), MIPX_BU_FLAG_A | m_flag(s),
		       CN_LT, &ci, -1, 0, false);
		scen_wait(s, 1500);
		mh_init(&mh, MIPX_MH_BE);
		mh.status = 2;
		memcpy(mh.home_address, HOME, 16);
		memset(&o, 0, sizeof o);
		send_mh(s, &MC_CN, MC_CN.v6, &MC_IF[k], MC_IF[k].v6, &mh, &o);
		scen_wait(s, 3 * SEC);
		ci = ci_of(&three_ifs, 1);
	}
}

/* CoAINFO of length 3, a BID option of length 5 (malformed), and a BU cut
 * by the snap length (not malformed: CAPTURE-CUT). */
static void run_mh_malformed(struct scen *s)
{
	static const uint8_t three[3] = { 1, 0, 0 };
	static const uint8_t five[5] = { 0, 2, 0, 0x05, 0 };
	struct mipx_mh mh;
	struct send_opts o;
	struct mipx_mh_option *opt;

	home_reg(s, &MC_IF[0], 4120, HA_LT, NULL);
	scen_wait(s, 40 * MS);
	memset(&o, 0, sizeof o);
	o.hao = true;
	memcpy(o.hao_addr, HOME, 16);
	for (unsigned k = 0; k < 2; k++) {
		mh_init(&mh, MIPX_MH_BU);
		mh.sequence = (uint16_t)(211 + k);
		mh.flags = MIPX_BU_FLAG_A | m_flag(s);
		mh.lifetime = CN_LT;
		opt = &mh.opt[mh.n_opt++];
		memset(opt, 0, sizeof *opt);
		opt->kind = MIPX_MHOPT_KIND_UNKNOWN;
		opt->type = k == 0 ? MIPX_MHOPT_COAINFO_DEFAULT : MIPX_MHOPT_BID;
		opt->length = k == 0 ? 3 : 5;
		opt->data = k == 0 ? three : five;
		send_mh(s, &MC_IF[k], MC_IF[k].v6, &MC_CN, MC_CN.v6, &mh, &o);
		scen_wait(s, 1 * SEC);
	}
	struct ci ci = ci_of(&three_ifs, 2);
	struct mc m = { .seq = 213, .flags = MIPX_BU_FLAG_A | m_flag(s), .lifetime = CN_LT,
			.ci = ci, .rr = true };
	mh_init(&mh, MIPX_MH_BU);
	mh.sequence = m.seq;
	mh.flags = m.flags;
	mh.lifetime = m.lifetime;
	add_ci(&mh, &m.ci);
	mh_add_rr_auth(&mh, 0x0102, 0x0203, 0x4242);
	o.cut = 10;
	send_mh(s, &MC_IF[2], MC_IF[2].v6, &MC_CN, MC_CN.v6, &mh, &o);
}

static void run_home_coainfo(struct scen *s)
{
	struct ci ci = ci_of(&three_ifs, 0);

	home_reg(s, &MC_IF[0], 4120, HA_LT, &ci);
}

/* Home again at the home agent, bindings left at the correspondent. */
static void run_home_stale(struct scen *s)
{
	struct mc m = { .seq = 4121, .flags = MIPX_BU_FLAG_A | MIPX_BU_FLAG_H, .at_home = true };

	multihome(s, &MC_CN, &three_ifs);
	scen_wait(s, 200 * SEC);
	bu(s, &MC_MN_HOME, &MC_HA, &m);
	scen_wait(s, 1900);
	m.flags = 0;
	ba(s, &MC_HA, &MC_MN_HOME, &m);
}

/* IFID 2 registered for 60 s, never refreshed, still used for a CoTI later
 * while IFID 1 is refreshed. */
static void run_expired(struct scen *s)
{
	home_reg(s, &MC_IF[0], 4120, HA_LT, NULL);
	scen_wait(s, 40 * MS);
	for (unsigned i = 0; i < 2; i++) {
		struct ci ci = ci_of(&three_ifs, i);
		rr(s, &MC_CN, &MC_IF[i], &ci, i == 0, 0x18);
		cn_reg(s, &MC_CN, &MC_IF[i], (uint16_t)(211 + i), MIPX_BU_FLAG_A | m_flag(s),
		       15, &ci, i == 0 ? 0 : 1, 15, true);
	}
	for (unsigned k = 0; k < 3; k++) {
		struct ci ci = ci_of(&three_ifs, 0);
		scen_wait(s, 50 * SEC);
		cn_reg(s, &MC_CN, &MC_IF[0], (uint16_t)(213 + k), MIPX_BU_FLAG_A | m_flag(s),
		       15, &ci, 0, 15, true);
	}
	/* Still in use: a CoTI from it, then a refresh long after expiry. */
	struct ci ci2 = ci_of(&three_ifs, 1);
	rr(s, &MC_CN, &MC_IF[1], &ci2, false, 0x19);
	cn_reg(s, &MC_CN, &MC_IF[1], 216, MIPX_BU_FLAG_A | m_flag(s), 15, &ci2, 1, 15, true);
}

static void run_reserved(struct scen *s)
{
	struct mh_cfg c = three_ifs;

	c.nif = 2;
	c.reserved = 0x0101;
	multihome(s, &MC_CN, &c);
}

#define S(file, fmt, lt, run, text) { file, fmt, lt, run, text }

const struct scenario gen_mcoa_scenarios[] = {
	S("mcoa-multihome.pcapng", CAP_PCAPNG, MIPX_DLT_EN10MB, run_multihome,
	  "# three interfaces: primary at the home agent, all three at the CN with\n"
	  "# M + CoAINFO (status 0 primary, 1 the others), refreshed after 300 s\nexit 0\n"),
	S("mcoa-dereg-one.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_dereg_one,
	  "# IFID 3 deregisters alone: lifetime 0 with its CoAINFO (7.7)\nexit 0\n"),
	S("mcoa-dereg-all.pcap", CAP_PCAP, MIPX_DLT_LINUX_SLL, run_dereg_all,
	  "# a deregistration without CoAINFO removes all three bindings\n"
	  "finding MCOA-DEREG-ALL\nexit 0\n"),
	S("mcoa-return-home.pcapng", CAP_PCAPNG, MIPX_DLT_LINUX_SLL2, run_return_home,
	  "# back on the home link: deregistered at the home agent and the CN (7.8)\n"
	  "finding MCOA-DEREG-ALL\nexit 0\n"),
	S("mcoa-coainfo-len2.pcap", CAP_PCAP, MIPX_DLT_RAW, run_len2,
	  "# CoAINFO in the draft's literal length-2 form in BUs, BAs and CoTIs\n"
	  "finding MCOA-COAINFO-LEN2 3\nexit 0\n"),
	S("mcoa-bid.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_bid,
	  "# RFC 5648: three bindings by Binding Identifier, no M flag (VLAN 30)\nexit 0\n"),
	S("mcoa-settings.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_settings,
	  "# CoAINFO as option type 200, M flag at 0x0800: needs the settings\n"
	  "args --coainfo-type 200 --m-flag-mask 0x0800\nexit 0\n"),
	S("mcoa-ifid-shared.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_ifid_shared,
	  "# the same IFIDs toward two correspondents (3: privacy)\n"
	  "finding MCOA-IFID-SHARED\nexit 0\n"),
	S("mcoa-fault-m-no-coainfo.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_m_no_coainfo,
	  "# BU with the M flag and no CoAINFO; the CN drops it (8.3)\n"
	  "finding MCOA-M-NO-COAINFO\nexit 1\n"),
	S("mcoa-fault-coainfo-no-m.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_coainfo_no_m,
	  "# BU with CoAINFO but without the M flag (5.3.2)\n"
	  "finding MCOA-COAINFO-NO-M\nexit 0\n"),
	S("mcoa-fault-ba-no-coainfo.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_ba_no_coainfo,
	  "# a non-MCoA CN answers status 0 without echoing CoAINFO (7.4)\n"
	  "finding MCOA-BA-NO-COAINFO\nexit 0\n"),
	S("mcoa-fault-status1-no-coainfo.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_status1_no_coainfo,
	  "# BA status 1 without CoAINFO to a BU that carried it\n"
	  "finding MCOA-STATUS1-NO-COAINFO\nexit 1\n"),
	S("mcoa-fault-lt-ba.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_lt_ba,
	  "# BA grants 240 units to a BU asking 60\nfinding MCOA-LT-BA\nexit 1\n"),
	S("mcoa-fault-no-primary.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_no_primary,
	  "# IFPRI 1, 2, 3: no interface is primary (IFPRI 0)\n"
	  "finding MCOA-NO-PRIMARY\nexit 0\n"),
	S("mcoa-fault-seq.pcap", CAP_PCAP, MIPX_DLT_LINUX_SLL, run_seq,
	  "# IFID 2 refreshed with sequence 209 after 212; BA status 135\n"
	  "finding MCOA-SEQ\nexit 0\n"),
	S("mcoa-fault-after-be.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_after_be,
	  "# BE status 2, and the node sends CoAINFO again (7.6)\n"
	  "finding MCOA-AFTER-BE\nexit 0\n"),
	S("mcoa-fault-malformed.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_mh_malformed,
	  "# CoAINFO of length 3, BID of length 5; a BU cut by the snap length\n"
	  "# is not malformed\n"
	  "finding MCOA-MALFORMED 2\nfinding CAPTURE-CUT\nexit 1\n"),
	S("mcoa-fault-home-coainfo.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_home_coainfo,
	  "# home registration with M + CoAINFO (7.3: should not)\n"
	  "finding MCOA-HOME-COAINFO\nexit 0\n"),
	S("mcoa-fault-home-stale.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_home_stale,
	  "# deregistered at the home agent, three bindings left at the CN\n"
	  "finding MCOA-HOME-STALE\nexit 0\n"),
	S("mcoa-fault-expired.pcapng", CAP_PCAPNG, MIPX_DLT_EN10MB, run_expired,
	  "# IFID 2 expires after 60 s; its care-of address is still used at 150 s\n"
	  "# (CoTI, then a refresh that comes 90 s too late)\n"
	  "finding MCOA-EXPIRED\nexit 0\n"),
	S("mcoa-reserved.pcap", CAP_PCAP, MIPX_DLT_EN10MB, run_reserved,
	  "# CoAINFO reserved field 0x0101\nfinding MCOA-RESERVED\nexit 0\n"),
	{ NULL, 0, 0, NULL, NULL },
};
