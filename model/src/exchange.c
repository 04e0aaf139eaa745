/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Request/response exchanges, and the copies of one message seen at several
 * points (a foreign agent relaying, a second capture file) recognised as one
 * (analysis.md 1): registrations by (home address, identification low 32
 * bits), routes by (destination, next hop, identification low 32 bits),
 * mobility headers by (home address, receiver, sequence).  RFC 3344 5.7: a
 * reply echoes only the low-order 32 bits of its request's Identification
 * for sure; the high-order ones carry the home agent's nonce or time.
 * Copies of one request carry the same 64 bits (analyze.c).
 */
#include <stddef.h>
#include <string.h>

#include "analysis.h"
#include "exchange.h"

/* Answered exchanges quiet for this long (capture seconds) gain no more
 * copies (relays and vantage points see a message within milliseconds,
 * retransmissions within seconds): they are dropped to keep memory bounded.
 * A request waits longer for its reply before it counts as unanswered. */
#define ANSWERED_KEEP_SECONDS (5 * CAP_SEC)
#define UNANSWERED_KEEP_SECONDS (120 * CAP_SEC)

/*
 * The hash of a key, computed once when it is made (the table asks for it on
 * lookup, insert and remove), from the values the key is made of: hashing
 * the key's own octets just after they were written one field at a time
 * stalled on every 8-octet read (store forwarding), 3.5% of a run.
 */
static uint64_t key_mix(uint64_t h, uint64_t w)
{
	h = (h ^ w) * UINT64_C(0xff51afd7ed558ccd);
	return h ^ (h >> 29);
}

static uint32_t key_finish(uint64_t h)
{
	return (uint32_t)(h ^ (h >> 32));
}

#define KEY_SEED UINT64_C(0x9e3779b97f4a7c15)

static guint key_hash(gconstpointer p)
{
	return ((const struct exch_key *)p)->hash;
}

void exch_key_reg(struct exch_key *k, uint32_t home, uint64_t id)
{
	memset(k, 0, sizeof(*k));
	k->kind = EXCH_REG;
	k->a = home;
	k->c = (uint32_t)id; /* RFC 3344 5.7: the low-order 32 bits match */
	k->hash = key_finish(key_mix(key_mix(KEY_SEED, (uint64_t)home << 8 | EXCH_REG), k->c));
}

void exch_key_route(struct exch_key *k, uint32_t dest, uint32_t next_hop, uint64_t id)
{
	memset(k, 0, sizeof(*k));
	k->kind = EXCH_ROUTE;
	k->a = dest;
	k->b = next_hop;
	k->c = (uint32_t)id; /* DREMIP 6.5: only the low-order 32 bits match */
	k->hash = key_finish(key_mix(key_mix(KEY_SEED, (uint64_t)dest << 8 | EXCH_ROUTE),
				     (uint64_t)next_hop << 32 | k->c));
}

void exch_key_mh(struct exch_key *k, const uint8_t home[16],
		 const uint8_t receiver[16], uint16_t seq)
{
	memset(k, 0, sizeof(*k));
	k->kind = EXCH_MH;
	k->seq = seq;
	memcpy(k->home6, home, 16);
	memcpy(k->receiver6, receiver, 16);
	uint64_t w[4];
	memcpy(w, home, 16);
	memcpy(w + 2, receiver, 16);
	k->hash = key_finish(key_mix(key_mix(key_mix(key_mix(key_mix(
		KEY_SEED, (uint64_t)seq << 8 | EXCH_MH), w[0]), w[1]), w[2]), w[3]));
}

void exch_key_proxy(struct exch_key *k, const uint8_t mn[16], const uint8_t lma[16],
		    uint16_t seq, bool has_timestamp, uint64_t timestamp)
{
	/* with a timestamp the sequence number is left out: RFC 5213 5.5
	 * lets the MAG keep it at 0 */
	exch_key_mh(k, mn, lma, has_timestamp ? 0 : seq);
	if (has_timestamp) {
		k->a = 1;
		k->b = (uint32_t)(timestamp >> 32);
		k->c = (uint32_t)timestamp;
		k->hash = key_finish(key_mix(k->hash, timestamp));
	}
}

static gboolean key_equal(gconstpointer x, gconstpointer y)
{
	return memcmp(x, y, sizeof(struct exch_key)) == 0;
}

static void exchange_release(gpointer data)
{
	exchange_unref(data);
}

GHashTable *exchange_table_new(void)
{
	return g_hash_table_new_full(key_hash, key_equal, NULL, exchange_release);
}

void exchange_unref(struct exchange *ex)
{
	struct exchange_pool *pool;

	if (!ex || --ex->refs != 0)
		return;
	pool = ex->pool;
	if (pool->count >= EXCHANGE_POOL_MAX) {
		g_free(ex);
		return;
	}
	ex->newer = pool->free;
	pool->free = ex;
	pool->count++;
}

void exchange_pool_drain(struct exchange_pool *pool)
{
	while (pool->free) {
		struct exchange *ex = pool->free;

		pool->free = ex->newer;
		g_free(ex);
	}
	pool->count = 0;
}

static enum exch_queue queue_of(const struct exchange *ex)
{
	return ex->has_request && !ex->has_reply ? EXQ_WAITING : EXQ_DONE;
}

