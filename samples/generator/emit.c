/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Entities, keys and the one way every message reaches a capture: built with
 * the codec's encoders, authentication extensions signed in order (each one
 * covers the ones before it, RFC 3344 3.5), wrapped with mipx_frame_encode.
 */
#include <stdio.h>
#include <string.h>

#include "gen.h"
#include "mipx/packet.h"

static const uint32_t spis[] = {
	SPI_MN_RS2, SPI_MN_RS1, SPI_MN_RS3, SPI_MN_RS4, SPI_FA_RS2, SPI_CA1_RS2,
	SPI_HA_RS1, SPI_CA2_RS3, SPI_FA_RS1, SPI_CA3_RS2, SPI_FA_RS4,
	SPI_RS2_RS1, SPI_RS2_RS3, SPI_RS3_RS1, SPI_MN_HA, SPI_MN_FA,
};
#define N_SPIS (sizeof spis / sizeof spis[0])
static uint8_t keys[N_SPIS][16];
static bool keys_made;

/* Fixed, distinct keys: a byte pattern of the SPI, not a secret. */
static void make_keys(void)
{
	for (size_t i = 0; i < N_SPIS; i++)
		for (unsigned j = 0; j < 16; j++)
			keys[i][j] = (uint8_t)((spis[i] * 0x9du) ^ (j * 0x3bu) ^ (spis[i] >> 8) ^ 0x5au);
	keys_made = true;
}

const uint8_t *gen_key(uint32_t spi, size_t *len)
{
	if (!keys_made)
		make_keys();
	for (size_t i = 0; i < N_SPIS; i++) {
		if (spis[i] == spi) {
			*len = 16;
			return keys[i];
		}
	}
	return NULL;
}

bool gen_write_keys(const char *path)
{
	FILE *fp = fopen(path, "w");
	size_t len;

	if (!fp)
		return false;
	fprintf(fp, "# mipx sample keys: SPI:hexkey, HMAC-MD5 (RFC 3344 3.5)\n");
	for (size_t i = 0; i < N_SPIS; i++) {
		const uint8_t *k = gen_key(spis[i], &len);
		fprintf(fp, "0x%x:", (unsigned)spis[i]);
		for (size_t j = 0; j < len; j++)
			fprintf(fp, "%02x", k[j]);
		fputc('\n', fp);
	}
	return fclose(fp) == 0;
}

void scen_init(struct scen *s, struct capture *cap, int linktype)
{
	struct mipx_mip6_settings def = MIPX_MIP6_SETTINGS_DEFAULT;

	memset(s, 0, sizeof *s);
	s->cap = cap;
	s->linktype = linktype;
	s->now = (uint64_t)GEN_BASE_SEC * 1000000u;
	s->ip_id = 0x1c00;
	s->mip6 = def;
}

uint64_t gen_ntp_ident(const struct scen *s, uint32_t salt)
{
	/* NTP seconds since 1900, fraction from the microseconds and a salt. */
	uint64_t sec = s->now / 1000000u + 2208988800u;
	uint32_t frac = (uint32_t)(((s->now % 1000000u) << 32) / 1000000u) ^ salt;
	return (sec << 32) | frac;
}

/* ---- Mobile IPv4 builders ---- */

static const uint8_t zero_auth[MIPX_HMAC_MD5_LEN];

static void mip4_clear(struct mipx_mip4_msg *m, uint8_t type)
{
	memset(m, 0, sizeof *m);
	m->type = type;
}

void mip4_reg_request(struct mipx_mip4_msg *m, uint8_t flags, uint16_t lifetime,
		      uint32_t home, uint32_t registrar, uint32_t care_of,
		      uint64_t ident)
{
	mip4_clear(m, MIPX_MIP4_REG_REQUEST);
	m->flags = flags;
	m->lifetime = lifetime;
	m->home_address = home;
	m->registrar = registrar;
	m->care_of = care_of;
	m->identification = ident;
}

