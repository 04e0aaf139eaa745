/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The .expect files: their syntax, their consistency with the catalogue's
 * severities, and that every check of analysis.md section 2 is shown by at
 * least one sample.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <unistd.h>

#include "sample_files.h"

static const char *const exps[] = { ".expect", NULL };

static void test_syntax(void **state)
{
	char *names[MAX_SAMPLES];
	unsigned n = list_files(MIPX_CAPTURES_DIR, exps, names);

	(void)state;
	assert_true(n > 40);
	for (unsigned i = 0; i < n; i++) {
		char path[512];
		struct expect x;

		snprintf(path, sizeof path, "%s/%s", MIPX_CAPTURES_DIR, names[i]);
		assert_true(read_expect(path, &x));
		if (!x.syntax_ok)
			fail_msg("%s: bad line '%s'", names[i], x.bad_line);
		if (x.exit_status < 0)
			fail_msg("%s: no exit line", names[i]);
	}
	free_names(names, n);
}

/* exit 1 exactly when an error-level finding is expected. */
static void test_exit_matches_severity(void **state)
{
	char *names[MAX_SAMPLES];
	unsigned n = list_files(MIPX_CAPTURES_DIR, exps, names);

	(void)state;
	for (unsigned i = 0; i < n; i++) {
		char path[512];
		struct expect x;
		bool error = false;

		snprintf(path, sizeof path, "%s/%s", MIPX_CAPTURES_DIR, names[i]);
		assert_true(read_expect(path, &x));
		for (int c = 0; c < MIPX_CHECK_COUNT; c++)
			if (x.min_count[c] && mipx_check_info((enum mipx_check_id)c)->severity == MIPX_SEV_ERROR)
				error = true;
		if (x.exit_status != (error ? 1 : 0))
			fail_msg("%s: exit %d but %s error-level finding", names[i],
				 x.exit_status, error ? "an" : "no");
	}
	free_names(names, n);
}

static void test_every_check_shown(void **state)
{
	char *names[MAX_SAMPLES];
	unsigned n = list_files(MIPX_CAPTURES_DIR, exps, names);
	unsigned shown[MIPX_CHECK_COUNT] = { 0 };

	(void)state;
	for (unsigned i = 0; i < n; i++) {
		char path[512];
		struct expect x;

		snprintf(path, sizeof path, "%s/%s", MIPX_CAPTURES_DIR, names[i]);
		assert_true(read_expect(path, &x));
		for (int c = 0; c < MIPX_CHECK_COUNT; c++)
			if (x.min_count[c])
				shown[c]++;
	}
	for (int c = 0; c < MIPX_CHECK_COUNT; c++) {
		const struct mipx_check_info *info = mipx_check_info((enum mipx_check_id)c);
		assert_non_null(info);
		if (!shown[c])
			fail_msg("no sample shows %s", info->name);
	}
	free_names(names, n);
}

/* The reader itself: min-counts, args and unknown IDs. */
static void test_reader(void **state)
{
	char path[] = "/tmp/mipx-expect-XXXXXX";
	int fd = mkstemp(path);
	struct expect x;
	FILE *fp;

	(void)state;
	assert_true(fd >= 0);
	fp = fdopen(fd, "w");
	assert_non_null(fp);
	fputs("# comment\nargs --keys k.txt\nfinding DRM-NO-REPLY 3\nfinding mcoa-seq\nexit 0\n", fp);
	fclose(fp);
	assert_true(read_expect(path, &x));
	assert_true(x.syntax_ok);
	assert_int_equal(x.min_count[MIPX_DRM_NO_REPLY], 3);
	assert_int_equal(x.min_count[MIPX_MCOA_SEQ], 1);
	assert_int_equal(x.min_count[MIPX_DRM_LT_ORDER], 0);
	assert_string_equal(x.args, "--keys k.txt");
	assert_int_equal(x.exit_status, 0);

	fp = fopen(path, "w");
	assert_non_null(fp);
	fputs("finding DRM-NOT-A-CHECK\n", fp);
	fclose(fp);
	assert_true(read_expect(path, &x));
	assert_false(x.syntax_ok);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_syntax),
		cmocka_unit_test(test_exit_matches_severity),
		cmocka_unit_test(test_every_check_shown),
		cmocka_unit_test(test_reader),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
