/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * RFC 3344 3.5.1 default authentication (HMAC-MD5, RFC 2104) for the base
 * protocol's and DREMIP's (4.3-4.5) authentication extensions.  The
 * authenticator protects the UDP payload from its first octet up to and
 * including the SPI of the extension that carries it.
 */
#include <glib.h>
#include <string.h>

#include "cursor.h"
#include "mipx/auth.h"

void mipx_hmac_md5(const uint8_t *key, size_t key_len, const uint8_t *msg,
		   size_t covered_len, uint8_t out[MIPX_HMAC_MD5_LEN])
{
	static const uint8_t empty[1];
	GHmac *h = g_hmac_new(G_CHECKSUM_MD5, key_len ? key : empty, key_len);
	gsize n = MIPX_HMAC_MD5_LEN;

	if (covered_len)
		g_hmac_update(h, msg, (gssize)covered_len);
	g_hmac_get_digest(h, out, &n);
	g_hmac_unref(h);
}

/* Octets covered by ext's authenticator, or 0 when ext cannot be one. */
static size_t covered_len(size_t len, const struct mipx_mip4_ext *ext)
{
	size_t covered;

	if (!mipx_mip4_is_auth_ext(ext->type) ||
	    ext->u.auth.authenticator_len != MIPX_HMAC_MD5_LEN)
		return 0;
	covered = (size_t)ext->offset + ext->header_len + 4;
	if (covered + MIPX_HMAC_MD5_LEN > len)
		return 0;
	return covered;
}

bool mipx_mip4_auth_verify(const uint8_t *msg, size_t len,
			   const struct mipx_mip4_ext *ext,
			   const uint8_t *key, size_t key_len)
{
	uint8_t mac[MIPX_HMAC_MD5_LEN], sent[MIPX_HMAC_MD5_LEN];
	struct mipx_cursor c = mipx_cursor_init(msg, len);
	size_t covered = covered_len(len, ext);
	uint8_t diff = 0;
	size_t i;

	/* The authenticator follows the SPI directly (RFC 3344 3.5). */
	if (!covered || !mipx_skip(&c, covered) || !mipx_get_bytes(&c, sent, sizeof sent))
		return false;
	mipx_hmac_md5(key, key_len, msg, covered, mac);
	for (i = 0; i < MIPX_HMAC_MD5_LEN; i++) /* no early exit: timing */
		diff |= (uint8_t)(mac[i] ^ sent[i]);
	return diff == 0;
}

mipx_status mipx_mip4_auth_sign(uint8_t *msg, size_t len,
				const struct mipx_mip4_ext *ext,
				const uint8_t *key, size_t key_len,
				struct mipx_error *err)
{
	uint8_t mac[MIPX_HMAC_MD5_LEN];
	size_t covered = covered_len(len, ext);

	if (!covered)
		return mipx_fail(err, MIPX_INVALID, ext->offset, "auth.authenticator",
				 "not an authentication extension with a 16-octet "
				 "authenticator inside the message");
	mipx_hmac_md5(key, key_len, msg, covered, mac);
	memcpy(msg + covered, mac, sizeof mac);
	return MIPX_OK;
}
