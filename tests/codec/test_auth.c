/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * HMAC-MD5 against RFC 2202's test cases, signing and verifying DREMIP and
 * base-protocol authentication extensions, and the keyring text form.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "mipx/auth.h"

static void hex_to(const char *hex, uint8_t *out)
{
	size_t i;
	for (i = 0; hex[2 * i]; i++) {
		unsigned v;
		sscanf(hex + 2 * i, "%2x", &v);
		out[i] = (uint8_t)v;
	}
}

static void check_hmac(const uint8_t *key, size_t key_len, const uint8_t *data,
		       size_t data_len, const char *expect_hex)
{
	uint8_t mac[MIPX_HMAC_MD5_LEN], expect[MIPX_HMAC_MD5_LEN];
	hex_to(expect_hex, expect);
	mipx_hmac_md5(key, key_len, data, data_len, mac);
	assert_memory_equal(mac, expect, sizeof mac);
}

/* RFC 2202 section 2, test cases 1-7. */
static void test_rfc2202(void **state)
{
	uint8_t key[80], data[80];
	unsigned i;
	(void)state;

	memset(key, 0x0b, 16);
	check_hmac(key, 16, (const uint8_t *)"Hi There", 8,
		   "9294727a3638bb1c13f48ef8158bfc9d");
	check_hmac((const uint8_t *)"Jefe", 4,
		   (const uint8_t *)"what do ya want for nothing?", 28,
		   "750c783e6ab0b503eaa86e310a5db738");
	memset(key, 0xaa, 16);
	memset(data, 0xdd, 50);
	check_hmac(key, 16, data, 50, "56be34521d144c88dbb8c733f0e8b3f6");
	for (i = 0; i < 25; i++)
		key[i] = (uint8_t)(i + 1);
	memset(data, 0xcd, 50);
	check_hmac(key, 25, data, 50, "697eaf0aca3a3aea3a75164746ffaa79");
	memset(key, 0x0c, 16);
	check_hmac(key, 16, (const uint8_t *)"Test With Truncation", 20,
		   "56461ef2342edc00f9bab995690efd4c");
	memset(key, 0xaa, 80);
	check_hmac(key, 80,
		   (const uint8_t *)"Test Using Larger Than Block-Size Key - Hash Key First",
		   54, "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd");
	check_hmac(key, 80,
		   (const uint8_t *)"Test Using Larger Than Block-Size Key and Larger "
				    "Than One Block-Size Data",
		   73, "6f630fad67cda0ee1fb1f562db3aa53e");
}

/* A Route Request ending in an Agent-Server Authentication extension (DREMIP 5.1). */
static const uint8_t route_request[] = {
	0x20, 0x00, 0x00, 0x78, 0x0a, 0x01, 0x00, 0x05, 0x0a, 0x03, 0x00, 0x07,
	0x00, 0x00, 0x00, 0x00, 0x12, 0x34, 0x56, 0x78,
	0x53, 0x14, 0x00, 0x00, 0x10, 0x00, /* 83, SPI 0x1000 */
	0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
};

