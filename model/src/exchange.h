/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Request/response exchanges (exchange.c): a request, its reply and all
 * their copies, keyed as docs/model.md "Exchanges" says, and the two prune
 * queues that bound how long they are kept.
 */
#ifndef MIPX_MODEL_EXCHANGE_H
#define MIPX_MODEL_EXCHANGE_H

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

#include "mipx/message_rules.h"
#include "mipx/model.h"

struct analysis;

enum exch_kind { EXCH_REG = 1, EXCH_ROUTE, EXCH_MH };
struct exch_key {
	uint8_t kind;
	uint8_t pad[3];
	uint32_t a, b, c; /* REG: home, 0, id lo; ROUTE: dest, next hop, id lo */
	uint16_t seq;     /* MH: BU sequence */
	uint8_t home6[16];
	uint8_t receiver6[16];
	uint32_t hash; /* of the fields above, set once by exch_key_*() */
};

struct exchange_pool;
struct exchange {
	struct exch_key key;
	int refs;
	struct exchange_pool *pool; /* where it goes when the last ref does */
	/* its place in the analysis' prune queue (exchange_touch) */
	struct exchange *older, *newer;
	uint8_t queue; /* enum exch_queue */
	bool in_table; /* false once pruned (latest_route may still hold it) */
	bool has_request, has_reply, answered_reported;
	bool rbit_r; /* its request's flag 0x02 was read as R (so far) */
	cap_time request_at, last_seen;
	struct frame_list request_frames, reply_frames;
	/* what the pair rules need of the request (its first copy): a few
	 * octets instead of the request, decoded again for each reply */
	union {
		struct mipx_mip4_request_facts mip4;
		struct mipx_mh_bu_facts bu;
	} request;
	uint64_t fired; /* checks already reported for this exchange's request */
	uint64_t fired_reply; /* ... and for its reply */
	/* the request, as the model needs it */
	uint8_t flags;
	uint16_t lifetime;
	uint32_t home, registrar, care_of, destination, next_hop, agent;
	uint64_t identification;
	/* MH: the BU */
	uint16_t bu_flags, bu_sequence, bu_lifetime;
	bool bu_m, bu_coainfo, bu_bid, bu_applied;
	bool bu_nemo, bu_proxy, bu_timestamp; /* MNP; PMIPv6; Timestamp option */
	/* PMIPv6: it took the key of an unanswered PBU that asked otherwise
	 * (both sequence 0, no Timestamp): its PBA may answer either */
	bool pair_ambiguous;
	uint8_t bu_ifid, bu_ifpri;
	uint16_t bid;
	uint8_t bid_pri;
	uint8_t bu_care_of[16];
	struct mipx_addr mn, receiver;
};

/*
 * Exchanges in the order they were last seen, one queue per keep time:
 * pruning takes from the old end and stops at the first one still kept, so
 * it costs what it drops, not what is open.
 */
enum exch_queue { EXQ_NONE, EXQ_WAITING, EXQ_DONE, EXQ_COUNT };
struct exch_queue_ends {
	struct exchange *oldest, *newest;
};

/*
 * Exchanges freed, kept for the next ones (linked through `newer`): every
 * message opens or closes one, and handing their memory back to malloc lets
 * it be split for other records, so that new exchanges take fresh pages.
 * On a million registrations the peak is 70 MB (12%) lower with them kept.
 */
#define EXCHANGE_POOL_MAX 65536
struct exchange_pool {
	struct exchange *free;
	unsigned count;
};
void exchange_pool_drain(struct exchange_pool *pool);

/* Called for each exchange that leaves the table (the caller reports a
 * request still unanswered then). */
typedef void exchange_closing_fn(struct analysis *a, struct exchange *ex);

struct exchange *exchange_lookup(struct analysis *a, const struct exch_key *key,
				 bool create);
void exchange_unref(struct exchange *ex);
/* It was seen now, or its request/reply state changed: requeued. */
void exchange_touch(struct analysis *a, struct exchange *ex);
/* The first reply: answered, and `frames` = the request's and this reply's. */
void exchange_answer(struct analysis *a, struct exchange *ex, struct frame_list *frames);
/* Drop what can no longer match; `all` (end of input): hand every open
 * exchange to `closing`, drop nothing. */
void exchanges_prune(struct analysis *a, bool all, exchange_closing_fn *closing);
/* A new request took its key (the same home address and low-order 32 bits
 * of the identification, other high-order bits): it leaves the table. */
void exchange_retire(struct analysis *a, struct exchange *ex, exchange_closing_fn *closing);
/* At most EXCHANGES_OPEN_MAX open: the ones seen longest ago close. */
void exchanges_bound(struct analysis *a, exchange_closing_fn *closing);
void exchanges_forget(struct analysis *a);
GHashTable *exchange_table_new(void);
void exch_key_reg(struct exch_key *k, uint32_t home, uint64_t id);
void exch_key_route(struct exch_key *k, uint32_t dest, uint32_t next_hop, uint64_t id);
void exch_key_mh(struct exch_key *k, const uint8_t home[16],
		 const uint8_t receiver[16], uint16_t seq);
/* PMIPv6 (RFC 5213 5.5): a PBU and its PBA by mobile node and MAG (a
 * digest of both: the PBA goes back to the PBU's source, 5.3.6), LMA and,
 * with the Timestamp option, timestamp; else by sequence number. */
void exch_key_proxy(struct exch_key *k, const uint8_t mn[16], const uint8_t lma[16],
		    uint16_t seq, bool has_timestamp, uint64_t timestamp);

#endif
