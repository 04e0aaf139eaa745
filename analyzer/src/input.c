/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Reading captures: pcap and pcapng through libpcap, any number of files
 * merged by timestamp (a k-way merge over the heads of the open files, so
 * memory does not grow with the capture), "-" for standard input.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include <glib.h>

#include "input.h"

#define FRAME_ERRORS_SHOWN 50

void input_frame_error(struct input_set *set, unsigned file, uint32_t frame,
		       const char *fmt, ...)
{
	struct input_file *f = &set->files[file];
	va_list ap;

	if (++f->errors > FRAME_ERRORS_SHOWN) {
		if (f->errors == FRAME_ERRORS_SHOWN + 1)
			fprintf(stderr, "mipx: %s: more frame errors not shown\n", f->name);
		return;
	}
	fprintf(stderr, "mipx: %s: frame %u: ", f->name, (unsigned)frame);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void input_open(struct input_set *set, char **names, unsigned count)
{
	char errbuf[PCAP_ERRBUF_SIZE];

	set->files = g_new0(struct input_file, count ? count : 1);
	set->count = count;
	for (unsigned i = 0; i < count; i++) {
		struct input_file *f = &set->files[i];

		f->name = g_strdup(names[i]);
		errbuf[0] = '\0';
		f->pcap = pcap_open_offline(names[i], errbuf);
		if (!f->pcap) {
			/* libpcap says "truncated dump file" for an empty file and
			 * "unknown file format" for what is not a capture */
			fprintf(stderr, "mipx: %s: cannot read as a capture: %s\n",
				f->name, errbuf);
			f->failed = f->done = true;
			set->unreadable = true;
			continue;
		}
		f->linktype = pcap_datalink(f->pcap);
	}
}

void input_close(struct input_set *set)
{
	for (unsigned i = 0; i < set->count; i++) {
		if (set->files[i].pcap)
			pcap_close(set->files[i].pcap);
		g_free(set->files[i].name);
	}
	g_free(set->files);
	set->files = NULL;
	set->count = 0;
}

static void fill_head(struct input_set *set, struct input_file *f)
{
	int rc;

	if (f->head || f->done)
		return;
	rc = pcap_next_ex(f->pcap, &f->hdr, &f->data);
	if (rc == 1) {
		f->head = true;
		return;
	}
	f->done = true;
	if (rc == PCAP_ERROR_BREAK)
		return; /* end of file */
	/* a record cut short, or a read error: what came before still counts */
	fprintf(stderr, "mipx: %s: frame %u: cannot read the record: %s\n", f->name,
		(unsigned)f->frame + 1, pcap_geterr(f->pcap));
	f->failed = true;
	set->unreadable = true;
}

/*
 * pcap_open_offline hands microsecond timestamps, whatever the file has.  A
 * pcapng timestamp is 64 bits of any unit, so seconds can be anything: they
 * are clamped to [0, 2^40) (some 34,000 years), where microseconds plus any
 * lifetime and any difference of two times stay far from int64 overflow
 * (found by fuzz_analyzer).
 */
#define TS_MAX_SEC (INT64_C(1) << 40)

static int64_t ts_of(const struct pcap_pkthdr *h)
{
	int64_t sec = (int64_t)h->ts.tv_sec, usec = (int64_t)h->ts.tv_usec;

	if (sec < 0 || usec < 0)
		return 0;
	if (sec >= TS_MAX_SEC)
		sec = TS_MAX_SEC;
	return sec * 1000000 + (usec > 999999 ? 999999 : usec);
}

static bool earlier(const struct pcap_pkthdr *a, const struct pcap_pkthdr *b)
{
	if (a->ts.tv_sec != b->ts.tv_sec)
		return a->ts.tv_sec < b->ts.tv_sec;
	return a->ts.tv_usec < b->ts.tv_usec;
}

int64_t input_first_ts(struct input_set *set)
{
	int64_t first = INT64_MIN;

	for (unsigned i = 0; i < set->count; i++) {
		struct input_file *f = &set->files[i];
		fill_head(set, f);
		if (f->head && (first == INT64_MIN || ts_of(f->hdr) < first))
			first = ts_of(f->hdr);
	}
	return first;
}

bool input_next(struct input_set *set, struct input_frame *out)
{
	struct input_file *best = NULL;
	unsigned best_i = 0;

	for (unsigned i = 0; i < set->count; i++) {
		struct input_file *f = &set->files[i];

		fill_head(set, f);
		/* ties go to the file named first: the order is deterministic */
		if (f->head && (!best || earlier(f->hdr, best->hdr))) {
			best = f;
			best_i = i;
		}
	}
	if (!best)
		return false;
	best->head = false;
	best->frame++;
	/* oddities of the record header: told, and the frame still used */
	if (best->hdr->caplen > best->hdr->len)
		input_frame_error(set, best_i, best->frame,
				  "captured length %u exceeds the frame's length %u",
				  (unsigned)best->hdr->caplen, (unsigned)best->hdr->len);
	if (best->frame > 1 && ts_of(best->hdr) < best->last_ts) {
		int64_t back = best->last_ts - ts_of(best->hdr);
		input_frame_error(set, best_i, best->frame,
				  "timestamp %lld.%06lld s before the previous frame's",
				  (long long)(back / 1000000), (long long)(back % 1000000));
	}
	best->last_ts = ts_of(best->hdr);
	out->file = best_i;
	out->frame = best->frame;
	out->ts = ts_of(best->hdr);
	out->data = best->data;
	out->caplen = best->hdr->caplen;
	out->len = best->hdr->len;
	out->linktype = best->linktype;
	return true;
}
