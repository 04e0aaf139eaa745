/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Helpers shared by the sample tests: listing captures, reading .expect. */
#ifndef MIPX_TEST_SAMPLE_FILES_H
#define MIPX_TEST_SAMPLE_FILES_H

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mipx/checks.h"
#include "mipx/frame.h"

#define MAX_SAMPLES 128

static inline int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static inline bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Sorted names in dir ending in one of the suffixes (NULL-terminated). */
static inline unsigned list_files(const char *dir, const char *const *suffixes,
				  char *names[MAX_SAMPLES])
{
	DIR *d = opendir(dir);
	struct dirent *e;
	unsigned n = 0;

	if (!d)
		return 0;
	while ((e = readdir(d)) && n < MAX_SAMPLES) {
		for (const char *const *s = suffixes; *s; s++) {
			if (has_suffix(e->d_name, *s)) {
				names[n++] = strdup(e->d_name);
				break;
			}
		}
	}
	closedir(d);
	qsort(names, n, sizeof names[0], cmp_names);
	return n;
}

static inline void free_names(char **names, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		free(names[i]);
}

/* What one .expect says. */
struct expect {
	unsigned min_count[MIPX_CHECK_COUNT]; /* 0: not listed */
	int exit_status;                       /* -1: not given */
	char args[512];
	bool syntax_ok;
	char bad_line[256];
};

static inline bool read_expect(const char *path, struct expect *x)
{
	FILE *fp = fopen(path, "r");
	char line[512];

	memset(x, 0, sizeof *x);
	x->exit_status = -1;
	x->syntax_ok = true;
	if (!fp)
		return false;
	while (fgets(line, sizeof line, fp)) {
		char word[64], id[64];
		unsigned count;
		int n;

		line[strcspn(line, "\n")] = 0;
		if (!line[0] || line[0] == '#')
			continue;
		if (sscanf(line, "%63s", word) != 1)
			continue;
		if (!strcmp(word, "finding")) {
			n = sscanf(line, "finding %63s %u", id, &count);
			int c = n >= 1 ? mipx_check_by_name(id) : -1;
			if (c < 0 || (n == 2 && count == 0)) {
				x->syntax_ok = false;
				snprintf(x->bad_line, sizeof x->bad_line, "%.200s", line);
				continue;
			}
			x->min_count[c] = n == 2 ? count : 1;
		} else if (!strcmp(word, "args")) {
			snprintf(x->args, sizeof x->args, "%.400s", line + 5);
		} else if (!strcmp(word, "exit")) {
			if (sscanf(line, "exit %d", &x->exit_status) != 1 ||
			    (x->exit_status != 0 && x->exit_status != 1)) {
				x->syntax_ok = false;
				snprintf(x->bad_line, sizeof x->bad_line, "%.200s", line);
			}
		} else {
			x->syntax_ok = false;
			snprintf(x->bad_line, sizeof x->bad_line, "%.200s", line);
		}
	}
	fclose(fp);
	return true;
}

/* The decoder settings an .expect's args ask for. */
static inline void settings_from_args(const char *args, struct mipx_settings *st)
{
	struct mipx_settings def = MIPX_SETTINGS_DEFAULT;
	const char *p;

	*st = def;
	if ((p = strstr(args, "--coainfo-type ")))
		st->mip6.coainfo_type = (uint8_t)strtoul(p + 15, NULL, 0);
	if ((p = strstr(args, "--m-flag-mask ")))
		st->mip6.m_flag_mask = (uint16_t)strtoul(p + 14, NULL, 0);
	if ((p = strstr(args, "--udp-port ")))
		st->mip4_udp_port = (uint16_t)strtoul(p + 11, NULL, 0);
}

/* NAME.pcap / NAME.pcapng -> dir/NAME.expect */
static inline void expect_path(const char *dir, const char *capture, char *out, size_t cap)
{
	const char *dot = strrchr(capture, '.');
	snprintf(out, cap, "%s/%.*s.expect", dir, (int)(dot - capture), capture);
}

#endif