void mip4_reg_reply(struct mipx_mip4_msg *m, uint8_t code, uint16_t lifetime,
		    uint32_t home, uint32_t registrar, uint64_t ident)
{
	mip4_clear(m, MIPX_MIP4_REG_REPLY);
	m->code = code;
	m->lifetime = lifetime;
	m->home_address = home;
	m->registrar = registrar;
	m->identification = ident;
}

void mip4_route(struct mipx_mip4_msg *m, uint8_t type, uint8_t code_or_reserved,
		uint16_t lifetime, uint32_t destination, uint32_t next_hop,
		uint64_t ident)
{
	mip4_clear(m, type);
	if (type == MIPX_MIP4_ROUTE_REPLY)
		m->code = code_or_reserved;
	else
		m->reserved = code_or_reserved;
	m->lifetime = lifetime;
	m->destination = destination;
	m->next_hop = next_hop;
	m->identification = ident;
}

static struct mipx_mip4_ext *mip4_new_ext(struct mipx_mip4_msg *m, uint8_t type)
{
	struct mipx_mip4_ext *e;

	if (m->n_ext >= MIPX_MIP4_MAX_EXTS)
		return NULL;
	e = &m->ext[m->n_ext++];
	memset(e, 0, sizeof *e);
	e->type = type;
	e->header_len = 2;
	return e;
}

void mip4_add_auth(struct mipx_mip4_msg *m, uint8_t type, uint32_t spi)
{
	struct mipx_mip4_ext *e = mip4_new_ext(m, type);

	if (!e)
		return;
	e->length = 4 + MIPX_HMAC_MD5_LEN;
	e->u.auth.spi = spi;
	e->u.auth.authenticator = zero_auth;
	e->u.auth.authenticator_len = MIPX_HMAC_MD5_LEN;
}

void mip4_add_nai(struct mipx_mip4_msg *m, const char *nai)
{
	struct mipx_mip4_ext *e = mip4_new_ext(m, MIPX_EXT_NAI);

	if (!e)
		return;
	e->length = (uint16_t)strlen(nai);
	e->data = (const uint8_t *)nai;
}

void mip4_add_nvse(struct mipx_mip4_msg *m, uint32_t vendor, uint16_t type,
		   const uint8_t *value, uint16_t len)
{
	struct mipx_mip4_ext *e = mip4_new_ext(m, MIPX_EXT_NVSE);

	if (!e)
		return;
	e->length = (uint16_t)(8 + len);
	e->u.vendor.vendor_id = vendor;
	e->u.vendor.vendor_type = type;
	e->u.vendor.value = value;
	e->u.vendor.value_len = len;
}

void mip4_add_coa(struct mipx_mip4_msg *m, uint32_t care_of)
{
	struct mipx_mip4_ext *e = mip4_new_ext(m, MIPX_EXT_CARE_OF);

	if (!e)
		return;
	e->length = 6;
	e->u.care_of.address = care_of;
}

void mip4_add_rs(struct mipx_mip4_msg *m, uint16_t lifetime, unsigned n,
		 const struct mipx_rs_entry *entries)
{
	struct mipx_mip4_ext *e = mip4_new_ext(m, MIPX_EXT_REG_SERVER);

	if (!e)
		return;
	if (n > MIPX_RS_MAX_ENTRIES)
		n = MIPX_RS_MAX_ENTRIES;
	e->length = (uint16_t)(2 + 8 * n);
	e->u.rs.lifetime = lifetime;
	e->u.rs.count = (uint8_t)n;
	memcpy(e->u.rs.entry, entries, n * sizeof *entries);
}

void mip4_drop_last_ext(struct mipx_mip4_msg *m)
{
	if (m->n_ext)
		m->n_ext--;
}