static cap_time keep_of(const struct exchange *ex)
{
	return queue_of(ex) == EXQ_WAITING ? UNANSWERED_KEEP_SECONDS
					   : ANSWERED_KEEP_SECONDS;
}

static void queue_unlink(struct analysis *a, struct exchange *ex)
{
	struct exch_queue_ends *q = &a->exch_queue[ex->queue];

	if (ex->queue == EXQ_NONE)
		return;
	if (ex->older)
		ex->older->newer = ex->newer;
	else
		q->oldest = ex->newer;
	if (ex->newer)
		ex->newer->older = ex->older;
	else
		q->newest = ex->older;
	ex->older = ex->newer = NULL;
	ex->queue = EXQ_NONE;
}

void exchange_touch(struct analysis *a, struct exchange *ex)
{
	struct exch_queue_ends *q;

	ex->last_seen = a->now;
	if (!ex->in_table)
		return;
	queue_unlink(a, ex);
	ex->queue = (uint8_t)queue_of(ex);
	q = &a->exch_queue[ex->queue];
	ex->older = q->newest;
	if (q->newest)
		q->newest->newer = ex;
	else
		q->oldest = ex;
	q->newest = ex;
}

/* The first reply to its request: the exchange is answered (its keep time
 * changes) and `frames` gets the request's frames and this reply's, for the
 * pair rules and the model. */
void exchange_answer(struct analysis *a, struct exchange *ex, struct frame_list *frames)
{
	ex->has_reply = true;
	exchange_touch(a, ex);
	*frames = ex->request_frames;
	frame_list_add(frames, a->ref);
}

struct exchange *exchange_lookup(struct analysis *a, const struct exch_key *key,
				 bool create)
{
	struct exchange *ex = g_hash_table_lookup(a->exchanges, key);

	if (ex || !create)
		return ex;
	if (a->exchange_pool.free) {
		ex = a->exchange_pool.free;
		a->exchange_pool.free = ex->newer;
		a->exchange_pool.count--;
		memset(ex, 0, sizeof(*ex));
	} else {
		ex = g_new0(struct exchange, 1);
	}
	ex->pool = &a->exchange_pool;
	ex->key = *key;
	ex->refs = 1;
	ex->in_table = true;
	g_hash_table_insert(a->exchanges, &ex->key, ex);
	exchange_touch(a, ex);
	return ex;
}

/* The exchange leaves the table and its queue (handed to `closing` first). */
static void drop(struct analysis *a, struct exchange *ex)
{
	queue_unlink(a, ex);
	ex->in_table = false;
	/* the latest Route Request to an agent goes with it (it was answered,
	 * or counts as unanswered from now on): an agent seen once must not
	 * hold an exchange to the end */
	if (ex->key.kind == EXCH_ROUTE &&
	    g_hash_table_lookup(a->latest_route, GUINT_TO_POINTER(ex->agent)) == ex)
		g_hash_table_remove(a->latest_route, GUINT_TO_POINTER(ex->agent));
	g_hash_table_remove(a->exchanges, &ex->key); /* unrefs it */
}

/*
 * Drop what can no longer match: answered exchanges that went quiet, and
 * requests left unanswered for that long (reported then).  Each queue is in
 * last-seen order, so the walk stops at the first exchange still kept.
 * `all`: end of input, every open request is reported and nothing dropped.
 */
void exchanges_prune(struct analysis *a, bool all, exchange_closing_fn *closing)
{
	for (unsigned q = EXQ_WAITING; q < EXQ_COUNT; q++) {
		struct exchange *ex = a->exch_queue[q].oldest, *newer;

		for (; ex; ex = newer) {
			newer = ex->newer;
			if (!all && a->now - ex->last_seen < keep_of(ex))
				break;
			closing(a, ex);
			if (!all)
				drop(a, ex);
		}
	}
}

void exchange_retire(struct analysis *a, struct exchange *ex, exchange_closing_fn *closing)
{
	if (!ex->in_table)
		return;
	closing(a, ex);
	drop(a, ex);
}

/*
 * More than EXCHANGES_OPEN_MAX exchanges open at once: capture time stands
 * still (every timestamp the same, say) or requests flood in faster than
 * they time out.  The ones seen longest ago go first, answered ones before
 * waiting ones (reported as unanswered then), so memory stays bounded
 * whatever the timestamps.  Called between messages, when no exchange is
 * held by the caller.
 */
void exchanges_bound(struct analysis *a, exchange_closing_fn *closing)
{
	while (g_hash_table_size(a->exchanges) > EXCHANGES_OPEN_MAX) {
		struct exchange *ex = a->exch_queue[EXQ_DONE].oldest;

		if (!ex)
			ex = a->exch_queue[EXQ_WAITING].oldest;
		if (!ex)
			return;
		if (a->exchanges_evicted++ == 0)
			a->exchanges_evicted_at = a->ref;
		closing(a, ex);
		drop(a, ex);
	}
}

/* The table is going away: its exchanges leave the queues first. */
void exchanges_forget(struct analysis *a)
{
	for (unsigned q = 0; q < EXQ_COUNT; q++) {
		while (a->exch_queue[q].oldest)
			queue_unlink(a, a->exch_queue[q].oldest);
	}
}
