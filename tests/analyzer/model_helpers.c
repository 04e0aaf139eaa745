/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <string.h>

#include <cmocka.h>

#include "model_helpers.h"

static uint32_t frame_no;
static struct mipx_packet pkt;
static uint8_t wire[1024];

uint32_t t_last_frame(void)
{
	return frame_no;
}

struct analysis *t_analysis_rbit(const struct topology *topology, enum rbit_mode mode)
{
	struct analysis_options opt;
	struct mipx_settings defaults = MIPX_SETTINGS_DEFAULT;

	memset(&opt, 0, sizeof(opt));
	opt.settings = defaults;
	opt.topology = topology;
	opt.rbit = mode;
	frame_no = 0;
	return analysis_new(&opt);
}

struct analysis *t_analysis(const struct topology *topology)
{
	return t_analysis_rbit(topology, RBIT_AUTO);
}

static void feed(struct analysis *a, double ts)
{
	struct frame_ref ref = { 0, ++frame_no };

	analysis_packet(a, &pkt, S(ts), ref);
}

static void feed4(struct analysis *a, double ts, uint32_t src, uint32_t dst,
		  struct mipx_mip4_msg *m)
{
	struct mipx_error err;
	size_t len = 0;

	assert_int_equal(mipx_mip4_encode(m, wire, sizeof(wire), &len, &err), MIPX_OK);
	memset(&pkt, 0, sizeof(pkt));
	assert_int_equal(mipx_mip4_decode(wire, len, &pkt.msg.mip4, &err), MIPX_OK);
	pkt.frame.ip_version = 4;
	pkt.frame.src = mipx_addr_v4(src);
	pkt.frame.dst = mipx_addr_v4(dst);
	pkt.frame.kind = MIPX_PAYLOAD_MIP4;
	pkt.frame.payload = wire;
	pkt.frame.payload_len = len;
	feed(a, ts);
}

static void add_auth(struct mipx_mip4_msg *m, uint8_t type)
{
	static const uint8_t zeros[16];
	struct mipx_mip4_ext *e = &m->ext[m->n_ext++];

	e->type = type;
	e->header_len = 2;
	e->length = 20;
	e->u.auth.spi = 256;
	e->u.auth.authenticator = zeros;
	e->u.auth.authenticator_len = 16;
}

void t_reg_request(struct analysis *a, double ts, uint32_t src, uint32_t dst,
		   uint32_t home, uint32_t registrar, uint32_t care_of,
		   uint16_t lifetime, uint64_t id, bool rbit)
{
	static struct mipx_mip4_msg m;

	memset(&m, 0, sizeof(m));
	m.type = MIPX_MIP4_REG_REQUEST;
	m.flags = rbit ? MIPX_REG_FLAG_R : 0;
	m.lifetime = lifetime;
	m.home_address = home;
	m.registrar = registrar;
	m.care_of = care_of;
	m.identification = id;
	add_auth(&m, rbit ? MIPX_EXT_MOBILE_SERVER_AUTH : MIPX_EXT_MN_HA_AUTH);
	feed4(a, ts, src, dst, &m);
}

void t_mip4_request(struct analysis *a, double ts, uint32_t src, uint32_t dst,
		    uint32_t home, uint32_t home_agent, uint32_t care_of,
		    uint8_t flags, uint16_t lifetime, uint64_t id)
{
	static struct mipx_mip4_msg m;

	memset(&m, 0, sizeof(m));
	m.type = MIPX_MIP4_REG_REQUEST;
	m.flags = flags;
	m.lifetime = lifetime;
	m.home_address = home;
	m.registrar = home_agent;
	m.care_of = care_of;
	m.identification = id;
	add_auth(&m, MIPX_EXT_MN_HA_AUTH);
	feed4(a, ts, src, dst, &m);
}

