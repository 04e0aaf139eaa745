/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * pcapng blocks (draft-ietf-opsawg-pcapng): a Section Header gives the byte
 * order and starts a new list of interfaces; an Interface Description gives
 * an interface's link type and timestamp unit; Enhanced, Simple and the
 * obsolete Packet blocks carry the packets; everything else is passed over.
 * Every length is checked against the block before it is used: a damaged
 * file ends the reading with a reason, never a read past the block.
 */
#include <string.h>

#include <glib.h>

#include "pcapng_reader.h"

#define BT_SHB 0x0A0D0D0Au
#define BT_IDB 1u
#define BT_PB 2u  /* obsolete Packet Block */
#define BT_SPB 3u
#define BT_EPB 6u
#define BYTE_ORDER_MAGIC 0x1A2B3C4Du
/* libpcap's own bound on a block: larger is damage, not a packet */
#define BLOCK_MAX (16u * 1024 * 1024)
#define OPT_END 0
#define TS_MAX (UINT64_C(1) << 40)
#define OPT_IF_TSRESOL 9
#define OPT_IF_TSOFFSET 14

struct interface {
	int linktype;
	uint32_t snaplen;
	bool binary;   /* if_tsresol: 2^-exp seconds, else 10^-exp */
	unsigned exp;
	int64_t offset; /* if_tsoffset, seconds */
};

struct pcapng_reader {
	FILE *fp;
	bool swapped;   /* the section is in the other byte order */
	GArray *interfaces; /* struct interface, of the current section */
	uint8_t *block;
	size_t cap;
};

static uint16_t get16(const struct pcapng_reader *r, const uint8_t *p)
{
	uint16_t v;

	memcpy(&v, p, 2);
	return r->swapped ? GUINT16_SWAP_LE_BE(v) : v;
}

static uint32_t get32(const struct pcapng_reader *r, const uint8_t *p)
{
	uint32_t v;

	memcpy(&v, p, 4);
	return r->swapped ? GUINT32_SWAP_LE_BE(v) : v;
}

static int fail(char err[PCAPNG_ERR_MAX], const char *why)
{
	g_strlcpy(err, why, PCAPNG_ERR_MAX);
	return -1;
}

/*
 * The next block, whole, into r->block; returns its type, its body (after
 * type and length) in *body and *body_len.  0 at a clean end of file.
 */
static int read_block(struct pcapng_reader *r, uint32_t *type, const uint8_t **body,
		      size_t *body_len, char err[PCAPNG_ERR_MAX])
{
	uint8_t head[12];
	uint32_t len, magic;
	size_t got = fread(head, 1, 8, r->fp);

	if (got == 0 && feof(r->fp))
		return 0;
	if (got < 8)
		return fail(err, "block header cut short");
	memcpy(type, head, 4);
	if (*type == BT_SHB) { /* the same in either byte order */
		if (fread(head + 8, 1, 4, r->fp) < 4)
			return fail(err, "section header cut short");
		memcpy(&magic, head + 8, 4);
		if (magic == BYTE_ORDER_MAGIC)
			r->swapped = false;
		else if (magic == GUINT32_SWAP_LE_BE(BYTE_ORDER_MAGIC))
			r->swapped = true;
		else
			return fail(err, "section header with an unknown byte-order magic");
		g_array_set_size(r->interfaces, 0);
		got = 12;
	} else if (r->swapped) {
		*type = GUINT32_SWAP_LE_BE(*type);
	}
	len = get32(r, head + 4);
	if (len < 12 || len < got + 4 || len > BLOCK_MAX || len % 4)
		return fail(err, "block length out of range");
	if (r->cap < len) {
		r->block = g_realloc(r->block, len);
		r->cap = len;
	}
	memcpy(r->block, head, got);
	if (fread(r->block + got, 1, len - got, r->fp) < len - got)
		return fail(err, "block cut short");
	if (get32(r, r->block + len - 4) != len)
		return fail(err, "block's two lengths differ");
	*body = r->block + 8;
	*body_len = len - 12;
	return 1;
}

static int add_interface(struct pcapng_reader *r, const uint8_t *b, size_t n,
			 char err[PCAPNG_ERR_MAX])
{
	struct interface in = { .exp = 6 };
	size_t at = 8;

	if (n < 8)
		return fail(err, "interface description cut short");
	in.linktype = get16(r, b);
	in.snaplen = get32(r, b + 4);
	while (at + 4 <= n) { /* options: code, length, value padded to 4 */
		uint16_t code = get16(r, b + at), olen = get16(r, b + at + 2);

		if (code == OPT_END)
			break;
		if (olen > n - at - 4)
			return fail(err, "interface option runs past its block");
		if (code == OPT_IF_TSRESOL && olen == 1) {
			in.binary = b[at + 4] & 0x80;
			in.exp = b[at + 4] & 0x7f;
			if ((in.binary && in.exp > 63) || (!in.binary && in.exp > 19))
				return fail(err, "timestamp resolution out of range");
		} else if (code == OPT_IF_TSOFFSET && olen == 8) {
			uint64_t off; /* one 64-bit value in the section's order */

			memcpy(&off, b + at + 4, 8);
			in.offset = (int64_t)(r->swapped ? GUINT64_SWAP_LE_BE(off) : off);
		}
		at += 4 + ((olen + 3u) & ~3u);
	}
	g_array_append_val(r->interfaces, in);
	return 1;
}

