/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Authenticators of the Mobile IPv4 authentication extensions (RFC 3344 3.5,
 * DREMIP 4.3-4.5): keyed HMAC-MD5 over the UDP payload from its first octet
 * up to and including the extension's SPI.  Uses GLib's GHmac.
 */
#ifndef MIPX_AUTH_H
#define MIPX_AUTH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mipx/mip4.h"

#define MIPX_HMAC_MD5_LEN 16
#define MIPX_KEY_MAX_LEN 64
#define MIPX_KEYRING_MAX 64

/* HMAC-MD5(key, msg[0 .. covered_len)) into out. */
void mipx_hmac_md5(const uint8_t *key, size_t key_len, const uint8_t *msg,
		   size_t covered_len, uint8_t out[MIPX_HMAC_MD5_LEN]);

/*
 * `ext` is an authentication extension decoded from `msg` (same buffer).
 * verify: true when its authenticator is 16 octets and equals the HMAC.
 * sign: writes the HMAC into msg at the authenticator (which must be 16 long).
 */
bool mipx_mip4_auth_verify(const uint8_t *msg, size_t len,
			   const struct mipx_mip4_ext *ext,
			   const uint8_t *key, size_t key_len);
mipx_status mipx_mip4_auth_sign(uint8_t *msg, size_t len,
				const struct mipx_mip4_ext *ext,
				const uint8_t *key, size_t key_len,
				struct mipx_error *err);

/* Keys by SPI, from the text form "SPI:hexkey[,SPI:hexkey...]" (SPI decimal
 * or 0x-hex) that the plugin preference and the analyzer's keys file share. */
struct mipx_key {
	uint32_t spi;
	uint8_t key_len;
	uint8_t key[MIPX_KEY_MAX_LEN];
};
struct mipx_keyring {
	unsigned count;
	struct mipx_key key[MIPX_KEYRING_MAX];
};
/* Commas, newlines and spaces separate entries; '#' starts a comment. */
mipx_status mipx_keyring_parse(const char *text, struct mipx_keyring *ring,
			       struct mipx_error *err);
const struct mipx_key *mipx_keyring_find(const struct mipx_keyring *ring,
					 uint32_t spi);

#endif
