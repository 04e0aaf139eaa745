/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Fragment reassembly.  A datagram is keyed by (source, destination,
 * protocol, identification) for IPv4 (RFC 791 3.2) and (source,
 * destination, identification) for IPv6 (RFC 8200 4.5).  Its data are
 * put in place as fragments come; it is whole when the last fragment (M
 * clear) has fixed its length, the first (offset 0) has given its header,
 * and no hole is left.
 *
 * Overlapping fragments are dropped with the whole datagram (RFC 5722 for
 * IPv6; for IPv4 a capture cannot tell which copy the receiver kept), and
 * so is a datagram whose fragments disagree on its length.  An exact copy
 * of a fragment already held (the same datagram seen at two vantage points)
 * is no overlap.  A done or dropped datagram is remembered, without its
 * data, until it times out, so that late copies neither reassemble it
 * again nor count as new.
 */
#include <string.h>

#include <glib.h>

#include "reassembly.h"

enum dg_state { DG_OPEN, DG_DONE, DG_BAD };

struct dg_key {
	uint8_t family;
	uint8_t protocol; /* IPv4 only; 0 for IPv6 */
	uint8_t pad[2];
	uint32_t id;
	uint8_t src[16], dst[16];
};

struct range {
	uint32_t start, end;
};

struct datagram {
	struct dg_key key;
	int64_t first_ts;
	enum dg_state state;
	GList *link;        /* in its family's queue, oldest first */
	uint8_t *hdr;       /* IPv4 header / IPv6 unfragmentable part, from offset 0 */
	size_t hdr_len;
	size_t nh_at;       /* IPv6: the octet naming the Fragment header, in hdr */
	uint8_t next;       /* IPv6: the first fragment's next header */
	bool have_first;
	uint8_t *data;
	size_t data_cap;
	size_t total;       /* data length, once the last fragment came; 0 before */
	GArray *ranges;     /* struct range, as received */
	size_t held;        /* octets of data received */
	size_t octets;      /* counted against REASSEMBLY_MAX_OCTETS */
};

struct reassembly {
	GHashTable *datagrams; /* struct dg_key * -> struct datagram * (key inside) */
	GQueue queue[2];       /* IPv4, IPv6: by first fragment's time */
	size_t octets;
	uint8_t *out;
	size_t out_cap;
};

static guint key_hash(gconstpointer p)
{
	const struct dg_key *k = p;
	guint h = k->id * 2654435761u ^ k->protocol ^ (guint)k->family << 8;

	for (unsigned i = 0; i < 16; i++)
		h = h * 31 + k->src[i] + k->dst[i] * 7u;
	return h;
}

static gboolean key_equal(gconstpointer a, gconstpointer b)
{
	return memcmp(a, b, sizeof(struct dg_key)) == 0;
}

static void datagram_free(gpointer p)
{
	struct datagram *d = p;

	g_free(d->hdr);
	g_free(d->data);
	if (d->ranges)
		g_array_free(d->ranges, TRUE);
	g_free(d);
}

struct reassembly *reassembly_new(void)
{
	struct reassembly *r = g_new0(struct reassembly, 1);

	r->datagrams = g_hash_table_new_full(key_hash, key_equal, NULL, datagram_free);
	g_queue_init(&r->queue[0]);
	g_queue_init(&r->queue[1]);
	return r;
}

void reassembly_free(struct reassembly *r)
{
	if (!r)
		return;
	g_queue_clear(&r->queue[0]);
	g_queue_clear(&r->queue[1]);
	g_hash_table_destroy(r->datagrams);
	g_free(r->out);
	g_free(r);
}

unsigned reassembly_pending(const struct reassembly *r)
{
	unsigned n = 0;
	GHashTableIter it;
	gpointer v;

	g_hash_table_iter_init(&it, r->datagrams);
	while (g_hash_table_iter_next(&it, NULL, &v))
		n += ((const struct datagram *)v)->state == DG_OPEN;
	return n;
}