void t_mip4_reply(struct analysis *a, double ts, uint32_t src, uint32_t dst,
		  uint32_t home, uint32_t home_agent, uint8_t code,
		  uint16_t lifetime, uint64_t id)
{
	static struct mipx_mip4_msg m;

	memset(&m, 0, sizeof(m));
	m.type = MIPX_MIP4_REG_REPLY;
	m.code = code;
	m.lifetime = lifetime;
	m.home_address = home;
	m.registrar = home_agent;
	m.identification = id;
	add_auth(&m, MIPX_EXT_MN_HA_AUTH);
	feed4(a, ts, src, dst, &m);
}

void t_reg_reply(struct analysis *a, double ts, uint32_t src, uint32_t dst,
		 uint32_t home, uint32_t registrar, uint8_t code, uint16_t lifetime,
		 uint64_t id, uint32_t parent_coa)
{
	static struct mipx_mip4_msg m;

	memset(&m, 0, sizeof(m));
	m.type = MIPX_MIP4_REG_REPLY;
	m.code = code;
	m.lifetime = lifetime;
	m.home_address = home;
	m.registrar = registrar;
	m.identification = id;
	if (parent_coa) {
		struct mipx_mip4_ext *e = &m.ext[m.n_ext++];
		e->type = MIPX_EXT_CARE_OF;
		e->header_len = 2;
		e->length = 6;
		e->u.care_of.address = parent_coa;
	}
	add_auth(&m, parent_coa ? MIPX_EXT_MOBILE_SERVER_AUTH : MIPX_EXT_MN_HA_AUTH);
	feed4(a, ts, src, dst, &m);
}

static void route(struct analysis *a, double ts, uint8_t type, uint32_t src,
		  uint32_t dst, uint32_t dest, uint32_t next_hop, uint8_t code,
		  uint16_t lifetime, uint64_t id)
{
	static struct mipx_mip4_msg m;

	memset(&m, 0, sizeof(m));
	m.type = type;
	m.code = code;
	m.lifetime = lifetime;
	m.destination = dest;
	m.next_hop = next_hop;
	m.identification = id;
	add_auth(&m, MIPX_EXT_AGENT_SERVER_AUTH);
	feed4(a, ts, src, dst, &m);
}

void t_route_request(struct analysis *a, double ts, uint32_t server, uint32_t agent,
		     uint32_t dest, uint32_t next_hop, uint16_t lifetime, uint64_t id)
{
	route(a, ts, MIPX_MIP4_ROUTE_REQUEST, server, agent, dest, next_hop, 0,
	      lifetime, id);
}

void t_route_reply(struct analysis *a, double ts, uint32_t agent, uint32_t server,
		   uint32_t dest, uint32_t next_hop, uint8_t code, uint16_t lifetime,
		   uint64_t id)
{
	route(a, ts, MIPX_MIP4_ROUTE_REPLY, agent, server, dest, next_hop, code,
	      lifetime, id);
}

void t_registration(struct analysis *a, double ts, uint32_t home, uint32_t registrar,
		    uint32_t child, uint32_t parent, uint16_t lifetime, uint64_t id)
{
	t_reg_request(a, ts, child, registrar, home, registrar, child, lifetime, id, true);
	t_route_request(a, ts + 0.01, registrar, parent, home, child, lifetime, id + 1000);
	t_route_reply(a, ts + 0.02, parent, registrar, home, child, 0, lifetime, id + 1000);
	t_reg_reply(a, ts + 0.03, registrar, child, home, registrar, 0, lifetime, id, parent);
}

static void feed6(struct analysis *a, double ts, const uint8_t src[16],
		  const uint8_t dst[16], const uint8_t mn[16], const uint8_t *bu_coa,
		  struct mipx_mh *mh)
{
	struct mipx_error err;
	struct mipx_mip6_settings s = MIPX_MIP6_SETTINGS_DEFAULT;
	size_t len = 0;

