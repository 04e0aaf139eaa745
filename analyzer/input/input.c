/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Reading captures: pcap and pcapng through libpcap, any number of files
 * merged by timestamp (a k-way merge over the heads of the open files, so
 * memory does not grow with the capture), "-" for standard input.  A file
 * is open only from its first frame's turn to its end (input.h).
 */
#include <errno.h>
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

/*
 * libpcap says "truncated dump file" (pcap) or "truncated pcapng dump file"
 * when a record's octets run past the end of the file, the pcapng reader
 * "cut short": the file ends there, so only its last record can be so.
 */
static bool ends_inside_record(const char *why)
{
	return why && (strstr(why, "truncated") || strstr(why, "cut short"));
}

static void read_error(struct input_set *set, struct input_file *f, const char *why)
{
	/* what came before still counts */
	if (ends_inside_record(why)) {
		f->cut_short = true;
		f->cut_short_frame = f->frame + 1;
		fprintf(stderr, "mipx: %s: frame %u: the file ends inside this record (%s), "
			"as a capture stopped or copied while being written does: the frames "
			"before it are analyzed\n", f->name, (unsigned)f->cut_short_frame, why);
		return;
	}
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

/* The file's handles go: at its end, or while parked. */
static void release(struct input_file *f)
{
	if (f->pcap)
		pcap_close(f->pcap); /* closes the FILE that used the buffer */
	f->pcap = NULL;
	g_clear_pointer(&f->read_buffer, g_free);
	pcapng_reader_close(f->ng);
	f->ng = NULL;
	f->head = false;
}

/* The file's next frame into hdr/data; at its end (or a read error) the
 * file is done and its handles are released. */
static void fill_head(struct input_set *set, struct input_file *f)
{
	char why[PCAPNG_ERR_MAX];
	int rc;

	if (f->head || f->done || f->parked)
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
		release(f);
		return;
	}
	rc = pcap_next_ex(f->pcap, &f->hdr, &f->data);
	if (rc == 1) {
		f->head = true;
		f->head_linktype = f->linktype;
		return;
	}
	/* PCAP_ERROR_BREAK: the end of the file */
	if (rc != PCAP_ERROR_BREAK && pcapng_takes_over(f))
		return;
	f->done = true;
	if (rc != PCAP_ERROR_BREAK)
		read_error(set, f, pcap_geterr(f->pcap));
	release(f);
}

/*
 * stdio reads a file in blocks of its st_blksize, 4 KiB here: one read call
 * for every 30 frames of a Mobile IP capture.  64 KiB makes it one for
 * every 500 and saves about a tenth of the reading time; past 256 KiB the
 * buffer no longer stays in the cache and reading slows again.  Below
 * 128 KiB, glibc's mmap threshold, the buffer comes from the heap: opening
 * thousands of small files (rotated captures, the fuzzer) maps nothing.
 */
#define READ_BUFFER (64 * 1024)

static pcap_t *open_buffered(struct input_file *f, char *errbuf)
{
	FILE *fp;
	pcap_t *p;

	if (strcmp(f->name, "-") == 0)
		return pcap_open_offline(f->name, errbuf); /* standard input */
	fp = fopen(f->name, "rb");
	if (!fp) {
		/* as libpcap's own open words it */
		g_snprintf(errbuf, PCAP_ERRBUF_SIZE, "%s: %s", f->name, g_strerror(errno));
		return NULL;
	}
	f->read_buffer = g_malloc(READ_BUFFER);
	setvbuf(fp, f->read_buffer, _IOFBF, READ_BUFFER);
	p = pcap_fopen_offline(fp, errbuf);
	if (!p) {
		fclose(fp);
		g_clear_pointer(&f->read_buffer, g_free);
	}
	return p;
}

static bool open_pcap(struct input_set *set, struct input_file *f)
{
	char errbuf[PCAP_ERRBUF_SIZE];

	errbuf[0] = '\0';
	f->pcap = open_buffered(f, errbuf);
	if (f->pcap)
		return true;
	/* libpcap says "truncated dump file" for an empty file and
	 * "unknown file format" for what is not a capture */
	fprintf(stderr, "mipx: %s: cannot read as a capture: %s\n", f->name, errbuf);
	f->failed = f->done = true;
	set->unreadable = true;
	return false;
}

static bool tv_before(const struct timeval *a, const struct timeval *b)
{
	if (a->tv_sec != b->tv_sec)
		return a->tv_sec < b->tv_sec;
	return a->tv_usec < b->tv_usec;
}

/* Merge order: time, then the order the files were named (deterministic). */
static bool goes_first(const struct timeval *a, unsigned ai, const struct timeval *b,
		       unsigned bi)
{
	return tv_before(a, b) || (!tv_before(b, a) && ai < bi);
}

static gint parked_cmp(gconstpointer x, gconstpointer y, gpointer data)
{
	const struct input_set *set = data;
	unsigned i = *(const unsigned *)x, j = *(const unsigned *)y;

	if (i == j)
		return 0;
	return goes_first(&set->files[i].first, i, &set->files[j].first, j) ? -1 : 1;
}