static void test_sign_verify(void **state)
{
	static const uint8_t key[] = { 's', 'e', 'c', 'r', 'e', 't' };
	uint8_t msg[sizeof route_request], mac[MIPX_HMAC_MD5_LEN];
	struct mipx_mip4_msg m;
	struct mipx_error err;
	(void)state;

	memcpy(msg, route_request, sizeof msg);
	assert_int_equal(mipx_mip4_decode(msg, sizeof msg, &m, &err), MIPX_OK);
	assert_false(mipx_mip4_auth_verify(msg, sizeof msg, &m.ext[0], key, sizeof key));
	assert_int_equal(mipx_mip4_auth_sign(msg, sizeof msg, &m.ext[0], key, sizeof key,
					     &err), MIPX_OK);
	/* covered: everything up to and including the SPI, 26 octets */
	mipx_hmac_md5(key, sizeof key, msg, 26, mac);
	assert_memory_equal(msg + 26, mac, sizeof mac);
	assert_memory_equal(msg, route_request, 26);
	assert_true(mipx_mip4_auth_verify(msg, sizeof msg, &m.ext[0], key, sizeof key));

	/* wrong key */
	assert_false(mipx_mip4_auth_verify(msg, sizeof msg, &m.ext[0], key, 5));
	/* a changed covered octet (the lifetime) */
	msg[3] ^= 1;
	assert_false(mipx_mip4_auth_verify(msg, sizeof msg, &m.ext[0], key, sizeof key));
	msg[3] ^= 1;
	/* a changed SPI octet is covered too */
	msg[25] ^= 1;
	assert_false(mipx_mip4_auth_verify(msg, sizeof msg, &m.ext[0], key, sizeof key));
	msg[25] ^= 1;
	/* a changed authenticator */
	msg[41] ^= 0x80;
	assert_false(mipx_mip4_auth_verify(msg, sizeof msg, &m.ext[0], key, sizeof key));
	msg[41] ^= 0x80;
	assert_true(mipx_mip4_auth_verify(msg, sizeof msg, &m.ext[0], key, sizeof key));
	/* a message shorter than the extension claims */
	assert_false(mipx_mip4_auth_verify(msg, sizeof msg - 1, &m.ext[0], key, sizeof key));
}

static void test_generalized_auth(void **state)
{
	/* Registration Request then 36 (subtype 1, 16-bit length 20, SPI 9). */
	uint8_t msg[24 + 4 + 20] = {
		0x01, 0x02, 0x00, 0x3c, 0x0a, 0x01, 0x00, 0x05, 0x0a, 0x02, 0x00, 0x01,
		0x0a, 0x03, 0x00, 0x07, 0, 0, 0, 0, 0, 0, 0, 1,
		0x24, 0x01, 0x00, 0x14, 0x00, 0x00, 0x00, 0x09,
	};
	static const uint8_t key[16] = { 0x42 };
	uint8_t mac[MIPX_HMAC_MD5_LEN];
	struct mipx_mip4_msg m;
	struct mipx_error err;
	(void)state;

	assert_int_equal(mipx_mip4_decode(msg, sizeof msg, &m, &err), MIPX_OK);
	assert_int_equal(m.ext[0].header_len, 4);
	assert_int_equal(mipx_mip4_auth_sign(msg, sizeof msg, &m.ext[0], key, sizeof key,
					     &err), MIPX_OK);
	mipx_hmac_md5(key, sizeof key, msg, 32, mac); /* 24 + 4 + SPI */
	assert_memory_equal(msg + 32, mac, sizeof mac);
	assert_true(mipx_mip4_auth_verify(msg, sizeof msg, &m.ext[0], key, sizeof key));
}

static void test_sign_rejects(void **state)
{
	/* 83 with a 4-octet authenticator, then an NAI */
	uint8_t msg[] = {
		0x21, 0x00, 0x00, 0x00, 0x0a, 0x01, 0x00, 0x05, 0x0a, 0x03, 0x00, 0x07,
		0, 0, 0, 0, 0x12, 0x34, 0x56, 0x78,
		0x53, 0x08, 0, 0, 0x10, 0, 1, 2, 3, 4,
		0x83, 0x01, 'a',
	};
	static const uint8_t key[] = { 1 };
	struct mipx_mip4_msg m;
	struct mipx_error err;
	(void)state;

	assert_int_equal(mipx_mip4_decode(msg, sizeof msg, &m, &err), MIPX_OK);
	assert_int_equal(mipx_mip4_auth_sign(msg, sizeof msg, &m.ext[0], key, 1, &err),
			 MIPX_INVALID);
	assert_false(mipx_mip4_auth_verify(msg, sizeof msg, &m.ext[0], key, 1));
	assert_int_equal(mipx_mip4_auth_sign(msg, sizeof msg, &m.ext[1], key, 1, &err),
			 MIPX_INVALID);
	assert_false(mipx_mip4_auth_verify(msg, sizeof msg, &m.ext[1], key, 1));
}