bool mip4_build(struct scen *s, const struct mipx_mip4_msg *m, uint8_t *buf,
		size_t cap, size_t *len)
{
	struct mipx_error err;
	struct mipx_mip4_msg dec;

	if (mipx_mip4_encode(m, buf, cap, len, &err) != MIPX_OK ||
	    mipx_mip4_decode(buf, *len, &dec, &err) != MIPX_OK) {
		fprintf(stderr, "mipx-samples: mip4 type %u: %s: %s\n", m->type,
			err.field ? err.field : "?", err.reason ? err.reason : "?");
		s->failed = true;
		return false;
	}
	for (unsigned i = 0; i < dec.n_ext; i++) {
		const struct mipx_mip4_ext *e = &dec.ext[i];
		size_t klen;
		const uint8_t *key;

		if (!mipx_mip4_is_auth_ext(e->type))
			continue;
		key = gen_key(e->u.auth.spi, &klen);
		if (!key || mipx_mip4_auth_sign(buf, *len, e, key, klen, &err) != MIPX_OK) {
			fprintf(stderr, "mipx-samples: cannot sign SPI 0x%x\n",
				(unsigned)e->u.auth.spi);
			s->failed = true;
			return false;
		}
		/* A spoiled authenticator stays spoiled on every hop, and the
		 * extensions after it cover the spoiled bytes. */
		if (s->corrupt_spi && e->u.auth.spi == s->corrupt_spi)
			buf[e->offset + e->header_len + 4 + 5] ^= 0x5a;
	}
	return true;
}

/* ---- framing ---- */

static void node_mac(const struct node *n, uint8_t mac[6])
{
	if (n->mac[0] || n->mac[1] || n->mac[2] || n->mac[5]) {
		memcpy(mac, n->mac, 6);
		return;
	}
	/* Locally administered, from the node's address. */
	mac[0] = 0x02;
	mac[1] = 0x4d;
	if (n->v4) {
		mac[2] = (uint8_t)(n->v4 >> 24);
		mac[3] = (uint8_t)(n->v4 >> 16);
		mac[4] = (uint8_t)(n->v4 >> 8);
		mac[5] = (uint8_t)n->v4;
	} else {
		memcpy(mac + 2, n->v6 + 12, 4);
	}
}

/* A raw IP packet through the scenario's tunnel, then cut in fragments of
 * at most frag_mtu octets (RFC 791 3.2; RFC 8200 4.5), each its own frame
 * 10 us apart. */
static void wrapped_out(struct scen *s, const uint8_t *ip, size_t len)
{
	static uint8_t tunnelled[4200], frag[4200];
	struct mipx_error err;
	size_t unfrag, off = 0, tlen = len;

	if (s->linktype != MIPX_DLT_RAW) {
		fprintf(stderr, "mipx-samples: tunnels and fragments need raw IP frames\n");
		s->failed = true;
		return;
	}
	if (s->tunnel.kind != MIPX_TUNNEL_NONE) {
		s->tunnel.ip_id = s->ip_id++;
		if (mipx_tunnel_encode(&s->tunnel, ip, len, tunnelled, sizeof tunnelled, &tlen,
				       &err) != MIPX_OK) {
			fprintf(stderr, "mipx-samples: tunnel: %s\n", err.reason ? err.reason : "?");
			s->failed = true;
			return;
		}
		ip = tunnelled;
	}
	if (!s->frag_mtu || tlen <= s->frag_mtu) {
		if (!cap_write(s->cap, s->linktype, s->now + s->ts_shift, ip, tlen, tlen))
			s->failed = true;
		return;
	}
	/* what stays in front of the data: the IPv4 header, or the IPv6
	 * header and the hop-by-hop, routing and destination options headers
	 * (as mipx_fragment_encode keeps them), then the Fragment header */
	if ((ip[0] >> 4) == 4) {
		unfrag = (size_t)(ip[0] & 0x0f) * 4;
	} else {
		uint8_t nh = ip[6];
		unfrag = 40;
		while ((nh == 0 || nh == 43 || nh == 60) && unfrag + 2 <= tlen) {
			nh = ip[unfrag];
			unfrag += ((size_t)ip[unfrag + 1] + 1) * 8;
		}
	}
	s->frag_id++;
	while (off < tlen - unfrag) {
		size_t data = tlen - unfrag - off;
		size_t room = (s->frag_mtu - unfrag - ((ip[0] >> 4) == 6 ? 8 : 0)) & ~(size_t)7;
		size_t flen;

		if (data > room)
			data = room;
		if (mipx_fragment_encode(ip, tlen, off, data, s->frag_id, frag, sizeof frag, &flen,
					 &err) != MIPX_OK) {
			fprintf(stderr, "mipx-samples: fragment: %s\n", err.reason ? err.reason : "?");
			s->failed = true;
			return;
		}
		if (!cap_write(s->cap, s->linktype, s->now + s->ts_shift, frag, flen, flen))
			s->failed = true;
		off += data;
		s->now += 10;
	}
}

