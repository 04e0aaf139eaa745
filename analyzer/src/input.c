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
#include "mipx/frame.h"

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
		pcapng_reader_close(set->files[i].ng);
		g_free(set->files[i].name);
	}
	g_free(set->files);
	set->files = NULL;
	set->count = 0;
}

static void read_error(struct input_set *set, struct input_file *f, const char *why)
{
	/* a record cut short, or a read error: what came before still counts */
	fprintf(stderr, "mipx: %s: frame %u: cannot read the record: %s\n", f->name,
		(unsigned)f->frame + 1, why);
	f->failed = true;
	set->unreadable = true;
}

/* The packet the pcapng reader holds becomes the file's next frame. */
static void take_pcapng_packet(struct input_file *f)
{
	const struct pcapng_packet *p = &f->ng_pkt;

	f->hdr = &f->ng_pkt.hdr;
	f->data = p->data;
	f->head_linktype = p->linktype;
	f->head = true;
	if (mipx_linktype_supported(p->linktype) || p->interface >= 64 ||
	    (f->interfaces_told & UINT64_C(1) << p->interface))
		return;
	f->interfaces_told |= UINT64_C(1) << p->interface;
	fprintf(stderr, "mipx: %s: frame %u: interface %u is link type %d, which mipx "
		"does not decode: its frames are only counted\n", f->name,
		(unsigned)f->frame + 1, (unsigned)p->interface, p->linktype);
}

/*
 * libpcap 1.10 stops at the first packet of a pcapng interface whose link
 * type differs from the first interface's.  The file is then opened again
 * and read on from that packet block by block; when that fails as well
 * (a damaged file, standard input), libpcap's error stands.
 */
static bool pcapng_takes_over(struct input_file *f)
{
	char why[PCAPNG_ERR_MAX];

	if (strcmp(f->name, "-") == 0)
		return false;
	f->ng = pcapng_reader_open(f->name, f->frame, why);
	if (f->ng && pcapng_reader_next(f->ng, &f->ng_pkt, why) == 1) {
		take_pcapng_packet(f);
		return true;
	}
	pcapng_reader_close(f->ng);
	f->ng = NULL;
	return false;
}

static void fill_head(struct input_set *set, struct input_file *f)
{
	char why[PCAPNG_ERR_MAX];
	int rc;

	if (f->head || f->done)
		return;
	if (f->ng) {
		rc = pcapng_reader_next(f->ng, &f->ng_pkt, why);
		if (rc == 1) {
			take_pcapng_packet(f);
			return;
		}
		f->done = true;
		if (rc < 0)
			read_error(set, f, why);
		return;
	}
	rc = pcap_next_ex(f->pcap, &f->hdr, &f->data);
	if (rc == 1) {
		f->head = true;
		f->head_linktype = f->linktype;
		return;
	}
	if (rc == PCAP_ERROR_BREAK) {
		f->done = true;
		return; /* end of file */
	}
	if (pcapng_takes_over(f))
		return;
	f->done = true;
	read_error(set, f, pcap_geterr(f->pcap));
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
	out->linktype = best->head_linktype;
	return true;
}