static void test_keyring_good(void **state)
{
	struct mipx_keyring ring;
	struct mipx_error err;
	const struct mipx_key *k;
	(void)state;

	assert_int_equal(mipx_keyring_parse("256:00112233, 0x100a:AABBccdd\n"
					    "# a comment: 1:zz\n"
					    "  7:0x0102 # trailing\n"
					    "4294967295:ff,,",
					    &ring, &err), MIPX_OK);
	assert_int_equal(ring.count, 4);
	k = mipx_keyring_find(&ring, 256);
	assert_non_null(k);
	assert_int_equal(k->key_len, 4);
	assert_memory_equal(k->key, "\x00\x11\x22\x33", 4);
	k = mipx_keyring_find(&ring, 0x100a);
	assert_non_null(k);
	assert_memory_equal(k->key, "\xaa\xbb\xcc\xdd", 4);
	k = mipx_keyring_find(&ring, 7);
	assert_non_null(k);
	assert_int_equal(k->key_len, 2);
	assert_int_equal(k->key[1], 2);
	k = mipx_keyring_find(&ring, 0xffffffffu);
	assert_non_null(k);
	assert_int_equal(k->key[0], 0xff);
	assert_null(mipx_keyring_find(&ring, 1));

	assert_int_equal(mipx_keyring_parse("", &ring, &err), MIPX_OK);
	assert_int_equal(ring.count, 0);
	assert_int_equal(mipx_keyring_parse("# only a comment", &ring, &err), MIPX_OK);
	assert_int_equal(ring.count, 0);
	assert_int_equal(mipx_keyring_parse(NULL, &ring, &err), MIPX_OK);
	assert_int_equal(ring.count, 0);
}

static void expect_bad(const char *text, const char *field, size_t offset)
{
	struct mipx_keyring ring;
	struct mipx_error err;
	assert_int_equal(mipx_keyring_parse(text, &ring, &err), MIPX_INVALID);
	assert_string_equal(err.field, field);
	assert_int_equal(err.offset, offset);
}

static void test_keyring_bad(void **state)
{
	char big[2048];
	size_t n = 0;
	unsigned i;
	(void)state;

	expect_bad("256", "keyring.entry", 0);
	expect_bad("1:00, abc:00", "keyring.spi", 6);
	expect_bad("0x:00", "keyring.spi", 0);
	expect_bad("0x1g:00", "keyring.spi", 0);
	expect_bad(":00", "keyring.spi", 0);
	expect_bad("4294967296:00", "keyring.spi", 0);
	expect_bad("-1:00", "keyring.spi", 0);
	expect_bad("256:0", "keyring.key", 4);
	expect_bad("256:", "keyring.key", 4);
	expect_bad("256:zz", "keyring.key", 4);
	expect_bad("256:00:11", "keyring.key", 4);
	expect_bad("1:00 1:01", "keyring.spi", 5);

	/* 65 octets of key */
	n = (size_t)snprintf(big, sizeof big, "1:");
	for (i = 0; i < 65; i++)
		n += (size_t)snprintf(big + n, sizeof big - n, "ab");
	expect_bad(big, "keyring.key", 2);
	big[2 + 128] = '\0'; /* 64 octets are fine */
	{
		struct mipx_keyring ring;
		struct mipx_error err;
		assert_int_equal(mipx_keyring_parse(big, &ring, &err), MIPX_OK);
		assert_int_equal(ring.key[0].key_len, 64);
	}

	/* 65 keys */
	n = 0;
	for (i = 0; i <= MIPX_KEYRING_MAX; i++)
		n += (size_t)snprintf(big + n, sizeof big - n, "%u:01,", i);
	{
		struct mipx_keyring ring;
		struct mipx_error err;
		assert_int_equal(mipx_keyring_parse(big, &ring, &err), MIPX_INVALID);
		assert_string_equal(err.field, "keyring");
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rfc2202),
		cmocka_unit_test(test_sign_verify),
		cmocka_unit_test(test_generalized_auth),
		cmocka_unit_test(test_sign_rejects),
		cmocka_unit_test(test_keyring_good),
		cmocka_unit_test(test_keyring_bad),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
