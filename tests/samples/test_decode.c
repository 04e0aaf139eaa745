/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Every committed capture reads back through libpcap (pcap and pcapng) and
 * mipx_packet_decode: frames of samples that expect no malformed finding all
 * decode, carry Mobile IP, have good UDP, ICMP and MH checksums and
 * authenticators that verify with keys.txt; the deliberately broken ones
 * fail where they should (a wrong checksum only where the .expect finds
 * one; 0 or the pseudo-header's sum only where it finds checksum offload).
 * A few frames are checked field by field against the draft's walk-through.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include <pcap/pcap.h>

#include "mipx/auth.h"
#include "mipx/packet.h"
#include "sample_files.h"

/* The samples' frames are small; a larger one is a broken sample. */
#define FRAME_BYTES_MAX 65535

static struct mipx_keyring ring;

static int load_keys(void **state)
{
	char path[512], text[8192];
	struct mipx_error err;
	FILE *fp;
	size_t n;

	(void)state;
	snprintf(path, sizeof path, "%s/keys.txt", MIPX_CAPTURES_DIR);
	fp = fopen(path, "r");
	if (!fp)
		return -1;
	n = fread(text, 1, sizeof text - 1, fp);
	fclose(fp);
	text[n] = 0;
	return mipx_keyring_parse(text, &ring, &err) == MIPX_OK && ring.count >= 10 ? 0 : -1;
}

struct tally {
	unsigned frames, mip, failed, auth_ok, auth_bad, unordered, cut;
	/* wrong checksums by the check that names them; offload's pattern */
	unsigned bad_checksum[MIPX_CHECK_COUNT], offloaded;
};

static void check_auth(const struct mipx_packet *p, struct tally *t)
{
	const struct mipx_mip4_msg *m = &p->msg.mip4;

	for (unsigned i = 0; i < m->n_ext; i++) {
		const struct mipx_mip4_ext *e = &m->ext[i];
		const struct mipx_key *k;

		if (!mipx_mip4_is_auth_ext(e->type))
			continue;
		k = mipx_keyring_find(&ring, e->u.auth.spi);
		if (k && mipx_mip4_auth_verify(p->frame.payload, p->frame.payload_len, e,
					       k->key, k->key_len))
			t->auth_ok++;
		else
			t->auth_bad++;
	}
}

static void read_capture(const char *name, const struct mipx_settings *st, struct tally *t)
{
	char path[512], errbuf[PCAP_ERRBUF_SIZE];
	pcap_t *pc;
	struct pcap_pkthdr *h;
	const u_char *data;
	static struct mipx_packet p;
	struct mipx_error err;
	uint64_t last = 0;

	memset(t, 0, sizeof *t);
	snprintf(path, sizeof path, "%s/%s", MIPX_CAPTURES_DIR, name);
	pc = pcap_open_offline(path, errbuf);
	if (!pc)
		fail_msg("%s: %s", name, errbuf);
	while (pcap_next_ex(pc, &h, &data) == 1) {
		uint64_t ts = (uint64_t)h->ts.tv_sec * 1000000u + (uint64_t)h->ts.tv_usec;

		if (ts < last)
			t->unordered++;
		last = ts;
		t->frames++;
		if (mipx_packet_decode(pcap_datalink(pc), data, h->caplen, st, &p, &err) != MIPX_OK) {
			/* cut by the snap length is not a failure (analyzer.md) */
			if (h->caplen < h->len && (p.cut || err.offset >= h->caplen))
				t->cut++;
			else
				t->failed++;
			continue;
		}
		if (p.frame.kind != MIPX_PAYLOAD_NONE)
			t->mip++;
		if (p.frame.kind == MIPX_PAYLOAD_MH && !p.mh_checksum_ok &&
		    p.frame.checksum.state != MIPX_CHECKSUM_BAD)
			fail_msg("frame %u: MH checksum not ok, yet not judged bad", t->frames);
		if (p.frame.checksum.state == MIPX_CHECKSUM_BAD) {
			const struct mipx_checksum *ck = &p.frame.checksum;

			if (ck->wire == 0 || ck->wire == ck->pseudo)
				t->offloaded++;
			else
				t->bad_checksum[p.frame.kind == MIPX_PAYLOAD_MH ? MIPX_MCOA_MH_CHECKSUM
						: p.frame.kind == MIPX_PAYLOAD_MIP4 ? MIPX_DRM_UDP_CHECKSUM
						: MIPX_DRM_ICMP_CHECKSUM]++;
		}
		if (p.frame.kind == MIPX_PAYLOAD_MIP4)
			check_auth(&p, t);
	}
	pcap_close(pc);
}

static void test_every_capture(void **state)
{
	static const char *const caps[] = { ".pcap", ".pcapng", NULL };
	char *names[MAX_SAMPLES];
	unsigned n = list_files(MIPX_CAPTURES_DIR, caps, names);

	(void)state;
	assert_true(n > 40);
	for (unsigned i = 0; i < n; i++) {
		char path[512];
		struct expect x;
		struct mipx_settings st;
		struct tally t;

		expect_path(MIPX_CAPTURES_DIR, names[i], path, sizeof path);
		assert_true(read_expect(path, &x));
		settings_from_args(x.args, &st);
		read_capture(names[i], &st, &t);

		unsigned malformed = x.min_count[MIPX_DRM_MALFORMED] + x.min_count[MIPX_MCOA_MALFORMED];
		if (t.frames == 0 || t.unordered)
			fail_msg("%s: %u frames, %u out of order", names[i], t.frames, t.unordered);
		if (malformed) {
			/* The broken frames fail; the rest still decode. */
			if (t.failed < malformed)
				fail_msg("%s: %u frames fail, %u expected", names[i], t.failed, malformed);
			assert_int_equal(t.failed + t.mip + t.cut, t.frames);
		} else if (t.failed || t.mip + t.cut != t.frames) {
			fail_msg("%s: %u of %u frames fail, %u carry Mobile IP", names[i],
				 t.failed, t.frames, t.mip);
		}
		for (int c = 0; c < MIPX_CHECK_COUNT; c++)
			if (t.bad_checksum[c] != x.min_count[c] &&
			    (c == MIPX_MCOA_MH_CHECKSUM || c == MIPX_DRM_UDP_CHECKSUM ||
			     c == MIPX_DRM_ICMP_CHECKSUM))
				fail_msg("%s: %u wrong checksums for %s, the .expect finds %u",
					 names[i], t.bad_checksum[c],
					 mipx_check_info((enum mipx_check_id)c)->name, x.min_count[c]);
		if (!t.offloaded != !x.min_count[MIPX_CAPTURE_CHECKSUM_OFFLOAD])
			fail_msg("%s: %u checksums left to the NIC, the .expect finds %u senders",
				 names[i], t.offloaded, x.min_count[MIPX_CAPTURE_CHECKSUM_OFFLOAD]);
		if (x.min_count[MIPX_DRM_AUTH_BAD]) {
			if (t.auth_bad < x.min_count[MIPX_DRM_AUTH_BAD])
				fail_msg("%s: %u bad authenticators", names[i], t.auth_bad);
		} else if (t.auth_bad) {
			fail_msg("%s: %u authenticators do not verify", names[i], t.auth_bad);
		}
		if (strstr(x.args, "--keys") && !t.auth_ok)
			fail_msg("%s: keys given but no authenticator checked", names[i]);
	}
	free_names(names, n);
}

/* Decode frame `no` (1-based) of a capture. */
/*
 * Frame no of a sample decoded into p.  p points into the frame's octets,
 * which are copied into bytes (libpcap frees its own at pcap_close).
 */
static int frame_into(const char *name, unsigned no, struct mipx_packet *p, uint64_t *ts,
		      uint8_t bytes[FRAME_BYTES_MAX])
{
	char path[512], errbuf[PCAP_ERRBUF_SIZE];
	struct mipx_settings st = MIPX_SETTINGS_DEFAULT;
	struct pcap_pkthdr *h;
	const u_char *data;
	struct mipx_error err;
	pcap_t *pc;
	int dlt = -1;

	snprintf(path, sizeof path, "%s/%s", MIPX_CAPTURES_DIR, name);
	pc = pcap_open_offline(path, errbuf);
	assert_non_null(pc);
	for (unsigned i = 1; pcap_next_ex(pc, &h, &data) == 1; i++) {
		if (i != no)
			continue;
		dlt = pcap_datalink(pc);
		assert_in_range(h->caplen, 1, FRAME_BYTES_MAX);
		memcpy(bytes, data, h->caplen);
		assert_int_equal(mipx_packet_decode(dlt, bytes, h->caplen, &st, p, &err), MIPX_OK);
		if (ts)
			*ts = (uint64_t)h->ts.tv_sec * 1000000u + (uint64_t)h->ts.tv_usec;
		break;
	}
	pcap_close(pc);
	assert_true(dlt >= 0);
	return dlt;
}

/* The same, with the octets valid until the next call. */
static int frame_of(const char *name, unsigned no, struct mipx_packet *p, uint64_t *ts)
{
	static uint8_t bytes[FRAME_BYTES_MAX];

	return frame_into(name, no, p, ts, bytes);
}

#define A4(a, b, c, d) (((uint32_t)(a) << 24) | ((uint32_t)(b) << 16) | ((uint32_t)(c) << 8) | (d))

/* D.1.1 on the wire: MN -> FA request, RS2 -> CA1 Route Request, reply with 82. */
static void test_local_exchange(void **state)
{
	static struct mipx_packet p;
	const struct mipx_mip4_msg *m = &p.msg.mip4;
	const struct mipx_mip4_ext *e;
	uint64_t ts;

	(void)state;
	assert_int_equal(frame_of("dremip-local.pcap", 1, &p, &ts), MIPX_DLT_EN10MB);
	assert_int_equal(ts, 1700000000ull * 1000000u);
	assert_int_equal(p.frame.kind, MIPX_PAYLOAD_AGENT_ADV);
	e = mipx_agent_adv_find_ext(&p.msg.adv, MIPX_ADV_EXT_REG_SERVER);
	assert_non_null(e);
	assert_int_equal(e->u.rs.count, 2);
	assert_int_equal(e->u.rs.entry[0].address, A4(10, 2, 0, 10));

	frame_of("dremip-local.pcap", 2, &p, NULL);
	assert_int_equal(m->type, MIPX_MIP4_REG_REQUEST);
	assert_true(m->flags & MIPX_REG_FLAG_R);
	assert_int_equal(m->lifetime, 600);
	assert_int_equal(m->home_address, A4(10, 1, 0, 55));
	assert_int_equal(m->registrar, A4(10, 2, 0, 10));
	assert_int_equal(m->care_of, A4(10, 2, 1, 1));
	assert_int_equal(p.frame.dport, 434);
	assert_int_not_equal(p.frame.sport, 434);
	assert_int_equal(m->ext[m->n_ext - 1].type, MIPX_EXT_MOBILE_SERVER_AUTH);

	frame_of("dremip-local.pcap", 3, &p, NULL); /* FA relays, Agent-Server appended */
	assert_int_equal(m->ext[m->n_ext - 1].type, MIPX_EXT_AGENT_SERVER_AUTH);

	frame_of("dremip-local.pcap", 4, &p, NULL);
	assert_int_equal(m->type, MIPX_MIP4_ROUTE_REQUEST);
	assert_int_equal(m->destination, A4(10, 1, 0, 55));
	assert_int_equal(m->next_hop, A4(10, 2, 1, 1));
	assert_int_equal(m->lifetime, 600);
	assert_int_equal(m->ext[m->n_ext - 1].type, MIPX_EXT_AGENT_SERVER_AUTH);

	frame_of("dremip-local.pcap", 5, &p, NULL);
	assert_int_equal(m->type, MIPX_MIP4_ROUTE_REPLY);
	assert_int_equal(m->code, MIPX_ROUTE_ADDED);

	frame_of("dremip-local.pcap", 7, &p, NULL);
	assert_int_equal(m->type, MIPX_MIP4_REG_REPLY);
	assert_int_equal(p.frame.sport, 434);
	e = mipx_mip4_find_ext(m, MIPX_EXT_CARE_OF);
	assert_non_null(e);
	assert_int_equal(e->u.care_of.address, A4(10, 2, 3, 1));

	frame_of("dremip-local.pcap", 9, &p, NULL); /* RS2 relays home request to RS1 */
	assert_int_equal(m->registrar, A4(10, 1, 0, 10));
	assert_int_equal(m->care_of, A4(10, 2, 3, 1));
	assert_int_equal(m->ext[m->n_ext - 1].type, MIPX_EXT_SERVER_SERVER_AUTH);
}

static void test_link_layers(void **state)
{
	static struct mipx_packet p;

	(void)state;
	assert_int_equal(frame_of("dremip-transit.pcap", 2, &p, NULL), MIPX_DLT_EN10MB);
	assert_int_equal(p.frame.vlan_count, 1);
	assert_int_equal(p.frame.vlan_id[0], 20);
	assert_int_equal(frame_of("dremip-three-level.pcapng", 2, &p, NULL), MIPX_DLT_LINUX_SLL2);
	assert_int_equal(frame_of("dremip-home.pcapng", 2, &p, NULL), MIPX_DLT_LINUX_SLL);
	assert_int_equal(frame_of("dremip-rfc3344.pcap", 2, &p, NULL), MIPX_DLT_RAW);
	assert_false(p.msg.mip4.flags & MIPX_REG_FLAG_R);
	assert_int_equal(p.msg.mip4.ext[0].type, MIPX_EXT_MN_HA_AUTH);
}

/* Two vantage points: same messages, 180 us apart, different links. */
static void test_vantage_points(void **state)
{
	static struct mipx_packet a, b;
	static uint8_t a_bytes[FRAME_BYTES_MAX], b_bytes[FRAME_BYTES_MAX];
	uint64_t ta, tb;

	(void)state;
	for (unsigned no = 1; no <= 13; no++) {
		assert_int_equal(frame_into("dremip-vantage-fa.pcap", no, &a, &ta, a_bytes),
				 MIPX_DLT_EN10MB);
		assert_int_equal(frame_into("dremip-vantage-core.pcapng", no, &b, &tb, b_bytes),
				 MIPX_DLT_RAW);
		assert_int_equal(tb - ta, 180);
		assert_int_equal(a.frame.payload_len, b.frame.payload_len);
		assert_memory_equal(a.frame.payload, b.frame.payload, a.frame.payload_len);
	}
}

static void test_mcoa_exchange(void **state)
{
	static struct mipx_packet p;
	const struct mipx_mh *mh = &p.msg.mh;
	const struct mipx_mh_option *ci;
	static const uint8_t home[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 1, [15] = 0x55 };

	(void)state;
	frame_of("mcoa-multihome.pcapng", 1, &p, NULL); /* home registration */
	assert_int_equal(mh->type, MIPX_MH_BU);
	assert_true(mh->flags & MIPX_BU_FLAG_H);
	assert_false(mh->m_flag);
	assert_null(mipx_mh_coainfo(mh));

	frame_of("mcoa-multihome.pcapng", 7, &p, NULL);
	assert_int_equal(mh->type, MIPX_MH_BU);
	assert_true(mh->m_flag);
	assert_true(p.frame.has_home_address_option);
	assert_memory_equal(p.frame.home_address_option, home, 16);
	ci = mipx_mh_coainfo(mh);
	assert_non_null(ci);
	assert_int_equal(ci->u.coainfo.ifid, 1);
	assert_int_equal(ci->u.coainfo.ifpri, 0);

	frame_of("mcoa-multihome.pcapng", 12, &p, NULL);
	assert_int_equal(mh->type, MIPX_MH_BA);
	assert_int_equal(mh->status, 1);
	assert_true(p.frame.has_rh2);
	assert_memory_equal(p.frame.rh2_address, home, 16);
	ci = mipx_mh_coainfo(mh);
	assert_non_null(ci);
	assert_int_equal(ci->u.coainfo.ifid, 2);

	frame_of("mcoa-coainfo-len2.pcap", 7, &p, NULL);
	ci = mipx_mh_coainfo(mh);
	assert_non_null(ci);
	assert_true(ci->u.coainfo.literal);

	frame_of("mcoa-bid.pcap", 7, &p, NULL);
	assert_false(mh->m_flag);
	assert_non_null(mipx_mh_bid(mh));
	assert_int_equal(mipx_mh_bid(mh)->u.bid.bid, 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_capture),
		cmocka_unit_test(test_local_exchange),
		cmocka_unit_test(test_link_layers),
		cmocka_unit_test(test_vantage_points),
		cmocka_unit_test(test_mcoa_exchange),
	};
	return cmocka_run_group_tests(tests, load_keys, NULL);
}
