/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * --synthetic: the requested number of mobile nodes appear (half DREMIP,
 * half MCoA), every frame decodes, time never goes backwards, and the same
 * arguments give the same bytes while another seed gives others.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <pcap/pcap.h>
#include <unistd.h>

#include "mipx/packet.h"
#include "sample_files.h"

static char tmpdir[] = "/tmp/mipx-samples-syn-XXXXXX";

static int make(const char *file, unsigned nodes, unsigned minutes, unsigned seed)
{
	char cmd[1024];

	snprintf(cmd, sizeof cmd, "'%s' --synthetic --nodes %u --minutes %u --seed %u -o '%s/%s' 2>/dev/null",
		 MIPX_SAMPLES_BIN, nodes, minutes, seed, tmpdir, file);
	return system(cmd);
}

static int setup(void **state)
{
	(void)state;
	if (!mkdtemp(tmpdir))
		return -1;
	return make("a.pcap", 12, 6, 7) || make("b.pcap", 12, 6, 7) || make("c.pcap", 12, 6, 8) ||
			       make("d.pcapng", 12, 6, 7)
		       ? -1
		       : 0;
}

static int teardown(void **state)
{
	char cmd[600];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static bool same_bytes(const char *x, const char *y)
{
	char px[600], py[600];
	FILE *a, *b;
	int ca, cb;
	bool same = true;

	snprintf(px, sizeof px, "%s/%s", tmpdir, x);
	snprintf(py, sizeof py, "%s/%s", tmpdir, y);
	a = fopen(px, "rb");
	b = fopen(py, "rb");
	assert_non_null(a);
	assert_non_null(b);
	do {
		ca = fgetc(a);
		cb = fgetc(b);
		if (ca != cb)
			same = false;
	} while (same && ca != EOF);
	fclose(a);
	fclose(b);
	return same;
}

static void test_deterministic(void **state)
{
	(void)state;
	assert_true(same_bytes("a.pcap", "b.pcap"));
	assert_false(same_bytes("a.pcap", "c.pcap"));
}

struct census {
	unsigned frames, v4_homes, v6_homes;
	uint32_t v4[64];
	uint8_t v6[64][16];
	unsigned requests, replies, bus, bas;
};

static void count(const char *file, struct census *c)
{
	char path[600], errbuf[PCAP_ERRBUF_SIZE];
	struct mipx_settings st = MIPX_SETTINGS_DEFAULT;
	static struct mipx_packet p;
	struct mipx_error err;
	struct pcap_pkthdr *h;
	const u_char *data;
	uint64_t last = 0;
	pcap_t *pc;

	memset(c, 0, sizeof *c);
	snprintf(path, sizeof path, "%s/%s", tmpdir, file);
	pc = pcap_open_offline(path, errbuf);
	assert_non_null(pc);
	while (pcap_next_ex(pc, &h, &data) == 1) {
		uint64_t ts = (uint64_t)h->ts.tv_sec * 1000000u + (uint64_t)h->ts.tv_usec;
		assert_true(ts >= last);
		last = ts;
		c->frames++;
		assert_int_equal(mipx_packet_decode(pcap_datalink(pc), data, h->caplen, &st, &p, &err),
				 MIPX_OK);
		if (p.frame.kind == MIPX_PAYLOAD_MIP4) {
			const struct mipx_mip4_msg *m = &p.msg.mip4;
			unsigned i;
			if (m->type == MIPX_MIP4_REG_REQUEST)
				c->requests++;
			if (m->type == MIPX_MIP4_REG_REPLY)
				c->replies++;
			if (m->type != MIPX_MIP4_REG_REQUEST)
				continue;
			for (i = 0; i < c->v4_homes && c->v4[i] != m->home_address; i++)
				;
			if (i == c->v4_homes && i < 64)
				c->v4[c->v4_homes++] = m->home_address;
		} else {
			assert_int_equal(p.frame.kind, MIPX_PAYLOAD_MH);
			assert_true(p.mh_checksum_ok);
			if (p.msg.mh.type == MIPX_MH_BA) {
				c->bas++;
				continue;
			}
			assert_int_equal(p.msg.mh.type, MIPX_MH_BU);
			assert_true(p.msg.mh.m_flag);
			assert_non_null(mipx_mh_coainfo(&p.msg.mh));
			c->bus++;
			unsigned i;
			for (i = 0; i < c->v6_homes && memcmp(c->v6[i], p.mn_home_address, 16); i++)
				;
			if (i == c->v6_homes && i < 64)
				memcpy(c->v6[c->v6_homes++], p.mn_home_address, 16);
		}
	}
	pcap_close(pc);
}

static void test_nodes_and_frames(void **state)
{
	struct census c;

	(void)state;
	count("a.pcap", &c);
	assert_int_equal(c.v4_homes, 6);
	assert_int_equal(c.v6_homes, 6);
	/* Every request relayed once and answered twice down the chain. */
	assert_int_equal(c.requests, c.replies);
	assert_int_equal(c.bus, c.bas);
	/* 6 minutes: each DREMIP node refreshes once or twice (300 s),
	 * each MCoA node two or three times (200 s). */
	assert_true(c.requests >= 2 * 6 && c.requests <= 2 * 2 * 6);
	assert_true(c.bus >= 2 * 2 * 6 && c.bus <= 3 * 3 * 6);
	assert_int_equal(c.frames, 3 * c.requests + c.bus + c.bas);
}

static void test_pcapng_same_frames(void **state)
{
	struct census a, d;

	(void)state;
	count("a.pcap", &a);
	count("d.pcapng", &d);
	assert_int_equal(a.frames, d.frames);
	assert_int_equal(a.requests, d.requests);
	assert_int_equal(a.bus, d.bus);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_deterministic),
		cmocka_unit_test(test_nodes_and_frames),
		cmocka_unit_test(test_pcapng_same_frames),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
