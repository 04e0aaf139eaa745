/* SPDX-License-Identifier: GPL-2.0-or-later */
/* input.c: captures merged by timestamp, frames numbered per file from 1,
 * ties to the file named first, bad files reported and skipped. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cmocka.h>
#include <glib.h>
#include <pcap/pcap.h>

#include "input.h"

static char *dir;

static void write_capture(const char *name, const double *times, unsigned n)
{
	pcap_t *dead = pcap_open_dead(DLT_RAW, 65535);
	char *path = g_build_filename(dir, name, NULL);
	pcap_dumper_t *d = pcap_dump_open(dead, path);
	uint8_t pkt[20];

	assert_non_null(d);
	for (unsigned i = 0; i < n; i++) {
		struct pcap_pkthdr h;

		memset(&h, 0, sizeof(h));
		h.ts.tv_sec = (time_t)times[i];
		h.ts.tv_usec = (suseconds_t)((times[i] - (double)h.ts.tv_sec) * 1e6 + 0.5);
		h.caplen = h.len = sizeof(pkt);
		memset(pkt, (int)i, sizeof(pkt));
		pcap_dump((u_char *)d, &h, pkt);
	}
	pcap_dump_close(d);
	pcap_close(dead);
	g_free(path);
}

static int setup(void **state)
{
	static const double a[] = { 10.0, 12.0, 12.5, 20.0 };
	static const double b[] = { 11.0, 12.0, 13.0 };

	(void)state;
	dir = g_dir_make_tmp("mipx-input-XXXXXX", NULL);
	write_capture("a.pcap", a, 4);
	write_capture("b.pcap", b, 3);
	return dir ? 0 : -1;
}

static int teardown(void **state)
{
	char *a = g_build_filename(dir, "a.pcap", NULL), *b = g_build_filename(dir, "b.pcap", NULL);
	char *c = g_build_filename(dir, "junk.txt", NULL);

	(void)state;
	unlink(a);
	unlink(b);
	unlink(c);
	rmdir(dir);
	g_free(a);
	g_free(b);
	g_free(c);
	g_free(dir);
	return 0;
}

static void test_merge_order(void **state)
{
	char *names[2] = { g_build_filename(dir, "a.pcap", NULL),
			   g_build_filename(dir, "b.pcap", NULL) };
	/* expected (file, frame) in merged order; at 12.0 a.pcap comes first */
	static const unsigned want[][2] = { { 0, 1 }, { 1, 1 }, { 0, 2 }, { 1, 2 },
					    { 0, 3 }, { 1, 3 }, { 0, 4 } };
	struct input_set in;
	struct input_frame fr;
	unsigned k = 0;
	int64_t last = 0;

	(void)state;
	memset(&in, 0, sizeof(in));
	input_open(&in, names, 2);
	assert_false(in.unreadable);
	assert_true(input_first_ts(&in) == INT64_C(10000000));
	while (input_next(&in, &fr)) {
		assert_true(k < G_N_ELEMENTS(want));
		assert_int_equal(fr.file, want[k][0]);
		assert_int_equal(fr.frame, want[k][1]);
		assert_true(fr.ts >= last);
		assert_int_equal(fr.caplen, 20);
		assert_int_equal(fr.data[0], fr.frame - 1); /* the bytes of that frame */
		last = fr.ts;
		k++;
	}
	assert_int_equal(k, G_N_ELEMENTS(want));
	assert_int_equal(in.files[0].frame, 4);
	assert_int_equal(in.files[1].frame, 3);
	input_close(&in);
	g_free(names[0]);
	g_free(names[1]);
}

static void test_bad_file_skipped(void **state)
{
	char *names[2] = { g_build_filename(dir, "junk.txt", NULL),
			   g_build_filename(dir, "b.pcap", NULL) };
	struct input_set in;
	struct input_frame fr;
	unsigned k = 0;

	(void)state;
	assert_true(g_file_set_contents(names[0], "not a capture\n", -1, NULL));
	memset(&in, 0, sizeof(in));
	input_open(&in, names, 2);
	assert_true(in.unreadable);
	assert_true(in.files[0].failed);
	while (input_next(&in, &fr)) {
		assert_int_equal(fr.file, 1);
		k++;
	}
	assert_int_equal(k, 3);
	input_close(&in);
	g_free(names[0]);
	g_free(names[1]);
}

/* fuzz_analyzer: a pcapng timestamp of 2^64 - 2^48 microseconds then one of
 * zero overflowed microseconds and the time difference (UBSan); times are
 * clamped, the frames still read in order. */
static void put32(FILE *f, uint32_t v)
{
	fwrite(&v, 4, 1, f);
}

static void epb(FILE *f, uint32_t hi, uint32_t lo)
{
	put32(f, 6);
	put32(f, 36);
	put32(f, 0);
	put32(f, hi);
	put32(f, lo);
	put32(f, 4);
	put32(f, 4);
	put32(f, 0);
	put32(f, 36);
}