size_t reassembly_octets(const struct reassembly *r)
{
	return r->octets;
}

/* Its data go (done or dropped); the key and ranges stay till it times out. */
static void release_data(struct reassembly *r, struct datagram *d)
{
	r->octets -= d->octets;
	d->octets = 0;
	g_clear_pointer(&d->hdr, g_free);
	g_clear_pointer(&d->data, g_free);
	d->data_cap = 0;
}

static void forget(struct reassembly *r, struct datagram *d, uint64_t *dropped)
{
	GQueue *q = &r->queue[d->key.family == 6];

	if (d->state == DG_OPEN && dropped)
		(*dropped)++;
	release_data(r, d);
	g_queue_delete_link(q, d->link);
	g_hash_table_remove(r->datagrams, &d->key);
}

static void expire(struct reassembly *r, int64_t ts, uint64_t *dropped)
{
	static const int64_t timeout[2] = { REASSEMBLY_TIMEOUT_V4, REASSEMBLY_TIMEOUT_V6 };

	for (unsigned f = 0; f < 2; f++) {
		struct datagram *d;

		while ((d = g_queue_peek_head(&r->queue[f])) && ts - d->first_ts > timeout[f])
			forget(r, d, dropped);
	}
}

/* Past either bound the oldest datagram goes (never the one being added). */
static void bound(struct reassembly *r, const struct datagram *keep, uint64_t *dropped)
{
	while (g_hash_table_size(r->datagrams) > REASSEMBLY_MAX_DATAGRAMS ||
	       r->octets > REASSEMBLY_MAX_OCTETS) {
		struct datagram *a = g_queue_peek_head(&r->queue[0]);
		struct datagram *b = g_queue_peek_head(&r->queue[1]);
		struct datagram *old = !a ? b : !b ? a : a->first_ts <= b->first_ts ? a : b;

		if (old == keep) { /* the other queue's head, if any */
			GList *next = old->link->next;
			old = next ? next->data : (old == a ? b : a);
		}
		if (!old || old == keep)
			return;
		forget(r, old, dropped);
	}
}

static bool bad(struct reassembly *r, struct datagram *d)
{
	d->state = DG_BAD;
	release_data(r, d);
	return false;
}

/* The datagram as the codec reads a raw IP packet. */
static void build(struct reassembly *r, struct datagram *d, const uint8_t **out, size_t *out_len)
{
	size_t len = d->hdr_len + d->total;

	if (r->out_cap < len) {
		g_free(r->out);
		r->out = g_malloc(len);
		r->out_cap = len;
	}
	memcpy(r->out, d->hdr, d->hdr_len);
	memcpy(r->out + d->hdr_len, d->data, d->total);
	if (d->key.family == 4) {
		/* total length, no more fragments, offset 0; header checksum again */
		uint16_t sum;
		r->out[2] = (uint8_t)(len >> 8);
		r->out[3] = (uint8_t)len;
		r->out[6] &= 0x80; /* the reserved bit stays as it was */
		r->out[7] = 0;
		r->out[10] = r->out[11] = 0;
		sum = mipx_inet_fold(mipx_inet_sum(r->out, d->hdr_len, 0));
		r->out[10] = (uint8_t)(sum >> 8);
		r->out[11] = (uint8_t)sum;
	} else {
		size_t plen = len - 40;
		r->out[d->nh_at] = d->next;
		r->out[4] = (uint8_t)(plen >> 8);
		r->out[5] = (uint8_t)plen;
	}
	*out = r->out;
	*out_len = len;
}