	assert_int_equal(mipx_mh_pad(mh, &err), MIPX_OK);
	assert_int_equal(mipx_mh_encode(mh, &s, wire, sizeof(wire), &len, &err), MIPX_OK);
	memset(&pkt, 0, sizeof(pkt));
	assert_int_equal(mipx_mh_decode(wire, len, &s, &pkt.msg.mh, &err), MIPX_OK);
	pkt.frame.ip_version = 6;
	pkt.frame.src = mipx_addr_v6(src);
	pkt.frame.dst = mipx_addr_v6(dst);
	pkt.frame.kind = MIPX_PAYLOAD_MH;
	pkt.frame.payload = wire;
	pkt.frame.payload_len = len;
	memcpy(pkt.mn_home_address, mn, 16);
	if (bu_coa)
		memcpy(pkt.bu_care_of, bu_coa, 16);
	feed(a, ts);
}

void t_mh_raw(struct analysis *a, double ts, const uint8_t src[16], const uint8_t dst[16],
	      const uint8_t *mh, size_t len)
{
	struct mipx_error err;
	struct mipx_mip6_settings s = MIPX_MIP6_SETTINGS_DEFAULT;

	assert_true(len <= sizeof(wire));
	memcpy(wire, mh, len);
	memset(&pkt, 0, sizeof(pkt));
	assert_int_equal(mipx_mh_decode(wire, len, &s, &pkt.msg.mh, &err), MIPX_OK);
	pkt.frame.ip_version = 6;
	pkt.frame.src = mipx_addr_v6(src);
	pkt.frame.dst = mipx_addr_v6(dst);
	pkt.frame.kind = MIPX_PAYLOAD_MH;
	pkt.frame.payload = wire;
	pkt.frame.payload_len = len;
	/* no Home Address option: what the codec names is the source */
	memcpy(pkt.mn_home_address, src, 16);
	if (pkt.msg.mh.type == MIPX_MH_BU)
		memcpy(pkt.bu_care_of, src, 16);
	feed(a, ts);
}

static void add_coainfo(struct mipx_mh *mh, int ifid, uint8_t ifpri)
{
	struct mipx_mh_option *o;

	if (ifid < 0)
		return;
	o = &mh->opt[mh->n_opt++];
	o->type = MIPX_MHOPT_COAINFO_DEFAULT;
	o->kind = MIPX_MHOPT_KIND_COAINFO;
	o->length = 4;
	o->u.coainfo.ifid = (uint8_t)ifid;
	o->u.coainfo.ifpri = ifpri;
}

void t_bu(struct analysis *a, double ts, const uint8_t mn[16], const uint8_t receiver[16],
	  const uint8_t coa[16], uint16_t seq, uint16_t lifetime, uint16_t flags,
	  int ifid, uint8_t ifpri)
{
	static struct mipx_mh mh;

	memset(&mh, 0, sizeof(mh));
	mh.payload_proto = 59;
	mh.type = MIPX_MH_BU;
	mh.sequence = seq;
	mh.flags = flags;
	mh.lifetime = lifetime;
	add_coainfo(&mh, ifid, ifpri);
	feed6(a, ts, coa, receiver, mn, coa, &mh);
}

void t_ba(struct analysis *a, double ts, const uint8_t receiver[16], const uint8_t mn[16],
	  uint16_t seq, uint8_t status, uint16_t lifetime, int ifid, uint8_t ifpri)
{
	static struct mipx_mh mh;

	memset(&mh, 0, sizeof(mh));
	mh.payload_proto = 59;
	mh.type = MIPX_MH_BA;
	mh.status = status;
	mh.sequence = seq;
	mh.lifetime = lifetime;
	add_coainfo(&mh, ifid, ifpri);
	feed6(a, ts, receiver, mn, mn, NULL, &mh);
}

