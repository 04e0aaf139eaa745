/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Keys by SPI from "SPI:hexkey[,SPI:hexkey...]", the text that the plugin's
 * dremip.keys preference and the analyzer's keys file share.  Commas, spaces,
 * tabs and newlines separate entries; '#' starts a comment to end of line.
 */
#include <string.h>

#include "mipx/auth.h"

static bool is_sep(char ch)
{
	return ch == ',' || ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

static int hex_value(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

/* SPI: decimal, or hex after 0x; must fit 32 bits. */
static bool parse_spi(const char *s, size_t n, uint32_t *out)
{
	uint64_t v = 0;
	unsigned base = 10;
	size_t i = 0;

	if (n > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		i = 2;
	}
	if (i == n)
		return false;
	for (; i < n; i++) {
		int d = hex_value(s[i]);
		if (d < 0 || (unsigned)d >= base)
			return false;
		v = v * base + (unsigned)d;
		if (v > UINT32_MAX)
			return false;
	}
	*out = (uint32_t)v;
	return true;
}

static bool parse_key(const char *s, size_t n, struct mipx_key *k)
{
	size_t i;

	if (n > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		s += 2;
		n -= 2;
	}
	if (n == 0 || n % 2 != 0 || n / 2 > MIPX_KEY_MAX_LEN)
		return false;
	for (i = 0; i < n; i += 2) {
		int hi = hex_value(s[i]), lo = hex_value(s[i + 1]);
		if (hi < 0 || lo < 0)
			return false;
		k->key[i / 2] = (uint8_t)(hi << 4 | lo);
	}
	k->key_len = (uint8_t)(n / 2);
	return true;
}

mipx_status mipx_keyring_parse(const char *text, struct mipx_keyring *ring,
			       struct mipx_error *err)
{
	size_t pos = 0, start, colon;
	struct mipx_key k;

	memset(ring, 0, sizeof *ring);
	if (err)
		memset(err, 0, sizeof *err);
	if (!text)
		return MIPX_OK;
	for (;;) {
		while (text[pos] && is_sep(text[pos]))
			pos++;
		if (text[pos] == '#') {
			while (text[pos] && text[pos] != '\n')
				pos++;
			continue;
		}
		if (!text[pos])
			return MIPX_OK;
		start = pos;
		while (text[pos] && !is_sep(text[pos]) && text[pos] != '#')
			pos++;
		/* one entry is text[start, pos) */
		for (colon = start; colon < pos && text[colon] != ':'; colon++)
			;
		memset(&k, 0, sizeof k);
		if (colon == pos)
			return mipx_fail(err, MIPX_INVALID, start, "keyring.entry",
					 "expected SPI:hexkey");
		if (!parse_spi(text + start, colon - start, &k.spi))
			return mipx_fail(err, MIPX_INVALID, start, "keyring.spi",
					 "not a 32-bit decimal or 0x-hex number");
		if (!parse_key(text + colon + 1, pos - colon - 1, &k))
			return mipx_fail(err, MIPX_INVALID, colon + 1, "keyring.key",
					 "not 1 to 64 octets of hex digits");
		if (mipx_keyring_find(ring, k.spi))
			return mipx_fail(err, MIPX_INVALID, start, "keyring.spi",
					 "SPI given twice");
		if (ring->count == MIPX_KEYRING_MAX)
			return mipx_fail(err, MIPX_INVALID, start, "keyring",
					 "more than 64 keys");
		ring->key[ring->count++] = k;
	}
}

const struct mipx_key *mipx_keyring_find(const struct mipx_keyring *ring,
					 uint32_t spi)
{
	unsigned i;

	for (i = 0; i < ring->count && i < MIPX_KEYRING_MAX; i++)
		if (ring->key[i].spi == spi)
			return &ring->key[i];
	return NULL;
}