/* The payload's checksum field as s->checksum asks; the codec finds it. */
static void spoil_checksum(struct scen *s, uint8_t *frame, size_t flen)
{
	struct mipx_packet p;
	size_t at;
	uint16_t v;

	if (s->checksum == GEN_CK_RIGHT ||
	    mipx_packet_decode(s->linktype, frame, flen, NULL, &p, NULL) != MIPX_OK ||
	    p.frame.checksum.state != MIPX_CHECKSUM_GOOD)
		return;
	switch (p.frame.kind) {
	case MIPX_PAYLOAD_MIP4:
		at = p.frame.payload_offset - 2;
		break;
	case MIPX_PAYLOAD_AGENT_ADV:
		at = p.frame.payload_offset + 2;
		break;
	default:
		at = p.frame.payload_offset + 4;
		break;
	}
	v = s->checksum == GEN_CK_ZERO ? 0
	    : s->checksum == GEN_CK_PSEUDO ? p.frame.checksum.pseudo
	    : (uint16_t)(p.frame.checksum.expected ^ 0x5a5a);
	frame[at] = (uint8_t)(v >> 8);
	frame[at + 1] = (uint8_t)v;
}

static void frame_out(struct scen *s, struct mipx_frame_spec *spec,
		      const uint8_t *payload, size_t len, size_t cut)
{
	uint8_t frame[4096];
	size_t flen;
	struct mipx_error err;

	spec->linktype = s->linktype;
	spec->vlan_id = s->linktype == MIPX_DLT_EN10MB ? s->vlan : 0;
	spec->ip_id = s->ip_id++;
	if (mipx_frame_encode(spec, payload, len, frame, sizeof frame, &flen, &err) != MIPX_OK) {
		fprintf(stderr, "mipx-samples: frame: %s: %s\n", err.field ? err.field : "?",
			err.reason ? err.reason : "?");
		s->failed = true;
		return;
	}
	if (s->tunnel.kind != MIPX_TUNNEL_NONE || s->frag_mtu) {
		wrapped_out(s, frame, flen);
		return;
	}
	spoil_checksum(s, frame, flen);
	if (cut >= flen)
		cut = flen - 1;
	if (s->snaplen && flen - cut > s->snaplen)
		cut = flen - s->snaplen;
	if (!cap_write(s->cap, s->linktype, s->now + s->ts_shift, frame, flen - cut, flen))
		s->failed = true;
}

void send_udp(struct scen *s, const struct node *from, const struct node *to,
	      uint16_t sport, uint16_t dport, const uint8_t *payload, size_t len,
	      size_t cut)
{
	struct mipx_frame_spec spec;

	memset(&spec, 0, sizeof spec);
	node_mac(from, spec.src_mac);
	node_mac(to, spec.dst_mac);
	spec.src = mipx_addr_v4(from->v4);
	spec.dst = mipx_addr_v4(to->v4);
	spec.ttl = 64;
	spec.kind = MIPX_PAYLOAD_MIP4;
	spec.sport = sport;
	spec.dport = dport;
	frame_out(s, &spec, payload, len, cut);
}

void send_mip4(struct scen *s, const struct node *from, const struct node *to,
	       uint16_t sport, uint16_t dport, const struct mipx_mip4_msg *m)
{
	uint8_t buf[1500];
	size_t len;

	if (mip4_build(s, m, buf, sizeof buf, &len))
		send_udp(s, from, to, sport, dport, buf, len, 0);
}

