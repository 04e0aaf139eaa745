/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The catalogue against analysis.md section 2, copied here by hand (CI does
 * not have ../shared): 41 checks (the 39 of the spec and RFC 3344 5.7's two), unique names, expert names derived from
 * the ID, severities as the spec's tables say.
 */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "mipx/checks.h"

static const struct {
	const char *name;
	enum mipx_severity severity;
} spec[] = {
	{ "DRM-LT-ORDER", MIPX_SEV_ERROR },
	{ "DRM-LT-REPLY", MIPX_SEV_ERROR },
	{ "DRM-LT-ROUTE", MIPX_SEV_ERROR },
	{ "DRM-LT-ROUTE-COPY", MIPX_SEV_WARNING },
	{ "DRM-LT-TUNNEL", MIPX_SEV_WARNING },
	{ "DRM-LT-RELAY", MIPX_SEV_INFO },
	{ "DRM-ID-ROUTE", MIPX_SEV_ERROR },
	{ "DRM-NO-REPLY", MIPX_SEV_WARNING },
	{ "DRM-ORPHAN-REPLY", MIPX_SEV_WARNING },
	{ "DRM-COA-EXT-MISSING", MIPX_SEV_ERROR },
	{ "DRM-COA-UNSTABLE", MIPX_SEV_WARNING },
	{ "DRM-AUTH-MISSING", MIPX_SEV_ERROR },
	{ "DRM-AUTH-RELAY", MIPX_SEV_WARNING },
	{ "DRM-AUTH-BAD", MIPX_SEV_ERROR },
	{ "DRM-RELAY-UNBOUND", MIPX_SEV_ERROR },
	{ "DRM-REPLY-BEFORE-ROUTE", MIPX_SEV_WARNING },
	{ "DRM-CHAIN-INCOMPLETE", MIPX_SEV_WARNING },
	{ "DRM-TUNNEL-GAP", MIPX_SEV_ERROR },
	{ "DRM-TUNNEL-LOOP", MIPX_SEV_ERROR },
	{ "DRM-RS-WITHDRAWN", MIPX_SEV_WARNING },
	{ "DRM-RBIT-MIX", MIPX_SEV_WARNING },
	{ "DRM-MALFORMED", MIPX_SEV_ERROR },
	{ "DRM-RESERVED", MIPX_SEV_INFO },
	{ "DRM-UDP-CHECKSUM", MIPX_SEV_WARNING },
	{ "DRM-ICMP-CHECKSUM", MIPX_SEV_WARNING },
	{ "DRM-REPLAY-NONCE", MIPX_SEV_WARNING },
	{ "DRM-REPLAY-STALE", MIPX_SEV_WARNING },
	{ "MCOA-M-NO-COAINFO", MIPX_SEV_ERROR },
	{ "MCOA-COAINFO-NO-M", MIPX_SEV_WARNING },
	{ "MCOA-BA-NO-COAINFO", MIPX_SEV_WARNING },
	{ "MCOA-STATUS1-NO-COAINFO", MIPX_SEV_ERROR },
	{ "MCOA-HOME-COAINFO", MIPX_SEV_WARNING },
	{ "MCOA-LT-BA", MIPX_SEV_ERROR },
	{ "MCOA-NO-PRIMARY", MIPX_SEV_WARNING },
	{ "MCOA-IFID-SHARED", MIPX_SEV_INFO },
	{ "MCOA-DEREG-ALL", MIPX_SEV_INFO },
	{ "MCOA-HOME-STALE", MIPX_SEV_WARNING },
	{ "MCOA-SEQ", MIPX_SEV_WARNING },
	{ "MCOA-AFTER-BE", MIPX_SEV_WARNING },
	{ "MCOA-EXPIRED", MIPX_SEV_INFO },
	{ "MCOA-MALFORMED", MIPX_SEV_ERROR },
	{ "MCOA-COAINFO-LEN2", MIPX_SEV_INFO },
	{ "MCOA-RESERVED", MIPX_SEV_INFO },
	{ "MCOA-MH-LEN", MIPX_SEV_WARNING },
	{ "MCOA-MH-CHECKSUM", MIPX_SEV_WARNING },
	/* not in analysis.md 2: about the capture, not the protocol */
	{ "CAPTURE-CUT", MIPX_SEV_INFO },
	{ "CAPTURE-CHECKSUM-OFFLOAD", MIPX_SEV_INFO },
};
#define N_SPEC (sizeof spec / sizeof spec[0])

static void test_count(void **state)
{
	(void)state;
	assert_int_equal(N_SPEC, 47);
	assert_int_equal(MIPX_CHECK_COUNT, 47);
	assert_null(mipx_check_info(MIPX_CHECK_COUNT));
	assert_null(mipx_check_info((enum mipx_check_id)-1));
}

/* Every spec entry is in the table, at its enum slot, with its severity. */
static void test_names_and_severities(void **state)
{
	(void)state;
	for (size_t i = 0; i < N_SPEC; i++) {
		int id = mipx_check_by_name(spec[i].name);
		const struct mipx_check_info *info;

		assert_int_not_equal(id, -1);
		info = mipx_check_info((enum mipx_check_id)id);
		assert_non_null(info);
		assert_int_equal(info->id, id);
		assert_string_equal(info->name, spec[i].name);
		assert_int_equal(info->severity, spec[i].severity);
		/* the enum follows the spec's order */
		assert_int_equal(id, (int)i);
		assert_non_null(info->section);
		assert_true(strlen(info->section) > 0);
		assert_non_null(info->summary);
		assert_true(strlen(info->summary) > 10);
	}
}

static void test_unique(void **state)
{
	(void)state;
	for (int i = 0; i < MIPX_CHECK_COUNT; i++)
		for (int j = i + 1; j < MIPX_CHECK_COUNT; j++) {
			const struct mipx_check_info *a = mipx_check_info((enum mipx_check_id)i);
			const struct mipx_check_info *b = mipx_check_info((enum mipx_check_id)j);
			assert_string_not_equal(a->name, b->name);
			assert_string_not_equal(a->expert_name, b->expert_name);
		}
}

/* plugin.md 4: dremip.expert.<id> / mcoa.expert.<id>, lower case, '-' -> '_'. */
static void test_expert_names(void **state)
{
	(void)state;
	for (int i = 0; i < MIPX_CHECK_COUNT; i++) {
		const struct mipx_check_info *info = mipx_check_info((enum mipx_check_id)i);
		const char *prefix = strncmp(info->name, "DRM-", 4) == 0 ? "dremip.expert."
				   : strncmp(info->name, "MCOA-", 5) == 0 ? "mcoa.expert."
				   : "mipx.expert.";
		char want[96];
		size_t n = strlen(prefix);

		assert_true(strncmp(info->name, "DRM-", 4) == 0 ||
			    strncmp(info->name, "MCOA-", 5) == 0 ||
			    (strncmp(info->name, "CAPTURE-", 8) == 0 &&
			     info->scope == MIPX_SCOPE_STATE));
		/* about the capture: named without a protocol, mipx.expert.<id> */
		memcpy(want, prefix, n);
		for (const char *p = info->name; *p; p++)
			want[n++] = *p == '-' ? '_' : (char)tolower((unsigned char)*p);
		want[n] = '\0';
		assert_string_equal(info->expert_name, want);
	}
	assert_string_equal(mipx_check_info(MIPX_DRM_LT_REPLY)->expert_name,
			    "dremip.expert.drm_lt_reply");
	assert_string_equal(mipx_check_info(MIPX_MCOA_COAINFO_LEN2)->expert_name,
			    "mcoa.expert.mcoa_coainfo_len2");
}

static void test_lookup(void **state)
{
	(void)state;
	assert_int_equal(mipx_check_by_name("DRM-LT-ORDER"), MIPX_DRM_LT_ORDER);
	assert_int_equal(mipx_check_by_name("drm-lt-order"), MIPX_DRM_LT_ORDER);
	assert_int_equal(mipx_check_by_name("Mcoa-Lt-Ba"), MIPX_MCOA_LT_BA);
	assert_int_equal(mipx_check_by_name("MCOA-RESERVED"), MIPX_MCOA_RESERVED);
	assert_int_equal(mipx_check_by_name("DRM-LT"), -1);
	assert_int_equal(mipx_check_by_name("DRM-LT-ORDERX"), -1);
	assert_int_equal(mipx_check_by_name("drm_lt_order"), -1);
	assert_int_equal(mipx_check_by_name(""), -1);
	assert_int_equal(mipx_check_by_name(NULL), -1);
}

/* Who may raise a check: the plugin only sees message and pair scopes. */
static void test_scopes(void **state)
{
	static const enum mipx_check_id plugin_side[] = {
		MIPX_DRM_LT_REPLY, MIPX_DRM_LT_ROUTE, MIPX_DRM_ID_ROUTE,
		MIPX_DRM_COA_EXT_MISSING, MIPX_DRM_AUTH_MISSING, MIPX_DRM_AUTH_BAD,
		MIPX_DRM_RBIT_MIX, MIPX_DRM_MALFORMED, MIPX_DRM_RESERVED,
		MIPX_MCOA_M_NO_COAINFO, MIPX_MCOA_COAINFO_NO_M, MIPX_MCOA_BA_NO_COAINFO,
		MIPX_MCOA_STATUS1_NO_COAINFO, MIPX_MCOA_HOME_COAINFO, MIPX_MCOA_LT_BA,
		MIPX_MCOA_MALFORMED, MIPX_MCOA_COAINFO_LEN2, MIPX_MCOA_RESERVED,
		MIPX_MCOA_MH_LEN, MIPX_DRM_UDP_CHECKSUM, MIPX_DRM_ICMP_CHECKSUM,
		MIPX_MCOA_MH_CHECKSUM,
	};
	unsigned non_state = 0;
	(void)state;
	for (size_t i = 0; i < sizeof plugin_side / sizeof plugin_side[0]; i++)
		assert_int_not_equal(mipx_check_info(plugin_side[i])->scope, MIPX_SCOPE_STATE);
	for (int i = 0; i < MIPX_CHECK_COUNT; i++)
		if (mipx_check_info((enum mipx_check_id)i)->scope != MIPX_SCOPE_STATE)
			non_state++;
	assert_int_equal(non_state, sizeof plugin_side / sizeof plugin_side[0]);
}

static void test_severity_text(void **state)
{
	enum mipx_severity s = MIPX_SEV_INFO;
	(void)state;
	assert_string_equal(mipx_severity_name(MIPX_SEV_INFO), "info");
	assert_string_equal(mipx_severity_name(MIPX_SEV_WARNING), "warning");
	assert_string_equal(mipx_severity_name(MIPX_SEV_ERROR), "error");
	assert_true(mipx_severity_parse("error", &s));
	assert_int_equal(s, MIPX_SEV_ERROR);
	assert_true(mipx_severity_parse("Warning", &s));
	assert_int_equal(s, MIPX_SEV_WARNING);
	assert_true(mipx_severity_parse("INFO", &s));
	assert_int_equal(s, MIPX_SEV_INFO);
	s = MIPX_SEV_WARNING;
	assert_false(mipx_severity_parse("fatal", &s));
	assert_false(mipx_severity_parse(NULL, &s));
	assert_int_equal(s, MIPX_SEV_WARNING);
	assert_true(MIPX_SEV_INFO < MIPX_SEV_WARNING && MIPX_SEV_WARNING < MIPX_SEV_ERROR);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_count),
		cmocka_unit_test(test_names_and_severities),
		cmocka_unit_test(test_unique),
		cmocka_unit_test(test_expert_names),
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_scopes),
		cmocka_unit_test(test_severity_text),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
