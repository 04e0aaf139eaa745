/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mipx-samples --out DIR
 *     every scenario capture, its .expect, and keys.txt
 * mipx-samples --synthetic --nodes N --minutes M [--once] [--seed S] -o FILE
 *     a large mixed DREMIP + MCoA capture streamed to FILE (.pcapng or pcap)
 *     (--once: every node makes exactly one registration round)
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "gen.h"

static bool write_text(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	if (!fp)
		return false;
	fputs(text, fp);
	return fclose(fp) == 0;
}

static int write_table(const char *dir, const struct scenario *t, unsigned *count)
{
	char path[4096];

	for (; t->file; t++) {
		struct scen s;
		struct capture *cap;

		snprintf(path, sizeof path, "%s/%s", dir, t->file);
		cap = cap_open_snaplen(path, t->fmt, t->linktype, gen_frames_snaplen(t->file));
		if (!cap)
			return 1;
		scen_init(&s, cap, t->linktype);
		s.snaplen = gen_frames_snaplen(t->file);
		t->run(&s);
		if (!cap_close(cap) || s.failed) {
			fprintf(stderr, "mipx-samples: %s failed\n", t->file);
			return 1;
		}
		/* NAME.pcap -> NAME.expect */
		const char *dot = strrchr(t->file, '.');
		snprintf(path, sizeof path, "%s/%.*s.expect", dir, (int)(dot - t->file), t->file);
		if (!write_text(path, t->expect)) {
			perror(path);
			return 1;
		}
		(*count)++;
	}
	return 0;
}

int gen_write_all(const char *dir)
{
	char path[4096];
	unsigned count = 0;

	if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
		perror(dir);
		return 1;
	}
	snprintf(path, sizeof path, "%s/keys.txt", dir);
	if (!gen_write_keys(path)) {
		perror(path);
		return 1;
	}
	if (write_table(dir, gen_dremip_scenarios, &count) ||
	    write_table(dir, gen_dremip_fault_scenarios, &count) ||
	    write_table(dir, gen_mcoa_scenarios, &count) ||
	    write_table(dir, gen_std_mip6_scenarios, &count) ||
	    write_table(dir, gen_mip4_scenarios, &count) ||
	    write_table(dir, gen_frames_scenarios, &count) ||
	    write_table(dir, gen_checksum_scenarios, &count))
		return 1;
	fprintf(stderr, "mipx-samples: %u captures in %s\n", count, dir);
	return 0;
}

static void usage(void)
{
	fprintf(stderr,
		"usage: mipx-samples --out DIR\n"
		"       mipx-samples --synthetic --nodes N --minutes M [--once] [--seed S] -o FILE\n");
}

static bool number(const char *text, unsigned long long *out)
{
	char *end;

	errno = 0;
	*out = strtoull(text, &end, 0);
	return text[0] && !*end && !errno;
}

int main(int argc, char **argv)
{
	const char *out_dir = NULL, *out_file = NULL;
	bool synthetic = false, once = false;
	unsigned long long nodes = 0, minutes = 0, seed = 1;

	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		bool has_val = i + 1 < argc;

		if (!strcmp(a, "--out") && has_val)
			out_dir = argv[++i];
		else if (!strcmp(a, "-o") && has_val)
			out_file = argv[++i];
		else if (!strcmp(a, "--synthetic"))
			synthetic = true;
		else if (!strcmp(a, "--once"))
			once = true;
		else if (!strcmp(a, "--nodes") && has_val && number(argv[i + 1], &nodes))
			i++;
		else if (!strcmp(a, "--minutes") && has_val && number(argv[i + 1], &minutes))
			i++;
		else if (!strcmp(a, "--seed") && has_val && number(argv[i + 1], &seed))
			i++;
		else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
			usage();
			return 0;
		} else {
			usage();
			return 2;
		}
	}
	if (synthetic) {
		if (!out_file || !nodes || !minutes || nodes > 1000000u || minutes > 10000u) {
			usage();
			return 2;
		}
		return gen_synthetic((unsigned)nodes, (unsigned)minutes, seed, once, out_file);
	}
	if (!out_dir) {
		usage();
		return 2;
	}
	return gen_write_all(out_dir);
}
