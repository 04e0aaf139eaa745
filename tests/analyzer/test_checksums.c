/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Checksums in the model (checksum_gate.c): a registration request whose
 * UDP checksum is wrong makes no exchange, so its reply is an orphan; one
 * whose checksum was left to the NIC is told once per input and sender
 * and applied; --checksums=verify and =ignore.  Frames are encoded by the
 * codec and fed whole, as the analyzer reads them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mipx/model.h"

#define MN_COA 0xc6336414u /* 198.51.100.20 */
#define MN_COA2 0xc6336415u
#define HOME 0xc0000214u   /* 192.0.2.20 */
#define HA 0xc0000201u
#define UDP_CHECKSUM_AT 26 /* raw IPv4, 20-octet header */

enum spoil { RIGHT, WRONG, ZERO, PSEUDO };

static uint8_t frame[256];
static size_t frame_len;
static uint32_t frame_no;

/* A registration request (or reply) in UDP over raw IPv4. */
static void build(bool request, uint32_t src, uint32_t dst, uint64_t id, enum spoil spoil)
{
	struct mipx_mip4_msg m;
	struct mipx_frame_spec spec;
	struct mipx_error err;
	struct mipx_packet p;
	uint8_t msg[64];
	size_t len;
	uint16_t v;

	memset(&m, 0, sizeof m);
	m.type = request ? MIPX_MIP4_REG_REQUEST : MIPX_MIP4_REG_REPLY;
	m.lifetime = 1800;
	m.home_address = HOME;
	m.registrar = HA;
	m.care_of = MN_COA;
	m.identification = id;
	assert_int_equal(mipx_mip4_encode(&m, msg, sizeof msg, &len, &err), MIPX_OK);
	memset(&spec, 0, sizeof spec);
	spec.linktype = MIPX_DLT_RAW;
	spec.kind = MIPX_PAYLOAD_MIP4;
	spec.src = mipx_addr_v4(src);
	spec.dst = mipx_addr_v4(dst);
	spec.sport = request ? 49160 : 434;
	spec.dport = request ? 434 : 49160;
	assert_int_equal(mipx_frame_encode(&spec, msg, len, frame, sizeof frame, &frame_len, &err),
			 MIPX_OK);
	if (spoil == RIGHT)
		return;
	assert_int_equal(mipx_packet_decode(MIPX_DLT_RAW, frame, frame_len, NULL, &p, &err), MIPX_OK);
	v = spoil == ZERO ? 0 : spoil == PSEUDO ? p.frame.checksum.pseudo
					      : (uint16_t)(p.frame.checksum.expected ^ 0x0f0f);
	frame[UDP_CHECKSUM_AT] = (uint8_t)(v >> 8);
	frame[UDP_CHECKSUM_AT + 1] = (uint8_t)v;
}

static void feed(struct analysis *a, uint32_t file, double ts)
{
	struct captured_frame fr = { MIPX_DLT_RAW, frame, (uint32_t)frame_len,
				     (uint32_t)frame_len, (cap_time)(ts * 1e6),
				     { file, ++frame_no } };
	struct frame_outcome out;

	analysis_frame(a, &fr, &out);
	assert_true(out.message);
}

static struct analysis *analysis_with(enum checksum_mode mode)
{
	struct analysis_options opt;
	struct mipx_settings settings = MIPX_SETTINGS_DEFAULT;

	memset(&opt, 0, sizeof opt);
	opt.settings = settings;
	opt.checksums = mode;
	frame_no = 0;
	return analysis_new(&opt);
}

static unsigned count(struct analysis *a, enum mipx_check_id check)
{
	unsigned n, k = 0;
	const struct finding *f = analysis_findings(a, &n);

	for (unsigned i = 0; i < n; i++)
		k += f[i].check == check;
	return k;
}