void send_adv(struct scen *s, const struct node *agent, uint16_t seq,
	      uint16_t reg_lifetime, const struct mipx_rs_ext *rs)
{
	/* R: registration required, F: foreign agent */
	send_adv_flags(s, agent, seq, reg_lifetime, MIPX_ADV_FLAG_R | MIPX_ADV_FLAG_F, rs);
}

void send_adv_flags(struct scen *s, const struct node *agent, uint16_t seq,
		    uint16_t reg_lifetime, uint8_t flags, const struct mipx_rs_ext *rs)
{
	struct mipx_agent_adv adv;
	struct mipx_mip4_ext *e;
	uint8_t routers[8], coa[4], buf[600];
	size_t len;
	struct mipx_error err;
	struct mipx_frame_spec spec;

	memset(&adv, 0, sizeof adv);
	adv.icmp_type = 9;
	adv.num_addrs = 1;
	adv.addr_entry_size = 2;
	adv.lifetime = 1800;
	routers[0] = (uint8_t)(agent->v4 >> 24);
	routers[1] = (uint8_t)(agent->v4 >> 16);
	routers[2] = (uint8_t)(agent->v4 >> 8);
	routers[3] = (uint8_t)agent->v4;
	memset(routers + 4, 0, 4); /* preference 0 */
	memcpy(coa, routers, 4);
	adv.router_addrs = routers;

	e = &adv.ext[adv.n_ext++];
	e->type = MIPX_ADV_EXT_MOBILITY_AGENT;
	e->header_len = 2;
	e->length = 6 + 4;
	e->u.mobility_agent.sequence = seq;
	e->u.mobility_agent.registration_lifetime = reg_lifetime;
	e->u.mobility_agent.flags = flags;
	e->u.mobility_agent.coa_count = 1;
	e->u.mobility_agent.care_of_addresses = coa;
	if (rs) {
		e = &adv.ext[adv.n_ext++];
		e->type = MIPX_ADV_EXT_REG_SERVER;
		e->header_len = 2;
		e->length = (uint16_t)(2 + 8 * rs->count);
		e->u.rs = *rs;
	}
	if (mipx_agent_adv_encode(&adv, buf, sizeof buf, &len, &err) != MIPX_OK) {
		fprintf(stderr, "mipx-samples: advertisement: %s: %s\n",
			err.field ? err.field : "?", err.reason ? err.reason : "?");
		s->failed = true;
		return;
	}
	memset(&spec, 0, sizeof spec);
	node_mac(agent, spec.src_mac);
	memset(spec.dst_mac, 0xff, 6);
	spec.src = mipx_addr_v4(agent->v4);
	spec.dst = mipx_addr_v4(0xffffffffu); /* RFC 3344 2.3: limited broadcast */
	spec.ttl = 1;
	spec.kind = MIPX_PAYLOAD_AGENT_ADV;
	frame_out(s, &spec, buf, len, 0);
}

/* ---- Mobility Header ---- */

void mh_init(struct mipx_mh *mh, uint8_t type)
{
	memset(mh, 0, sizeof *mh);
	mh->payload_proto = 59; /* IPPROTO_NONE */
	mh->type = type;
	mh->coainfo_index = -1;
	mh->bid_index = -1;
	mh->alt_coa_index = -1;
	mh->mnp_index = mh->hnp_index = mh->mn_id_index = mh->timestamp_index = -1;
}

static struct mipx_mh_option *mh_new_opt(struct mipx_mh *mh, enum mipx_mh_option_kind kind,
					 uint8_t type, uint8_t length)
{
	struct mipx_mh_option *o;

	if (mh->n_opt >= MIPX_MH_MAX_OPTIONS)
		return NULL;
	o = &mh->opt[mh->n_opt++];
	memset(o, 0, sizeof *o);
	o->kind = kind;
	o->type = type;
	o->length = length;
	return o;
}

void mh_add_coainfo(struct mipx_mh *mh, uint8_t ifid, uint8_t ifpri, bool literal)
{
	struct mipx_mh_option *o = mh_new_opt(mh, MIPX_MHOPT_KIND_COAINFO,
					      MIPX_MHOPT_COAINFO_DEFAULT, literal ? 2 : 4);
	if (!o)
		return;
	o->u.coainfo.ifid = ifid;
	o->u.coainfo.ifpri = ifpri;
	o->u.coainfo.literal = literal;
	mh->coainfo_index = mh->n_opt - 1;
}

