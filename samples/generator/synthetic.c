/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A large mixed capture for benchmarks: N mobile nodes, half DREMIP (local
 * registration through a foreign agent to RS2 with the Route Request/Reply,
 * refreshed every 300 s), half MCoA (two or three interfaces refreshing their
 * bindings at a correspondent every 200 s).  Frames are streamed to disk in
 * time order through a heap of per-node next-frame times, so memory is
 * O(nodes), never O(frames).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dremip.h"

#define DR_PERIOD 300u
#define MC_PERIOD 200u
#define MC_LT 75 /* units of 4 s: 300 s, longer than the refresh period */

struct snode {
	uint64_t next;   /* time of its next frame, us */
	uint64_t round_start;
	uint32_t index;
	uint16_t seq;
	uint8_t step;
	uint8_t steps;   /* frames per round */
	uint64_t ident;
};

static uint64_t splitmix(uint64_t *state)
{
	uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
	return z ^ (z >> 31);
}

/* Binary min-heap of node indices by (next, index). */
struct heap {
	uint32_t *idx;
	size_t n;
	struct snode *nodes;
};

static bool before(const struct heap *h, uint32_t a, uint32_t b)
{
	const struct snode *x = &h->nodes[a], *y = &h->nodes[b];
	return x->next < y->next || (x->next == y->next && a < b);
}

static void sift_down(struct heap *h, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, m = i;
		if (l < h->n && before(h, h->idx[l], h->idx[m]))
			m = l;
		if (r < h->n && before(h, h->idx[r], h->idx[m]))
			m = r;
		if (m == i)
			return;
		uint32_t t = h->idx[i];
		h->idx[i] = h->idx[m];
		h->idx[m] = t;
		i = m;
	}
}

static bool is_dremip(uint32_t i) { return (i & 1u) == 0; }

static void dr_nodes(uint32_t i, struct node *mn, struct node *fa)
{
	uint32_t k = i / 2;
	uint32_t f = k % 200;

	memset(mn, 0, sizeof *mn);
	memset(fa, 0, sizeof *fa);
	mn->name = "MN";
	mn->v4 = IP4(10, 64, 0, 0) + k + 1;
	mn->port = (uint16_t)(49152 + k % 16000);
	fa->name = "FA";
	fa->v4 = IP4(10, 2, 16 + f / 250, f % 250 + 1);
	fa->port = (uint16_t)(51000 + f);
}

static void dr_step(struct scen *s, struct snode *n)
{
	struct node mn, fa;
	struct mipx_mip4_msg m;
	uint8_t st = n->step;

	dr_nodes(n->index, &mn, &fa);
	if (st == 2 || st == 3) {
		mip4_route(&m, st == 2 ? MIPX_MIP4_ROUTE_REQUEST : MIPX_MIP4_ROUTE_REPLY, 0,
			   DR_PERIOD * 2, mn.v4, fa.v4, n->ident ^ 0x5200u);
		mip4_add_auth(&m, MIPX_EXT_AGENT_SERVER_AUTH, SPI_CA1_RS2);
		if (st == 2)
			send_mip4(s, &DR_RS2, &DR_CA1, DR_RS2.port, MIPX_MIP4_UDP_PORT, &m);
		else
			send_mip4(s, &DR_CA1, &DR_RS2, MIPX_MIP4_UDP_PORT, DR_RS2.port, &m);
		return;
	}
	if (st < 2)
		mip4_reg_request(&m, MIPX_REG_FLAG_R, DR_PERIOD * 2, mn.v4, DR_RS2.v4, fa.v4, n->ident);
	else
		mip4_reg_reply(&m, 0, DR_PERIOD * 2, mn.v4, DR_RS2.v4, n->ident);
	if (st >= 4)
		mip4_add_coa(&m, DR_CA1.v4);
	mip4_add_auth(&m, MIPX_EXT_MOBILE_SERVER_AUTH, SPI_MN_RS2);
	if (st == 1 || st == 4)
		mip4_add_auth(&m, MIPX_EXT_AGENT_SERVER_AUTH, SPI_FA_RS2);
	switch (st) {
	case 0: send_mip4(s, &mn, &fa, mn.port, MIPX_MIP4_UDP_PORT, &m); break;
	case 1: send_mip4(s, &fa, &DR_RS2, fa.port, MIPX_MIP4_UDP_PORT, &m); break;
	case 4: send_mip4(s, &DR_RS2, &fa, MIPX_MIP4_UDP_PORT, fa.port, &m); break;
	default: send_mip4(s, &fa, &mn, MIPX_MIP4_UDP_PORT, mn.port, &m); break;
	}
}