static void test_huge_pcapng_time(void **state)
{
	char *path = g_build_filename(dir, "huge.pcapng", NULL);
	char *names[] = { path };
	FILE *f = fopen(path, "wb");
	struct input_set in;
	struct input_frame fr;
	unsigned k = 0;

	(void)state;
	assert_non_null(f);
	/* section header (little-endian, version 1.0, length unknown) */
	put32(f, 0x0A0D0D0A);
	put32(f, 28);
	put32(f, 0x1A2B3C4D);
	put32(f, 1);
	put32(f, 0xffffffff);
	put32(f, 0xffffffff);
	put32(f, 28);
	/* interface: Ethernet, snaplen 65535, microseconds */
	put32(f, 1);
	put32(f, 20);
	put32(f, 1);
	put32(f, 65535);
	put32(f, 20);
	epb(f, 0xffff0000u, 0);
	epb(f, 0, 0);
	fclose(f);

	memset(&in, 0, sizeof(in));
	input_open(&in, names, 1);
	assert_false(in.unreadable);
	while (input_next(&in, &fr)) {
		assert_true(fr.ts >= 0);
		assert_true(fr.ts <= (INT64_C(1) << 40) * 1000000 + 999999);
		k++;
	}
	assert_int_equal(k, 2);
	input_close(&in);
	unlink(path);
	g_free(path);
}

static unsigned open_files(const struct input_set *in)
{
	unsigned n = 0;

	for (unsigned i = 0; i < in->count; i++)
		n += in->files[i].pcap != NULL;
	return n;
}

/*
 * A day of rotated captures: 400 files of 3 frames each, named in reverse
 * time order, read with a limit of 64 open descriptors.  Each file is open
 * only from its first frame's turn to its end, so the merge never holds more
 * than one (no "Too many open files"), and the frames come in time order,
 * numbered per file.
 */
#define ROTATED 400
static void test_rotated_files(void **state)
{
	char *names[ROTATED];
	struct rlimit old, low;
	struct input_set in;
	struct input_frame fr;
	unsigned k = 0, most_open = 0;
	int64_t last = 0;

	(void)state;
	for (unsigned i = 0; i < ROTATED; i++) {
		/* names[0] is the latest file */
		double t0 = 1000.0 + 10.0 * (ROTATED - 1 - i);
		const double times[3] = { t0, t0 + 1.0, t0 + 2.0 };
		char name[32];

		snprintf(name, sizeof(name), "rot-%03u.pcap", i);
		write_capture(name, times, 3);
		names[i] = g_build_filename(dir, name, NULL);
	}
	assert_int_equal(getrlimit(RLIMIT_NOFILE, &old), 0);
	low = old;
	low.rlim_cur = 64;
	assert_int_equal(setrlimit(RLIMIT_NOFILE, &low), 0);

	memset(&in, 0, sizeof(in));
	input_open(&in, names, ROTATED);
	assert_false(in.unreadable);
	assert_int_equal(open_files(&in), 0); /* all parked */
	assert_true(input_first_ts(&in) == INT64_C(1000000000));
	while (input_next(&in, &fr)) {
		unsigned file = ROTATED - 1 - k / 3;

		assert_int_equal(fr.file, file);
		assert_int_equal(fr.frame, k % 3 + 1);
		assert_true(fr.ts > last);
		last = fr.ts;
		if (open_files(&in) > most_open)
			most_open = open_files(&in);
		k++;
	}
	assert_int_equal(k, 3 * ROTATED);
	assert_int_equal(most_open, 1);
	assert_int_equal(open_files(&in), 0); /* each closed at its end */
	assert_false(in.unreadable);
	input_close(&in);
	assert_int_equal(setrlimit(RLIMIT_NOFILE, &old), 0);
	for (unsigned i = 0; i < ROTATED; i++) {
		unlink(names[i]);
		g_free(names[i]);
	}
}

/* Files that overlap in time are open together, and only while they do;
 * a tie between two parked files goes to the one named first. */
static void test_overlapping_files(void **state)
{
	static const double x[] = { 5.0, 7.0 }, y[] = { 5.0, 6.0, 30.0 }, z[] = { 40.0 };
	/* expected (file, frame), files z = 0, x = 1, y = 2: x and y tie at
	 * 5.0 and x was named first */
	static const unsigned want[][2] = { { 1, 1 }, { 2, 1 }, { 2, 2 }, { 1, 2 },
					    { 2, 3 }, { 0, 1 } };
	char *names[3] = { g_build_filename(dir, "z.pcap", NULL),
			   g_build_filename(dir, "x.pcap", NULL),
			   g_build_filename(dir, "y.pcap", NULL) };
	struct input_set in;
	struct input_frame fr;
	unsigned k = 0, most_open = 0;

	(void)state;
	write_capture("z.pcap", z, 1);
	write_capture("x.pcap", x, 2);
	write_capture("y.pcap", y, 3);
	memset(&in, 0, sizeof(in));
	input_open(&in, names, 3);
	while (input_next(&in, &fr)) {
		assert_true(k < G_N_ELEMENTS(want));
		assert_int_equal(fr.file, want[k][0]);
		assert_int_equal(fr.frame, want[k][1]);
		if (open_files(&in) > most_open)
			most_open = open_files(&in);
		k++;
	}
	assert_int_equal(k, G_N_ELEMENTS(want));
	assert_int_equal(most_open, 2); /* x and y, never z with them */
	input_close(&in);
	for (unsigned i = 0; i < 3; i++) {
		unlink(names[i]);
		g_free(names[i]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_merge_order),
		cmocka_unit_test(test_bad_file_skipped),
		cmocka_unit_test(test_huge_pcapng_time),
		cmocka_unit_test(test_rotated_files),
		cmocka_unit_test(test_overlapping_files),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