void mh_add_bid(struct mipx_mh *mh, uint16_t bid, uint8_t status, uint8_t pri)
{
	struct mipx_mh_option *o = mh_new_opt(mh, MIPX_MHOPT_KIND_BID, MIPX_MHOPT_BID, 4);

	if (!o)
		return;
	o->u.bid.bid = bid;
	o->u.bid.status = status;
	o->u.bid.bid_pri = pri;
	mh->bid_index = mh->n_opt - 1;
}

static size_t mh_opts_end(const struct mipx_mh *mh)
{
	size_t pos = MIPX_MH_HEADER_LEN + (size_t)mipx_mh_fixed_len(mh->type);

	for (unsigned i = 0; i < mh->n_opt; i++)
		pos += mh->opt[i].kind == MIPX_MHOPT_KIND_PAD1 ? 1u : 2u + mh->opt[i].length;
	return pos;
}

static void mh_pad_to(struct mipx_mh *mh, unsigned mult, unsigned rem)
{
	size_t pos = mh_opts_end(mh);
	unsigned pad = (unsigned)((rem + mult - pos % mult) % mult);

	if (pad == 1)
		mh_new_opt(mh, MIPX_MHOPT_KIND_PAD1, MIPX_MHOPT_PAD1, 0);
	else if (pad >= 2)
		mh_new_opt(mh, MIPX_MHOPT_KIND_PADN, MIPX_MHOPT_PADN, (uint8_t)(pad - 2));
}

/*
 * Nonce Indices (2n alignment) and Binding Authorization Data (8n+2, last,
 * RFC 6275 6.2.6-6.2.7).  The 96-bit authenticator is a fixed pattern: the
 * return routability keys are not part of these captures.
 */
void mh_add_rr_auth(struct mipx_mh *mh, uint16_t home_nonce, uint16_t coa_nonce,
		    uint32_t salt)
{
	static uint8_t store[64][12];
	static unsigned next;
	struct mipx_mh_option *o;
	uint8_t *a = store[next++ % 64];

	mh_pad_to(mh, 2, 0);
	o = mh_new_opt(mh, MIPX_MHOPT_KIND_NONCE_INDICES, MIPX_MHOPT_NONCE_INDICES, 4);
	if (o) {
		o->u.nonce.home_nonce_index = home_nonce;
		o->u.nonce.careof_nonce_index = coa_nonce;
	}
	mh_pad_to(mh, 8, 2);
	for (unsigned i = 0; i < 12; i++)
		a[i] = (uint8_t)((salt >> ((i % 4) * 8)) ^ (i * 0x47u) ^ 0xa5u);
	o = mh_new_opt(mh, MIPX_MHOPT_KIND_AUTH_DATA, MIPX_MHOPT_AUTH_DATA, 12);
	if (o) {
		o->u.auth.authenticator = a;
		o->u.auth.len = 12;
	}
}

/* Mobile Network Prefix (RFC 3963 6.2) or Home Network Prefix (RFC 5213
 * 8.3), both aligned 8n+4 so that the prefix starts on 8 octets. */
void mh_add_prefix(struct mipx_mh *mh, bool home_network, uint8_t len, const uint8_t prefix[16])
{
	struct mipx_mh_option *o;

	mh_pad_to(mh, 8, 4);
	o = mh_new_opt(mh, home_network ? MIPX_MHOPT_KIND_HNP : MIPX_MHOPT_KIND_MNP,
		       home_network ? MIPX_MHOPT_HNP : MIPX_MHOPT_MNP, 18);
	if (!o)
		return;
	o->u.prefix.len = len;
	memcpy(o->u.prefix.prefix, prefix, 16);
	if (home_network) {
		if (mh->hnp_index < 0)
			mh->hnp_index = mh->n_opt - 1;
	} else if (mh->mnp_index < 0) {
		mh->mnp_index = mh->n_opt - 1;
	}
}