static uint64_t pow10u(unsigned e)
{
	uint64_t v = 1;

	while (e--)
		v *= 10;
	return v;
}

/* A timestamp in the interface's unit, as libpcap gives it: seconds and
 * microseconds, truncated. */
static void set_time(struct pcap_pkthdr *h, const struct interface *in, uint64_t ts)
{
	uint64_t sec, usec;

	if (in->binary) {
		uint64_t frac;

		sec = in->exp ? ts >> in->exp : ts;
		frac = in->exp ? ts & ((UINT64_C(1) << in->exp) - 1) : 0;
		if (in->exp > 44) { /* keep frac * 10^6 within 64 bits */
			frac >>= in->exp - 44;
			usec = frac * 1000000 >> 44;
		} else {
			usec = in->exp ? frac * 1000000 >> in->exp : 0;
		}
	} else {
		uint64_t unit = pow10u(in->exp);

		sec = ts / unit;
		usec = in->exp >= 6 ? ts % unit / pow10u(in->exp - 6)
				    : ts % unit * pow10u(6 - in->exp);
	}
	/* 2^40 s is some 34,000 years: input.c clamps there too */
	h->ts.tv_sec = (time_t)CLAMP((int64_t)MIN(sec, TS_MAX) +
				     CLAMP(in->offset, -2 * (int64_t)TS_MAX, 2 * (int64_t)TS_MAX),
				     0, (int64_t)TS_MAX);
	h->ts.tv_usec = (suseconds_t)usec;
}

static const struct interface *interface_of(const struct pcapng_reader *r, uint32_t id,
					    char err[PCAPNG_ERR_MAX])
{
	if (id >= r->interfaces->len) {
		fail(err, "packet of an interface never described");
		return NULL;
	}
	return &g_array_index(r->interfaces, struct interface, id);
}

int pcapng_reader_next(struct pcapng_reader *r, struct pcapng_packet *pkt,
		       char err[PCAPNG_ERR_MAX])
{
	for (;;) {
		const struct interface *in;
		const uint8_t *b;
		size_t n;
		uint32_t type, caplen;
		uint64_t ts;
		int rc = read_block(r, &type, &b, &n, err);

		if (rc <= 0)
			return rc;
		switch (type) {
		case BT_IDB:
			if (add_interface(r, b, n, err) < 0)
				return -1;
			continue;
		case BT_EPB:
		case BT_PB:
			if (n < 20)
				return fail(err, "packet block cut short");
			pkt->interface = type == BT_EPB ? get32(r, b) : get16(r, b);
			ts = (uint64_t)get32(r, b + 4) << 32 | get32(r, b + 8);
			caplen = get32(r, b + 12);
			pkt->hdr.len = get32(r, b + 16);
			if (caplen > n - 20)
				return fail(err, "captured length runs past its block");
			pkt->data = b + 20;
			break;
		case BT_SPB:
			if (n < 4)
				return fail(err, "simple packet block cut short");
			pkt->interface = 0;
			ts = 0; /* a Simple Packet Block has no time */
			pkt->hdr.len = get32(r, b);
			caplen = pkt->hdr.len < n - 4 ? pkt->hdr.len : (uint32_t)(n - 4);
			pkt->data = b + 4;
			break;
		default:
			continue; /* statistics, names, comments, custom blocks */
		}
		in = interface_of(r, pkt->interface, err);
		if (!in)
			return -1;
		if (type == BT_SPB && in->snaplen && caplen > in->snaplen)
			caplen = in->snaplen;
		pkt->hdr.caplen = caplen;
		pkt->linktype = in->linktype;
		set_time(&pkt->hdr, in, ts);
		return 1;
	}
}

struct pcapng_reader *pcapng_reader_open(const char *path, uint64_t skip,
					 char err[PCAPNG_ERR_MAX])
{
	struct pcapng_reader *r = g_new0(struct pcapng_reader, 1);
	struct pcapng_packet pkt;
	uint8_t magic[4];

	r->interfaces = g_array_new(FALSE, TRUE, sizeof(struct interface));
	r->fp = fopen(path, "rb");
	if (!r->fp) {
		fail(err, "cannot open it again");
		goto no;
	}
	if (fread(magic, 1, 4, r->fp) < 4 || memcmp(magic, "\x0a\x0d\x0d\x0a", 4) != 0) {
		fail(err, "not pcapng");
		goto no;
	}
	rewind(r->fp);
	for (uint64_t i = 0; i < skip; i++) {
		int rc = pcapng_reader_next(r, &pkt, err);

		if (rc <= 0) {
			if (rc == 0)
				fail(err, "fewer packets than libpcap read");
			goto no;
		}
	}
	return r;
no:
	pcapng_reader_close(r);
	return NULL;
}

void pcapng_reader_close(struct pcapng_reader *r)
{
	if (!r)
		return;
	if (r->fp)
		fclose(r->fp);
	g_array_free(r->interfaces, TRUE);
	g_free(r->block);
	g_free(r);
}
