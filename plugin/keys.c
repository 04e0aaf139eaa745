/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The authentication keys the dissector verifies authenticators with and
 * the model (state.c) runs with: one keyring, merged from two sources.
 *
 * - The UAT "dremip_keys" (Edit > Preferences > Protocols > DREMIP >
 *   Authentication keys; a file of that name in the profile), Wireshark's
 *   form for key tables, as ESP SAs and 802.11 keys are: SPI (hex),
 *   algorithm, key (hex).  tshark: -o "uat:dremip_keys:\"100\",\"HMAC-MD5\",\"5b60...\"".
 * - The text preference dremip.keys, "SPI:hexkey[,SPI:hexkey...]",
 *   deprecated but still read so that old preference files keep working.
 *
 * The table wins on an SPI given in both; within the table, the first row
 * of an SPI wins.  A keyring holds MIPX_KEYRING_MAX keys: table rows come
 * first, so text keys are the ones left out when there are more.
 */
#include "mipx_plugin.h"

#include <string.h>

#include <epan/prefs.h>
#include <epan/uat.h>

/* The algorithms the codec verifies (codec/include/mipx/auth.h):
 * HMAC-MD5, RFC 3344 3.5.1's default and the only one DREMIP 4.3 names. */
enum key_algorithm { KEY_ALG_HMAC_MD5 = 1 };
static const value_string key_algorithm_vals[] = {
	{ KEY_ALG_HMAC_MD5, "HMAC-MD5" },
	{ 0, NULL },
};

struct key_record {
	guint32 spi;
	guint algorithm;
	char *key; /* hex digits, 0x optional, as the codec's keyring reads them */
};

static struct key_record *key_records;
static guint n_key_records;
static uat_t *key_uat;
static const char *pref_keys = "";
static struct mipx_keyring keyring; /* the merged keys */

UAT_HEX_CB_DEF(key_records, spi, struct key_record)
UAT_VS_DEF(key_records, algorithm, struct key_record, guint, KEY_ALG_HMAC_MD5, "HMAC-MD5")
UAT_CSTRING_CB_DEF(key_records, key, struct key_record)

/*
 * The key text as the codec reads the key of "SPI:hexkey" (one rule for the
 * table, the text preference and the analyzer's keys file): 1 to 64 octets
 * as hex digits, 0x optional.  Separators and comments of that text form
 * are refused here, since they would split one cell into several keys.
 */
static bool parse_key_text(const char *text, size_t len, struct mipx_key *out)
{
	struct mipx_keyring one;
	char *entry;
	bool ok;

	for (size_t i = 0; i < len; i++)
		if (!g_ascii_isxdigit(text[i]) && !(i == 1 && (text[i] == 'x' || text[i] == 'X')))
			return false;
	entry = g_strdup_printf("0:%.*s", (int)len, text);
	ok = mipx_keyring_parse(entry, &one, NULL) == MIPX_OK && one.count == 1;
	g_free(entry);
	if (ok)
		*out = one.key[0];
	return ok;
}

/* The SPI in hex, 0x optional, as the tree shows it (dremip.auth.spi). */
static gboolean spi_chk_cb(void *rec _U_, const char *text, unsigned len, const void *u1 _U_,
			   const void *u2 _U_, char **err)
{
	unsigned i = len > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X') ? 2 : 0;
	bool ok = len > i && len - i <= 8;

	for (; ok && i < len; i++)
		ok = g_ascii_isxdigit(text[i]);
	if (ok)
		return TRUE;
	*err = g_strdup_printf("SPI \"%.*s\": not a 32-bit hex number (1 to 8 hex digits, 0x optional)",
			       (int)len, text);
	return FALSE;
}

static gboolean key_chk_cb(void *rec _U_, const char *text, unsigned len, const void *u1 _U_,
			   const void *u2 _U_, char **err)
{
	struct mipx_key k;

	if (parse_key_text(text, len, &k))
		return TRUE;
	*err = g_strdup_printf("Key \"%.*s\": not 1 to %u octets of hex digits (0x optional)", (int)len,
			       text, MIPX_KEY_MAX_LEN);
	return FALSE;
}

