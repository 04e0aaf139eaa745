/* SPDX-License-Identifier: GPL-2.0-or-later */
/* pcapng_reader.c and its use by input.c: a section whose interfaces have
 * different link types (which libpcap 1.10 stops on) read to its end, in
 * either byte order, with each interface's timestamp unit; damaged blocks
 * end the reading with a reason. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <glib.h>

#include "input.h"
#include "pcapng_reader.h"

#define LT_ETHERNET 1
#define LT_RAW 101
#define LT_USER0 147

struct writer {
	FILE *f;
	bool big_endian;
};

static void put16(struct writer *w, uint16_t v)
{
	uint8_t b[2] = { (uint8_t)v, (uint8_t)(v >> 8) };

	if (w->big_endian) {
		b[0] = (uint8_t)(v >> 8);
		b[1] = (uint8_t)v;
	}
	fwrite(b, 1, 2, w->f);
}

static void put32(struct writer *w, uint32_t v)
{
	if (w->big_endian) {
		put16(w, (uint16_t)(v >> 16));
		put16(w, (uint16_t)v);
	} else {
		put16(w, (uint16_t)v);
		put16(w, (uint16_t)(v >> 16));
	}
}

static void shb(struct writer *w)
{
	put32(w, 0x0A0D0D0A);
	put32(w, 28);
	put32(w, 0x1A2B3C4D);
	put16(w, 1);
	put16(w, 0);
	put32(w, 0xffffffff);
	put32(w, 0xffffffff);
	put32(w, 28);
}

/* tsresol 0: no option (microseconds) */
static void idb(struct writer *w, uint16_t linktype, uint8_t tsresol, int64_t tsoffset)
{
	uint32_t len = 20 + (tsresol ? 8 : 0) + (tsoffset ? 12 : 0) +
		       (tsresol || tsoffset ? 4 : 0);

	put32(w, 1);
	put32(w, len);
	put16(w, linktype);
	put16(w, 0);
	put32(w, 65535);
	if (tsresol) {
		put16(w, 9);
		put16(w, 1);
		fputc(tsresol, w->f);
		fputc(0, w->f);
		fputc(0, w->f);
		fputc(0, w->f);
	}
	if (tsoffset) { /* one 64-bit value in the section's byte order */
		uint64_t v = (uint64_t)tsoffset;

		put16(w, 14);
		put16(w, 8);
		if (w->big_endian) {
			put32(w, (uint32_t)(v >> 32));
			put32(w, (uint32_t)v);
		} else {
			put32(w, (uint32_t)v);
			put32(w, (uint32_t)(v >> 32));
		}
	}
	if (tsresol || tsoffset)
		put32(w, 0); /* opt_endofopt */
	put32(w, len);
}

/* An Enhanced Packet Block of `n` octets of `fill`. */
static void epb(struct writer *w, uint32_t ifid, uint64_t ts, unsigned n, uint8_t fill)
{
	uint32_t padded = (n + 3) & ~3u, len = 32 + padded;

	put32(w, 6);
	put32(w, len);
	put32(w, ifid);
	put32(w, (uint32_t)(ts >> 32));
	put32(w, (uint32_t)ts);
	put32(w, n);
	put32(w, n + 10); /* a longer frame on the wire */
	for (unsigned i = 0; i < padded; i++)
		fputc(i < n ? fill : 0, w->f);
	put32(w, len);
}

/* Ethernet at microseconds, raw IP at nanoseconds (with a 10 s offset),
 * a link type mipx does not decode, then raw IP again. */
static char *write_mixed(const char *name, bool big_endian)
{
	char *path = g_build_filename(g_get_tmp_dir(), name, NULL);
	struct writer w = { fopen(path, "wb"), big_endian };

	assert_non_null(w.f);
	shb(&w);
	idb(&w, LT_ETHERNET, 0, 0);
	epb(&w, 0, UINT64_C(1700000000) * 1000000 + 250000, 60, 0xaa);
	idb(&w, LT_RAW, 9, 10);
	epb(&w, 1, UINT64_C(1700000000) * 1000000000 + 999999999, 40, 0xbb);
	idb(&w, LT_USER0, 0, 0);
	epb(&w, 2, UINT64_C(1700000002) * 1000000, 13, 0xcc);
	epb(&w, 1, UINT64_C(1699999993) * 1000000000 + 1500, 41, 0xdd);
	fclose(w.f);
	return path;
}

static void check_mixed(bool big_endian)
{
	static const int linktype[] = { LT_ETHERNET, LT_RAW, LT_USER0, LT_RAW };
	static const int64_t ts[] = { INT64_C(1700000000250000), INT64_C(1700000010999999),
				      INT64_C(1700000002000000), INT64_C(1700000003000001) };
	static const uint32_t caplen[] = { 60, 40, 13, 41 };
	static const uint8_t fill[] = { 0xaa, 0xbb, 0xcc, 0xdd };
	char *path = write_mixed(big_endian ? "mipx-mixed-be.pcapng" : "mipx-mixed-le.pcapng",
				 big_endian);
	char *names[] = { path };
	struct input_set in;
	struct input_frame fr;
	unsigned k = 0;
	bool took_over = false;

	memset(&in, 0, sizeof(in));
	input_open(&in, names, 1);
	assert_int_equal(in.files[0].linktype, LT_ETHERNET);
	while (input_next(&in, &fr)) {
		took_over |= in.files[0].ng != NULL;
		assert_true(k < 4);
		assert_int_equal(fr.frame, k + 1);
		assert_int_equal(fr.linktype, linktype[k]);
		assert_true(fr.ts == ts[k]);
		assert_int_equal(fr.caplen, caplen[k]);
		assert_int_equal(fr.len, caplen[k] + 10);
		assert_int_equal(fr.data[0], fill[k]);
		assert_int_equal(fr.data[fr.caplen - 1], fr.data[0]);
		k++;
	}
	assert_int_equal(k, 4);
	assert_false(in.unreadable); /* every packet was read: nothing failed */
	assert_false(in.files[0].failed);
	assert_true(took_over); /* libpcap stopped; the reader went on */
	assert_null(in.files[0].ng); /* and was closed at the end of the file */
	input_close(&in);
	unlink(path);
	g_free(path);
}