static void mc_step(struct scen *s, struct snode *n)
{
	static const struct node cn = { .name = "CN", .v6 = { 0x20, 0x01, 0x0d, 0xb8, 0xca, 0xfe,
							      [15] = 0x20 } };
	uint32_t k = n->index / 2;
	unsigned ifc = n->step / 2;
	struct node mn;
	uint8_t home[16] = { 0x20, 0x01, 0x0d, 0xb8, 0x01, 0x00 };
	struct mipx_mh mh;
	struct send_opts o;

	memset(&mn, 0, sizeof mn);
	mn.name = "MN6";
	memcpy(mn.v6, home, 16);
	/* care-of addresses 2001:db8:a1::/48, b2::, c3:: by interface */
	mn.v6[4] = (uint8_t)(0xa1 + ifc * 0x11);
	mn.v6[5] = 0;
	home[12] = mn.v6[12] = (uint8_t)(k >> 24);
	home[13] = mn.v6[13] = (uint8_t)(k >> 16);
	home[14] = mn.v6[14] = (uint8_t)(k >> 8);
	home[15] = mn.v6[15] = (uint8_t)k;
	mn.mac[0] = 0x02;
	mn.mac[1] = (uint8_t)ifc;
	memcpy(mn.mac + 2, mn.v6 + 12, 4);

	mh_init(&mh, n->step % 2 == 0 ? MIPX_MH_BU : MIPX_MH_BA);
	mh.sequence = n->seq;
	mh.lifetime = MC_LT;
	mh_add_coainfo(&mh, (uint8_t)(ifc + 1), (uint8_t)ifc, false);
	memset(&o, 0, sizeof o);
	if (mh.type == MIPX_MH_BU) {
		mh.flags = MIPX_BU_FLAG_A | s->mip6.m_flag_mask;
		mh_add_rr_auth(&mh, 0x0102, 0x0203, n->seq * 0x01000193u);
		o.hao = true;
		memcpy(o.hao_addr, home, 16);
		send_mh(s, &mn, mn.v6, &cn, cn.v6, &mh, &o);
	} else {
		mh.status = ifc == 0 ? 0 : 1;
		mh_add_rr_auth(&mh, 0, 0, n->seq * 0x2545f491u);
		o.rh2 = true;
		memcpy(o.rh2_addr, home, 16);
		send_mh(s, &cn, cn.v6, &mn, mn.v6, &mh, &o);
	}
}

int gen_synthetic(unsigned count, unsigned minutes, uint64_t seed, bool once,
		  const char *out)
{
	size_t olen = strlen(out);
	enum cap_format fmt = olen > 7 && strcmp(out + olen - 7, ".pcapng") == 0 ? CAP_PCAPNG
										: CAP_PCAP;
	struct capture *cap = cap_open(out, fmt, MIPX_DLT_EN10MB);
	struct scen s;
	struct heap h;
	uint64_t rng = seed;
	uint64_t t0 = (uint64_t)GEN_BASE_SEC * 1000000u;
	uint64_t end = t0 + (uint64_t)minutes * 60u * 1000000u;

	if (!cap)
		return 2;
	scen_init(&s, cap, MIPX_DLT_EN10MB);
	h.nodes = calloc(count ? count : 1, sizeof *h.nodes);
	h.idx = calloc(count ? count : 1, sizeof *h.idx);
	if (!h.nodes || !h.idx) {
		free(h.nodes);
		free(h.idx);
		cap_close(cap);
		return 2;
	}
	h.n = 0;
	for (uint32_t i = 0; i < count; i++) {
		struct snode *n = &h.nodes[i];
		uint64_t period = (is_dremip(i) ? DR_PERIOD : MC_PERIOD) * 1000000ull;

		n->index = i;
		/* one round each: started anywhere in the run, ending before it */
		if (once)
			period = end - t0 > 1000000u ? end - t0 - 1000000u : 1;
		n->next = n->round_start = t0 + splitmix(&rng) % period;
		n->steps = is_dremip(i) ? 6 : (uint8_t)(2 * ((i / 2) % 3 == 0 ? 3 : 2));
		n->seq = (uint16_t)splitmix(&rng);
		n->ident = ((n->next / 1000000u + 2208988800u) << 32) | (uint32_t)splitmix(&rng);
		if (n->next < end)
			h.idx[h.n++] = i;
	}
	for (size_t i = h.n; i-- > 0;)
		sift_down(&h, i);

	while (h.n) {
		struct snode *n = &h.nodes[h.idx[0]];

		s.now = n->next;
		if (is_dremip(n->index))
			dr_step(&s, n);
		else
			mc_step(&s, n);
		if (s.failed)
			break;
		n->step++;
		if (n->step < n->steps) {
			/* hops a few hundred microseconds to a few ms apart */
			n->next += 300u + (uint64_t)((n->index * 7u + n->step * 131u) % 1500u);
			if (!is_dremip(n->index) && n->step % 2 == 0)
				n->seq++;
		} else {
			uint64_t period = (is_dremip(n->index) ? DR_PERIOD : MC_PERIOD) * 1000000ull;
			n->round_start += period;
			n->next = n->round_start;
			n->step = 0;
			n->seq++;
			n->ident = ((n->next / 1000000u + 2208988800u) << 32) |
				   (uint32_t)(n->ident + 0x9e3779b9u);
		}
		/* A round that started finishes; none starts after the end. */
		if (n->step == 0 && (once || n->next >= end))
			h.idx[0] = h.idx[--h.n];
		sift_down(&h, 0);
	}
	unsigned long frames = cap_frames(cap);
	bool ok = cap_close(cap) && !s.failed;
	free(h.nodes);
	free(h.idx);
	fprintf(stderr, "mipx-samples: %s: %lu frames, %u nodes, %u minutes\n", out, frames,
		count, minutes);
	return ok ? 0 : 1;
}