void input_open(struct input_set *set, char **names, unsigned count)
{
	set->files = g_new0(struct input_file, count ? count : 1);
	set->count = count;
	set->active = g_new(unsigned, count ? count : 1);
	set->parked = g_new(unsigned, count ? count : 1);
	set->n_active = set->n_parked = set->next_parked = 0;
	for (unsigned i = 0; i < count; i++) {
		struct input_file *f = &set->files[i];

		f->name = g_strdup(names[i]);
		if (!open_pcap(set, f))
			continue;
		f->linktype = pcap_datalink(f->pcap);
		f->snaplen = pcap_snapshot(f->pcap) > 0 ? (uint32_t)pcap_snapshot(f->pcap) : 0;
		fill_head(set, f); /* a damaged first record is told now */
		if (!f->head)
			continue; /* empty, or unreadable: done, released */
		if (strcmp(f->name, "-") == 0) {
			set->active[set->n_active++] = i; /* cannot be opened again */
			continue;
		}
		f->first = f->hdr->ts;
		f->parked = true;
		release(f);
		set->parked[set->n_parked++] = i;
	}
	g_qsort_with_data(set->parked, (gint)set->n_parked, sizeof(unsigned), parked_cmp, set);
}

void input_close(struct input_set *set)
{
	for (unsigned i = 0; i < set->count; i++) {
		release(&set->files[i]);
		g_free(set->files[i].name);
	}
	g_free(set->files);
	g_free(set->active);
	g_free(set->parked);
	set->files = NULL;
	set->active = set->parked = NULL;
	set->count = set->n_active = set->n_parked = set->next_parked = 0;
}

/* The parked file's turn has come: opened again, its first frame read again. */
static void unpark(struct input_set *set, unsigned i)
{
	struct input_file *f = &set->files[i];

	f->parked = false;
	if (f->done || !open_pcap(set, f))
		return;
	if (pcap_datalink(f->pcap) != f->linktype) {
		fprintf(stderr, "mipx: %s: changed while being read\n", f->name);
		f->failed = f->done = true;
		set->unreadable = true;
		release(f);
		return;
	}
	fill_head(set, f);
	if (f->head)
		set->active[set->n_active++] = i;
}

/*
 * pcap_open_offline hands microsecond timestamps, whatever the file has.  A
 * pcapng timestamp is 64 bits of any unit, so seconds can be anything: they
 * are clamped to [0, 2^40) (some 34,000 years), where microseconds plus any
 * lifetime and any difference of two times stay far from int64 overflow
 * (found by fuzz_analyzer).
 */
#define TS_MAX_SEC (INT64_C(1) << 40)

static int64_t ts_of_tv(const struct timeval *tv)
{
	int64_t sec = (int64_t)tv->tv_sec, usec = (int64_t)tv->tv_usec;

	if (sec < 0 || usec < 0)
		return 0;
	if (sec >= TS_MAX_SEC)
		sec = TS_MAX_SEC;
	return sec * 1000000 + (usec > 999999 ? 999999 : usec);
}

static int64_t ts_of(const struct pcap_pkthdr *h)
{
	return ts_of_tv(&h->ts);
}

int64_t input_first_ts(struct input_set *set)
{
	int64_t first = INT64_MIN;

	for (unsigned k = 0; k < set->n_active; k++) {
		struct input_file *f = &set->files[set->active[k]];
		fill_head(set, f);
		if (f->head && (first == INT64_MIN || ts_of(f->hdr) < first))
			first = ts_of(f->hdr);
	}
	for (unsigned k = set->next_parked; k < set->n_parked; k++) {
		const struct input_file *f = &set->files[set->parked[k]];
		if (!f->done && (first == INT64_MIN || ts_of_tv(&f->first) < first))
			first = ts_of_tv(&f->first);
	}
	return first;
}

/* The earliest head of the open files (NULL: none); files at their end
 * leave the merge. */
static struct input_file *earliest_open(struct input_set *set, unsigned *index)
{
	struct input_file *best = NULL;

	for (unsigned k = 0; k < set->n_active;) {
		unsigned i = set->active[k];
		struct input_file *f = &set->files[i];

		fill_head(set, f);
		if (f->done || !f->head) {
			release(f);
			set->active[k] = set->active[--set->n_active];
			continue;
		}
		if (!best || goes_first(&f->hdr->ts, i, &best->hdr->ts, *index)) {
			best = f;
			*index = i;
		}
		k++;
	}
	return best;
}

/* Opens the next parked file if its first frame goes before `best`'s head
 * (or no file is open); true when it joined the open files. */
static bool take_parked(struct input_set *set, const struct input_file *best,
			unsigned best_i)
{
	while (set->next_parked < set->n_parked) {
		unsigned i = set->parked[set->next_parked];
		struct input_file *p = &set->files[i];

		if (!p->done && best && !goes_first(&p->first, i, &best->hdr->ts, best_i))
			return false; /* its turn has not come */
		set->next_parked++;
		unpark(set, i);
		if (p->head)
			return true;
	}
	return false;
}

/* The file whose frame the merge takes next.  The cost is the number of
 * files open at once, not the number named. */
static struct input_file *next_file(struct input_set *set, unsigned *index)
{
	struct input_file *best;

	do
		best = earliest_open(set, index);
	while (take_parked(set, best, *index));
	return best;
}

bool input_next(struct input_set *set, struct input_frame *out)
{
	unsigned best_i = 0;
	struct input_file *best = next_file(set, &best_i);

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