/* MN identifier, subtype 1 (NAI), RFC 4283 3; `nai` must outlive the MH. */
void mh_add_mn_id(struct mipx_mh *mh, const char *nai)
{
	struct mipx_mh_option *o = mh_new_opt(mh, MIPX_MHOPT_KIND_MN_ID, MIPX_MHOPT_MN_ID,
					      (uint8_t)(1 + strlen(nai)));

	if (!o)
		return;
	o->u.mn_id.subtype = 1;
	o->u.mn_id.id = (const uint8_t *)nai;
	o->u.mn_id.len = (uint8_t)strlen(nai);
	mh->mn_id_index = mh->n_opt - 1;
}

/* Handoff Indicator and Access Technology Type, RFC 5213 8.4-8.5. */
void mh_add_hi_att(struct mipx_mh *mh, uint8_t handoff, uint8_t att)
{
	struct mipx_mh_option *o = mh_new_opt(mh, MIPX_MHOPT_KIND_HANDOFF_IND,
					      MIPX_MHOPT_HANDOFF_IND, 2);

	if (o)
		o->u.handoff_ind.value = handoff;
	o = mh_new_opt(mh, MIPX_MHOPT_KIND_ATT, MIPX_MHOPT_ATT, 2);
	if (o)
		o->u.att.value = att;
}

/* Timestamp, RFC 5213 8.8 (8n+2): NTP format of the scenario's clock. */
void mh_add_timestamp(struct scen *s, struct mipx_mh *mh)
{
	struct mipx_mh_option *o;
	uint64_t sec = s->now / 1000000u + 2208988800u; /* NTP era 0 */
	uint64_t frac = ((s->now % 1000000u) << 32) / 1000000u;

	mh_pad_to(mh, 8, 2);
	o = mh_new_opt(mh, MIPX_MHOPT_KIND_TIMESTAMP, MIPX_MHOPT_TIMESTAMP, 8);
	if (!o)
		return;
	o->u.timestamp.value = sec << 32 | frac;
	mh->timestamp_index = mh->n_opt - 1;
}

bool mh_build(struct scen *s, struct mipx_mh *mh, uint8_t *buf, size_t cap, size_t *len)
{
	struct mipx_error err;

	if (mipx_mh_pad(mh, &err) != MIPX_OK ||
	    mipx_mh_encode(mh, &s->mip6, buf, cap, len, &err) != MIPX_OK) {
		fprintf(stderr, "mipx-samples: MH type %u: %s: %s\n", mh->type,
			err.field ? err.field : "?", err.reason ? err.reason : "?");
		s->failed = true;
		return false;
	}
	return true;
}

void send_raw_mh(struct scen *s, const struct node *from, const uint8_t src[16],
		 const struct node *to, const uint8_t dst[16], const uint8_t *mh,
		 size_t len, const struct send_opts *o)
{
	struct mipx_frame_spec spec;

	memset(&spec, 0, sizeof spec);
	node_mac(from, spec.src_mac);
	if (o && o->dst_mac)
		memcpy(spec.dst_mac, o->dst_mac, 6);
	else
		node_mac(to, spec.dst_mac);
	spec.src = mipx_addr_v6(src);
	spec.dst = mipx_addr_v6(dst);
	spec.ttl = 64;
	spec.kind = MIPX_PAYLOAD_MH;
	if (o && o->hao) {
		spec.has_home_address_option = true;
		memcpy(spec.home_address_option, o->hao_addr, 16);
	}
	if (o && o->rh2) {
		spec.has_rh2 = true;
		memcpy(spec.rh2_address, o->rh2_addr, 16);
	}
	frame_out(s, &spec, mh, len, o ? o->cut : 0);
}

void send_mh(struct scen *s, const struct node *from, const uint8_t src[16],
	     const struct node *to, const uint8_t dst[16], struct mipx_mh *mh,
	     const struct send_opts *o)
{
	uint8_t buf[1024];
	size_t len;

	if (mh_build(s, mh, buf, sizeof buf, &len))
		send_raw_mh(s, from, src, to, dst, buf, len, o);
}