/* The three findings a checksum can lead to, counted at once. */
static void assert_findings(struct analysis *a, unsigned udp_checksum, unsigned orphan_reply,
			    unsigned offload)
{
	assert_int_equal(count(a, MIPX_DRM_UDP_CHECKSUM), udp_checksum);
	assert_int_equal(count(a, MIPX_DRM_ORPHAN_REPLY), orphan_reply);
	assert_int_equal(count(a, MIPX_CAPTURE_CHECKSUM_OFFLOAD), offload);
}

/* request (spoiled as asked) and its reply, both seen */
static void exchange(struct analysis *a, uint32_t file, uint32_t from, double ts,
		     uint64_t id, enum spoil spoil)
{
	build(true, from, HA, id, spoil);
	feed(a, file, ts);
	build(false, HA, from, id, RIGHT);
	feed(a, file, ts + 0.01);
}

static void test_wrong_is_not_applied(void **state)
{
	struct analysis *a = analysis_with(CHECKSUMS_OFFLOAD);

	(void)state;
	exchange(a, 0, MN_COA, 1, 0x100000001ull, WRONG);
	analysis_finish(a, (cap_time)(2 * 1e6));
	assert_findings(a, 1, 1, 0);
	analysis_free(a);
}

/* One info per (input, sender): two senders in input 0, one of them
 * again in input 1; every request applied, so no orphan reply. */
static void test_offload_once_per_input_and_sender(void **state)
{
	struct analysis *a = analysis_with(CHECKSUMS_OFFLOAD);
	const struct finding *f;
	unsigned n;

	(void)state;
	exchange(a, 0, MN_COA, 1, 0x100000001ull, PSEUDO);
	exchange(a, 0, MN_COA, 2, 0x100000002ull, PSEUDO);
	exchange(a, 0, MN_COA2, 3, 0x100000003ull, PSEUDO);
	exchange(a, 1, MN_COA, 4, 0x100000004ull, PSEUDO);
	analysis_finish(a, (cap_time)(5 * 1e6));
	assert_findings(a, 0, 0, 3);
	f = analysis_findings(a, &n);
	for (unsigned i = 0; i < n; i++)
		if (f[i].check == MIPX_CAPTURE_CHECKSUM_OFFLOAD)
			assert_non_null(strstr(f[i].text, "not verifiable (offload)"));
	analysis_free(a);
}

static void test_verify_and_ignore(void **state)
{
	struct analysis *a = analysis_with(CHECKSUMS_VERIFY);

	(void)state;
	exchange(a, 0, MN_COA, 1, 0x100000001ull, PSEUDO);
	exchange(a, 0, MN_COA, 2, 0x100000002ull, WRONG);
	/* over IPv4 a UDP checksum of 0 is none (RFC 768): applied */
	exchange(a, 0, MN_COA, 3, 0x100000003ull, ZERO);
	analysis_finish(a, (cap_time)(4 * 1e6));
	assert_findings(a, 2, 2, 0);
	analysis_free(a);

	a = analysis_with(CHECKSUMS_IGNORE);
	exchange(a, 0, MN_COA, 1, 0x100000001ull, WRONG);
	exchange(a, 0, MN_COA, 2, 0x100000002ull, PSEUDO);
	analysis_finish(a, (cap_time)(3 * 1e6));
	assert_findings(a, 0, 0, 0);
	analysis_free(a);
}

static void test_mode_names(void **state)
{
	enum checksum_mode m = CHECKSUMS_IGNORE;

	(void)state;
	assert_true(checksum_mode_parse("Verify", &m));
	assert_int_equal(m, CHECKSUMS_VERIFY);
	assert_true(checksum_mode_parse("offload", &m));
	assert_int_equal(m, CHECKSUMS_OFFLOAD);
	assert_false(checksum_mode_parse("sometimes", &m));
	assert_int_equal(m, CHECKSUMS_OFFLOAD);
	assert_string_equal(checksum_mode_name(CHECKSUMS_IGNORE), "ignore");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wrong_is_not_applied),
		cmocka_unit_test(test_offload_once_per_input_and_sender),
		cmocka_unit_test(test_verify_and_ignore),
		cmocka_unit_test(test_mode_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