static gboolean key_record_update_cb(void *r, char **err)
{
	const struct key_record *rec = (const struct key_record *)r;
	struct mipx_key k;

	if (rec->algorithm != KEY_ALG_HMAC_MD5) {
		*err = g_strdup_printf("SPI 0x%08x: unknown algorithm (only HMAC-MD5)", rec->spi);
		return FALSE;
	}
	if (!rec->key || !parse_key_text(rec->key, strlen(rec->key), &k)) {
		*err = g_strdup_printf("SPI 0x%08x: key \"%s\" is not 1 to %u octets of hex digits (0x optional)",
				       rec->spi, rec->key ? rec->key : "", MIPX_KEY_MAX_LEN);
		return FALSE;
	}
	return TRUE;
}

static void *key_record_copy_cb(void *dest, const void *source, size_t len _U_)
{
	struct key_record *d = (struct key_record *)dest;
	const struct key_record *s = (const struct key_record *)source;

	d->spi = s->spi;
	d->algorithm = s->algorithm;
	d->key = g_strdup(s->key);
	return d;
}

static void key_record_free_cb(void *r)
{
	struct key_record *rec = (struct key_record *)r;

	g_free(rec->key);
	rec->key = NULL;
}

static void add_key(const struct mipx_key *k)
{
	if (keyring.count < MIPX_KEYRING_MAX && !mipx_keyring_find(&keyring, k->spi))
		keyring.key[keyring.count++] = *k;
}

void mipx_keys_apply(void)
{
	struct mipx_keyring text;

	memset(&keyring, 0, sizeof(keyring));
	for (guint i = 0; i < n_key_records; i++) {
		struct mipx_key k;

		if (!key_records[i].key ||
		    !parse_key_text(key_records[i].key, strlen(key_records[i].key), &k))
			continue;
		k.spi = key_records[i].spi;
		add_key(&k);
	}
	/* A text preference that does not parse gives no keys, as before the
	 * table existed. */
	if (pref_keys && *pref_keys && mipx_keyring_parse(pref_keys, &text, NULL) == MIPX_OK)
		for (unsigned i = 0; i < text.count; i++)
			add_key(&text.key[i]);
}

const struct mipx_keyring *mipx_dremip_keyring(void)
{
	return keyring.count ? &keyring : NULL;
}

const struct mipx_key *mipx_dremip_key(uint32_t spi)
{
	return mipx_keyring_find(&keyring, spi);
}

void mipx_keys_register(module_t *module)
{
	static uat_field_t key_fields[] = {
		{ "spi", "SPI", PT_TXTMOD_STRING, { spi_chk_cb, key_records_spi_set_cb, key_records_spi_tostr_cb },
		  { 0, 0, 0 }, 0, "Security Parameter Index, hex (0x optional)", FLDFILL },
		UAT_FLD_VS(key_records, algorithm, "Algorithm", key_algorithm_vals,
			   "Authentication algorithm (HMAC-MD5, RFC 3344 3.5.1)"),
		UAT_FLD_CSTRING_OTHER(key_records, key, "Key", key_chk_cb,
				      "The key, 1 to 64 octets as hex digits (0x optional)"),
		UAT_END_FIELDS
	};

	key_uat = uat_new("DREMIP authentication keys", sizeof(struct key_record), "dremip_keys", TRUE,
			  &key_records, &n_key_records, UAT_AFFECTS_DISSECTION, NULL, key_record_copy_cb,
			  key_record_update_cb, key_record_free_cb, mipx_keys_apply, NULL, key_fields);
	prefs_register_uat_preference(module, "key_table", "Authentication keys",
				      "Keys by SPI to verify the authenticators of the authentication "
				      "extensions (32-34, 36, 83-85; file dremip_keys in the profile)",
				      key_uat);
	prefs_register_string_preference(module, "keys", "Authentication keys (deprecated text form)",
					  "Deprecated: use the Authentication keys table, which wins on an SPI "
					  "given in both.  SPI:hexkey[,SPI:hexkey...] (SPI decimal or "
					  "0x-hex), HMAC-MD5 keys to verify authenticators",
					  &pref_keys);
}