static void test_mixed_little_endian(void **state)
{
	(void)state;
	check_mixed(false);
}

static void test_mixed_big_endian(void **state)
{
	(void)state;
	check_mixed(true);
}

/* if_tsresol with the high bit: 2^-20 s units. */
static void test_binary_resolution(void **state)
{
	char *path = g_build_filename(g_get_tmp_dir(), "mipx-binres.pcapng", NULL);
	struct writer w = { fopen(path, "wb"), false };
	char err[PCAPNG_ERR_MAX];
	struct pcapng_packet pkt;
	struct pcapng_reader *r;

	(void)state;
	assert_non_null(w.f);
	shb(&w);
	idb(&w, LT_RAW, 0x80 | 20, 0);
	epb(&w, 0, (UINT64_C(1700000000) << 20) | (1u << 19), 20, 1); /* .5 s */
	fclose(w.f);

	r = pcapng_reader_open(path, 0, err);
	assert_non_null(r);
	assert_int_equal(pcapng_reader_next(r, &pkt, err), 1);
	assert_int_equal(pkt.hdr.ts.tv_sec, 1700000000);
	assert_int_equal(pkt.hdr.ts.tv_usec, 500000);
	assert_int_equal(pkt.linktype, LT_RAW);
	assert_int_equal(pcapng_reader_next(r, &pkt, err), 0);
	pcapng_reader_close(r);
	unlink(path);
	g_free(path);
}

/* The `skip` of pcapng_reader_open: libpcap's packets passed over. */
static void test_skip(void **state)
{
	char *path = write_mixed("mipx-skip.pcapng", false);
	char err[PCAPNG_ERR_MAX];
	struct pcapng_packet pkt;
	struct pcapng_reader *r;

	(void)state;
	r = pcapng_reader_open(path, 3, err);
	assert_non_null(r);
	assert_int_equal(pcapng_reader_next(r, &pkt, err), 1);
	assert_int_equal(pkt.data[0], 0xdd);
	assert_int_equal(pkt.interface, 1);
	assert_int_equal(pcapng_reader_next(r, &pkt, err), 0);
	pcapng_reader_close(r);
	/* more packets than the file has: refused, with a reason */
	assert_null(pcapng_reader_open(path, 5, err));
	assert_string_equal(err, "fewer packets than libpcap read");
	unlink(path);
	g_free(path);
}

/* Each damage ends the reading with its reason, never a read past a block. */
static void test_damage(void **state)
{
	static const struct {
		const char *why;
		uint32_t words[12];
		unsigned n;
	} cases[] = {
		{ "block's two lengths differ", { 6, 32, 0, 0, 0, 0, 0, 36 }, 8 },
		{ "captured length runs past its block", { 6, 32, 0, 0, 0, 5, 5, 32 }, 8 },
		{ "packet of an interface never described", { 6, 32, 7, 0, 0, 0, 0, 32 }, 8 },
		{ "block length out of range", { 6, 8, 0 }, 3 },
		{ "block cut short", { 6, 64, 0, 0, 0, 0 }, 6 },
		{ "interface option runs past its block",
		  { 1, 28, LT_RAW, 65535, 9 | 40u << 16, 0, 28 }, 7 },
	};
	char *path = g_build_filename(g_get_tmp_dir(), "mipx-damage.pcapng", NULL);

	(void)state;
	for (size_t c = 0; c < G_N_ELEMENTS(cases); c++) {
		struct writer w = { fopen(path, "wb"), false };
		char err[PCAPNG_ERR_MAX] = "";
		struct pcapng_packet pkt;
		struct pcapng_reader *r;

		assert_non_null(w.f);
		shb(&w);
		if (c != 5)
			idb(&w, LT_RAW, 0, 0);
		for (unsigned i = 0; i < cases[c].n; i++)
			put32(&w, cases[c].words[i]);
		fclose(w.f);
		r = pcapng_reader_open(path, 0, err);
		assert_non_null(r);
		assert_int_equal(pcapng_reader_next(r, &pkt, err), -1);
		assert_string_equal(err, cases[c].why);
		pcapng_reader_close(r);
	}
	unlink(path);
	g_free(path);
}

/* Not pcapng at all: the reader declines and libpcap's word stands. */
static void test_not_pcapng(void **state)
{
	char *path = g_build_filename(g_get_tmp_dir(), "mipx-notng.pcap", NULL);
	FILE *f = fopen(path, "wb");
	char err[PCAPNG_ERR_MAX];

	(void)state;
	assert_non_null(f);
	fputs("\xd4\xc3\xb2\xa1 a classic pcap header would follow", f);
	fclose(f);
	assert_null(pcapng_reader_open(path, 0, err));
	assert_string_equal(err, "not pcapng");
	unlink(path);
	g_free(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mixed_little_endian),
		cmocka_unit_test(test_mixed_big_endian),
		cmocka_unit_test(test_binary_resolution),
		cmocka_unit_test(test_skip),
		cmocka_unit_test(test_damage),
		cmocka_unit_test(test_not_pcapng),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
