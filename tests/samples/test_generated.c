/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The committed captures are exactly what the generator writes: run it into
 * a fresh directory and compare every file, both ways, byte for byte.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "sample_files.h"

static char tmpdir[] = "/tmp/mipx-samples-gen-XXXXXX";

static unsigned char *slurp(const char *path, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	unsigned char *buf = NULL;
	long n;

	if (!fp)
		return NULL;
	if (fseek(fp, 0, SEEK_END) == 0 && (n = ftell(fp)) >= 0 && fseek(fp, 0, SEEK_SET) == 0) {
		buf = malloc((size_t)n + 1);
		if (buf && fread(buf, 1, (size_t)n, fp) != (size_t)n) {
			free(buf);
			buf = NULL;
		}
		*len = (size_t)n;
	}
	fclose(fp);
	return buf;
}

static int run_generator(void **state)
{
	char cmd[1024];

	(void)state;
	if (!mkdtemp(tmpdir))
		return -1;
	snprintf(cmd, sizeof cmd, "'%s' --out '%s/out' 2>/dev/null", MIPX_SAMPLES_BIN, tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static int cleanup(void **state)
{
	char cmd[1024];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static const char *const all_kinds[] = { ".pcap", ".pcapng", ".expect", ".txt", NULL };

static void test_same_file_set(void **state)
{
	char gen_dir[512];
	char *a[MAX_SAMPLES], *b[MAX_SAMPLES];
	unsigned na, nb;

	(void)state;
	snprintf(gen_dir, sizeof gen_dir, "%s/out", tmpdir);
	na = list_files(gen_dir, all_kinds, a);
	nb = list_files(MIPX_CAPTURES_DIR, all_kinds, b);
	assert_true(na > 40);
	assert_int_equal(na, nb);
	for (unsigned i = 0; i < na; i++)
		assert_string_equal(a[i], b[i]);
	free_names(a, na);
	free_names(b, nb);
}

static void test_same_bytes(void **state)
{
	char *names[MAX_SAMPLES];
	unsigned n = list_files(MIPX_CAPTURES_DIR, all_kinds, names);

	(void)state;
	assert_true(n > 40);
	for (unsigned i = 0; i < n; i++) {
		char p1[512], p2[512];
		size_t l1 = 0, l2 = 0;

		snprintf(p1, sizeof p1, "%s/out/%s", tmpdir, names[i]);
		snprintf(p2, sizeof p2, "%s/%s", MIPX_CAPTURES_DIR, names[i]);
		unsigned char *b1 = slurp(p1, &l1), *b2 = slurp(p2, &l2);
		if (!b1 || !b2 || l1 != l2 || memcmp(b1, b2, l1) != 0)
			fail_msg("%s differs from the generator's output (regenerate with "
				 "mipx-samples --out samples/captures)", names[i]);
		free(b1);
		free(b2);
	}
	free_names(names, n);
}

/* Every capture has its .expect next to it, and every .expect a capture. */
static void test_expect_beside_each(void **state)
{
	static const char *const caps[] = { ".pcap", ".pcapng", NULL };
	static const char *const exps[] = { ".expect", NULL };
	char *c[MAX_SAMPLES], *e[MAX_SAMPLES];
	unsigned nc = list_files(MIPX_CAPTURES_DIR, caps, c);
	unsigned ne = list_files(MIPX_CAPTURES_DIR, exps, e);

	(void)state;
	assert_int_equal(nc, ne);
	for (unsigned i = 0; i < nc; i++) {
		char path[512];
		expect_path(MIPX_CAPTURES_DIR, c[i], path, sizeof path);
		assert_int_equal(access(path, R_OK), 0);
	}
	free_names(c, nc);
	free_names(e, ne);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_same_file_set),
		cmocka_unit_test(test_same_bytes),
		cmocka_unit_test(test_expect_beside_each),
	};
	return cmocka_run_group_tests(tests, run_generator, cleanup);
}
