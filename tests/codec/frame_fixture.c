/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "frame_fixture.h"

const uint8_t FIXTURE_V6_COA[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10 };
const uint8_t FIXTURE_V6_HA[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01 };
const uint8_t FIXTURE_V6_HOA[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x55 };
const uint8_t FIXTURE_V6_CN[16] = { 0x20, 0x01, 0x0d, 0xb8, 0xca, 0xfe, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20 };

size_t fixture_registration_frame(uint64_t identification, uint8_t *out, size_t cap)
{
	struct mipx_mip4_msg m;
	struct mipx_frame_spec s;
	struct mipx_error er;
	uint8_t msg[64];
	size_t len, frame_len;

	memset(&m, 0, sizeof m);
	m.type = MIPX_MIP4_REG_REQUEST;
	m.lifetime = 300;
	m.home_address = 0x0a010005;
	m.registrar = 0x0a020001;
	m.care_of = 0x0a030001;
	m.identification = identification;
	assert_int_equal(mipx_mip4_encode(&m, msg, sizeof msg, &len, &er), MIPX_OK);
	memset(&s, 0, sizeof s);
	s.linktype = MIPX_DLT_RAW;
	s.kind = MIPX_PAYLOAD_MIP4;
	s.src = mipx_addr_v4(0x0a030001);
	s.dst = mipx_addr_v4(0x0a020001);
	s.sport = s.dport = 434;
	assert_int_equal(mipx_frame_encode(&s, msg, len, out, cap, &frame_len, &er), MIPX_OK);
	return frame_len;
}

size_t fixture_mh_frame(struct mipx_mh *mh, const uint8_t src[16], const uint8_t dst[16],
			uint8_t *out, size_t cap, size_t *mh_len)
{
	struct mipx_frame_spec s;
	struct mipx_error er;
	uint8_t msg[64];
	size_t frame_len;

	mh->payload_proto = 59; /* no next header */
	assert_int_equal(mipx_mh_pad(mh, &er), MIPX_OK);
	assert_int_equal(mipx_mh_encode(mh, NULL, msg, sizeof msg, mh_len, &er), MIPX_OK);
	memset(&s, 0, sizeof s);
	s.linktype = MIPX_DLT_RAW;
	s.kind = MIPX_PAYLOAD_MH;
	s.src = mipx_addr_v6(src);
	s.dst = mipx_addr_v6(dst);
	assert_int_equal(mipx_frame_encode(&s, msg, *mh_len, out, cap, &frame_len, &er), MIPX_OK);
	return frame_len;
}