void t_ba_flags(struct analysis *a, double ts, const uint8_t receiver[16], const uint8_t mn[16],
		uint16_t seq, uint8_t status, uint16_t lifetime, uint8_t flags)
{
	static struct mipx_mh mh;

	memset(&mh, 0, sizeof(mh));
	mh.payload_proto = 59;
	mh.type = MIPX_MH_BA;
	mh.status = status;
	mh.flags = flags;
	mh.sequence = seq;
	mh.lifetime = lifetime;
	feed6(a, ts, receiver, mn, mn, NULL, &mh);
}

void t_coti(struct analysis *a, double ts, const uint8_t coa[16], const uint8_t cn[16])
{
	static struct mipx_mh mh;

	memset(&mh, 0, sizeof(mh));
	mh.payload_proto = 59;
	mh.type = MIPX_MH_COTI;
	memcpy(mh.cookie, "coticook", 8);
	/* sent from the care-of address, no Home Address option: the
	 * home address a decoder reports is the source */
	feed6(a, ts, coa, cn, coa, NULL, &mh);
}

void t_advert(struct analysis *a, double ts, uint32_t src, uint32_t server,
	      uint16_t lifetime)
{
	static struct mipx_agent_adv adv;
	struct mipx_error err;
	struct mipx_mip4_ext *e;
	size_t len = 0;

	memset(&adv, 0, sizeof(adv));
	adv.icmp_type = 9;
	adv.addr_entry_size = 2;
	adv.lifetime = 1800;
	e = &adv.ext[adv.n_ext++];
	e->type = MIPX_ADV_EXT_REG_SERVER;
	e->header_len = 2;
	e->length = 10;
	e->u.rs.lifetime = lifetime;
	e->u.rs.count = 1;
	e->u.rs.entry[0].address = server;
	e->u.rs.entry[0].priority = 1;
	e->u.rs.entry[0].lifetime = lifetime;
	assert_int_equal(mipx_agent_adv_encode(&adv, wire, sizeof(wire), &len, &err), MIPX_OK);
	memset(&pkt, 0, sizeof(pkt));
	assert_int_equal(mipx_agent_adv_decode(wire, len, &pkt.msg.adv, &err), MIPX_OK);
	pkt.frame.ip_version = 4;
	pkt.frame.src = mipx_addr_v4(src);
	pkt.frame.dst = mipx_addr_v4(0xffffffffu);
	pkt.frame.kind = MIPX_PAYLOAD_AGENT_ADV;
	pkt.frame.payload = wire;
	pkt.frame.payload_len = len;
	feed(a, ts);
}

void t_be(struct analysis *a, double ts, const uint8_t sender[16], const uint8_t mn[16],
	  uint8_t status)
{
	static struct mipx_mh mh;

	memset(&mh, 0, sizeof(mh));
	mh.payload_proto = 59;
	mh.type = MIPX_MH_BE;
	mh.status = status;
	memcpy(mh.home_address, mn, 16);
	feed6(a, ts, sender, mn, mn, NULL, &mh);
}

const struct binding *t_binding(const struct analysis *a, const struct node *n,
				const struct mipx_addr *receiver, enum binding_key kind,
				uint16_t key)
{
	uint32_t id = receiver_find(&a->receivers, receiver);
	int i = id == RECEIVER_NONE ? -1 : binding_index(n, id, kind, key);

	return i < 0 ? NULL : NODE_BIND(n, i);
}

unsigned t_count(const struct analysis *a, enum mipx_check_id id)
{
	unsigned n = 0;

	for (guint i = 0; i < a->found.findings->len; i++)
		n += g_array_index(a->found.findings, struct finding, i).check == id;
	return n;
}

void t_ip6(uint8_t out[16], uint16_t net, uint16_t host)
{
	memset(out, 0, 16);
	out[0] = 0x20;
	out[1] = 0x01;
	out[2] = 0x0d;
	out[3] = 0xb8;
	out[4] = (uint8_t)(net >> 8);
	out[5] = (uint8_t)net;
	out[14] = (uint8_t)(host >> 8);
	out[15] = (uint8_t)host;
}
