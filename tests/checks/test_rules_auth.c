/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * DRM-AUTH-BAD on real bytes: a Route Request whose Agent-Server
 * Authentication (83) is computed here with GLib's HMAC-MD5 over the
 * payload up to and including the SPI (RFC 3344 3.5.1), independently of
 * the codec's signer.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include <glib.h>

#include "mipx/message_rules.h"
#include "verdicts_util.h"

#define SPI_AS 0x100u
#define SPI_MS 0x2000u

static const uint8_t key_as[] = "agent-server";
static const uint8_t key_ms[] = "mobile-server-key";

struct fixture {
	uint8_t buf[64];
	size_t len;
	struct mipx_mip4_msg msg;
	struct mipx_keyring ring;
};

static void hmac(const uint8_t *key, size_t key_len, const uint8_t *data,
		 size_t len, uint8_t out[16])
{
	GHmac *h = g_hmac_new(G_CHECKSUM_MD5, key, key_len);
	gsize n = 16;

	g_hmac_update(h, data, (gssize)len);
	g_hmac_get_digest(h, out, &n);
	g_hmac_unref(h);
	assert_int_equal(n, 16);
}

/* Appends an authentication extension: type, 20, SPI, HMAC(key). */
static void append_auth(struct fixture *f, uint8_t type, uint32_t spi,
			const uint8_t *key, size_t key_len)
{
	struct mipx_mip4_ext *e = &f->msg.ext[f->msg.n_ext++];
	size_t at = f->len;

	f->buf[at] = type;
	f->buf[at + 1] = 20;
	f->buf[at + 2] = (uint8_t)(spi >> 24);
	f->buf[at + 3] = (uint8_t)(spi >> 16);
	f->buf[at + 4] = (uint8_t)(spi >> 8);
	f->buf[at + 5] = (uint8_t)spi;
	hmac(key, key_len, f->buf, at + 6, &f->buf[at + 6]);
	f->len = at + 22;

	memset(e, 0, sizeof *e);
	e->type = type;
	e->header_len = 2;
	e->offset = (uint16_t)at;
	e->length = 20;
	e->data = &f->buf[at + 2];
	e->u.auth.spi = spi;
	e->u.auth.authenticator = &f->buf[at + 6];
	e->u.auth.authenticator_len = 16;
}

static void route_request(struct fixture *f)
{
	static const uint8_t fixed[20] = {
		32, 0, 0x01, 0x2c,          /* type, reserved, lifetime 300 */
		10, 1, 0, 5,                /* destination */
		10, 2, 1, 1,                /* next hop */
		0, 0, 0, 1, 0xde, 0xad, 0xbe, 0xef, /* identification */
	};

	memset(f, 0, sizeof *f);
	memcpy(f->buf, fixed, sizeof fixed);
	f->len = sizeof fixed;
	f->msg.type = MIPX_MIP4_ROUTE_REQUEST;
	f->msg.lifetime = 300;
	f->msg.destination = 0x0a010005;
	f->msg.next_hop = 0x0a020101;
	f->msg.identification = 0x00000001deadbeefull;

	f->ring.count = 2;
	f->ring.key[0].spi = SPI_AS;
	f->ring.key[0].key_len = sizeof key_as - 1;
	memcpy(f->ring.key[0].key, key_as, sizeof key_as - 1);
	f->ring.key[1].spi = SPI_MS;
	f->ring.key[1].key_len = sizeof key_ms - 1;
	memcpy(f->ring.key[1].key, key_ms, sizeof key_ms - 1);
}

static void test_good_authenticator(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct fixture f;
	(void)state;

	route_request(&f);
	append_auth(&f, MIPX_EXT_AGENT_SERVER_AUTH, SPI_AS, key_as, sizeof key_as - 1);
	assert_int_equal(f.len, 42);
	mipx_rules_mip4_message(&f.msg, f.buf, f.len, &f.ring, &out);
	assert_int_equal(out.count, 0);
}

static void test_tampered_message(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct fixture f;
	const struct mipx_verdict *v;
	(void)state;

	route_request(&f);
	append_auth(&f, MIPX_EXT_AGENT_SERVER_AUTH, SPI_AS, key_as, sizeof key_as - 1);
	f.buf[3] ^= 0x01; /* lifetime 301 on the wire after signing */
	mipx_rules_mip4_message(&f.msg, f.buf, f.len, &f.ring, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_AUTH_BAD);
	assert_non_null(v);
	assert_int_equal(v->offset, 20);
	assert_int_equal(v->length, 22);
	assert_false(v->about_response);
	assert_string_equal(v->text, "[DRM-AUTH-BAD] authenticator of extension 83 (SPI 0x00000100) "
				     "does not verify with the configured key");
}

static void test_wrong_key_and_unknown_spi(void **state)
{
	static const uint8_t other[] = "not-the-key";
	struct mipx_verdicts out = { 0 };
	struct fixture f;
	(void)state;

	route_request(&f);
	append_auth(&f, MIPX_EXT_AGENT_SERVER_AUTH, SPI_AS, other, sizeof other - 1);
	mipx_rules_mip4_message(&f.msg, f.buf, f.len, &f.ring, &out);
	assert_int_equal(count_of(&out, MIPX_DRM_AUTH_BAD), 1);

	/* no key for the SPI, no keyring, no bytes: nothing can be said */
	out.count = 0;
	f.ring.key[0].spi = 0x999;
	mipx_rules_mip4_message(&f.msg, f.buf, f.len, &f.ring, &out);
	f.ring.key[0].spi = SPI_AS;
	mipx_rules_mip4_message(&f.msg, f.buf, f.len, NULL, &out);
	mipx_rules_mip4_message(&f.msg, NULL, 0, &f.ring, &out);
	assert_int_equal(out.count, 0);
}

/* Each auth extension is judged alone; later ones cover earlier ones. */
static void test_two_extensions(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct fixture f;
	const struct mipx_verdict *v;
	(void)state;

	route_request(&f);
	append_auth(&f, MIPX_EXT_MOBILE_SERVER_AUTH, SPI_MS, key_ms, sizeof key_ms - 1);
	append_auth(&f, MIPX_EXT_AGENT_SERVER_AUTH, SPI_AS, key_as, sizeof key_as - 1);
	assert_int_equal(f.len, 64);
	mipx_rules_mip4_message(&f.msg, f.buf, f.len, &f.ring, &out);
	assert_int_equal(out.count, 0);

	/* break the first authenticator only after the second was computed
	 * over it: both fail, each told at its own offset */
	f.buf[30] ^= 0xff;
	mipx_rules_mip4_message(&f.msg, f.buf, f.len, &f.ring, &out);
	assert_int_equal(count_of(&out, MIPX_DRM_AUTH_BAD), 2);
	assert_int_equal(out.v[0].offset, 20);
	assert_int_equal(out.v[1].offset, 42);

	/* break only the last one */
	out.count = 0;
	f.buf[30] ^= 0xff;
	f.buf[63] ^= 0x10;
	mipx_rules_mip4_message(&f.msg, f.buf, f.len, &f.ring, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_AUTH_BAD);
	assert_non_null(v);
	assert_int_equal(v->offset, 42);
	assert_string_equal(v->text, "[DRM-AUTH-BAD] authenticator of extension 83 (SPI 0x00000100) "
				     "does not verify with the configured key");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_good_authenticator),
		cmocka_unit_test(test_tampered_message),
		cmocka_unit_test(test_wrong_key_and_unknown_spi),
		cmocka_unit_test(test_two_extensions),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