enum reassembly_result reassembly_add(struct reassembly *r, const struct mipx_frame *frame,
				      const uint8_t *pkt, int64_t ts, unsigned file,
				      uint32_t frame_no, const uint8_t **out, size_t *out_len,
				      uint64_t *dropped)
{
	struct dg_key key;
	struct datagram *d;
	size_t off = frame->frag_offset, len = frame->payload_len, end = off + len;
	unsigned family = frame->ip_version == 6 ? 6 : 4;
	/* an IPv4 datagram is at most 65535 octets with its header; an IPv6
	 * payload (without jumbograms, RFC 2675 says no fragments) too */
	size_t max = 65535;

	(void)file;
	(void)frame_no;
	expire(r, ts, dropped);
	memset(&key, 0, sizeof(key));
	key.family = (uint8_t)family;
	key.protocol = family == 4 ? frame->protocol : 0;
	key.id = frame->frag_id;
	memcpy(key.src, frame->src.bytes, 16);
	memcpy(key.dst, frame->dst.bytes, 16);
	d = g_hash_table_lookup(r->datagrams, &key);
	if (!d) {
		d = g_new0(struct datagram, 1);
		d->key = key;
		d->first_ts = ts;
		d->ranges = g_array_new(FALSE, FALSE, sizeof(struct range));
		g_hash_table_insert(r->datagrams, &d->key, d);
		g_queue_push_tail(&r->queue[family == 6], d);
		d->link = g_queue_peek_tail_link(&r->queue[family == 6]);
	}
	if (d->state != DG_OPEN) {
		/* a copy of a fragment of a datagram done: nothing new; of
		 * one dropped: told already */
		return d->state == DG_DONE ? REASSEMBLY_DUPLICATE : REASSEMBLY_IGNORED;
	}
	for (guint i = 0; i < d->ranges->len; i++) {
		const struct range *g = &g_array_index(d->ranges, struct range, i);

		if (off >= g->end || end <= g->start)
			continue;
		if (off == g->start && end == g->end && memcmp(d->data + off, frame->payload, len) == 0)
			return REASSEMBLY_DUPLICATE;
		bad(r, d);
		return REASSEMBLY_OVERLAP;
	}
	/* 8-octet units but for the last (RFC 791 3.2, RFC 8200 4.5); one end */
	if (!len || (frame->more_fragments && len % 8) || end > max ||
	    (!frame->more_fragments && d->total && d->total != end) ||
	    (d->total && end > d->total)) {
		bad(r, d);
		return REASSEMBLY_OVERLAP;
	}
	if (!frame->more_fragments) {
		for (guint i = 0; i < d->ranges->len; i++)
			if (g_array_index(d->ranges, struct range, i).end > end) {
				bad(r, d);
				return REASSEMBLY_OVERLAP;
			}
		d->total = end;
	}
	if (off == 0) {
		size_t hdr_end = family == 4 ? frame->payload_offset : frame->payload_offset - 8;

		d->hdr_len = hdr_end - frame->frag_ip_offset;
		d->hdr = g_memdup2(pkt + frame->frag_ip_offset, d->hdr_len);
		d->nh_at = frame->frag_nh_offset - frame->frag_ip_offset;
		d->next = frame->protocol;
		d->have_first = true;
		d->octets += d->hdr_len;
		r->octets += d->hdr_len;
		if (d->hdr_len + (d->total ? d->total : end) > max + (family == 6 ? 40 : 0)) {
			bad(r, d);
			return REASSEMBLY_OVERLAP;
		}
	}
	if (end > d->data_cap) {
		size_t cap = MAX(end, MIN(max, d->data_cap * 2));
		d->data = g_realloc(d->data, cap);
		d->data_cap = cap;
	}
	memcpy(d->data + off, frame->payload, len);
	g_array_append_val(d->ranges, ((struct range){ (uint32_t)off, (uint32_t)end }));
	d->held += len;
	d->octets += len;
	r->octets += len;
	if (d->have_first && d->total && d->held == d->total) {
		build(r, d, out, out_len);
		d->state = DG_DONE;
		release_data(r, d);
		return REASSEMBLY_DONE;
	}
	bound(r, d, dropped);
	return REASSEMBLY_PENDING;
}
