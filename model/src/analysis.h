/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The analysis: the tables of the model (nodes, exchanges, receivers,
 * care-of addresses, registration servers), its clock and its counts.
 * Made and driven by analyze.c; each state module reads and writes its own
 * table in it.
 */
#ifndef MIPX_MODEL_ANALYSIS_H
#define MIPX_MODEL_ANALYSIS_H

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

#include "mipx/model_state.h"
#include "exchange.h"
#include "finding.h"
#include "receivers.h"

/* An agent advertisement or reply naming a registration server (3.1, 6.2). */
struct rs_advert {
	uint16_t lifetime;
	cap_time advertised_at;
	struct frame_ref ref;
};

struct analysis {
	struct analysis_options opt;
	GHashTable *nodes;        /* set of struct node *, keyed by home address */
	struct node *last_node;   /* the one node_get/node_find gave last */
	GPtrArray *report_nodes;  /* analysis_finish: the nodes kept, sorted;
				   * NULL once a node comes or goes */
	GHashTable *exchanges;    /* struct exch_key * -> struct exchange * */
	struct exch_queue_ends exch_queue[EXQ_COUNT]; /* the same, by last seen */
	struct exchange_pool exchange_pool;
	GHashTable *latest_route; /* agent (uint32) -> struct exchange * */
	struct dremip_shown dremip; /* for RBIT_AUTO */
	GHashTable *servers;      /* uint32 addresses seen acting as RS */
	GHashTable *rs_adverts;   /* uint32 -> struct rs_advert * */
	GHashTable *care_of_nodes; /* set of struct coa_owner, by care-of address */
	GHashTable *mn_ids;        /* PMIPv6: MN identifier (char *) -> home
				    * network prefix (struct mipx_addr *) */
	uint32_t coa_epoch;        /* moves on when an address changes owner; from 1 */
	struct finding_store found;
	GArray *verdicts;          /* struct state_verdict, reused per event */
	uint64_t messages;
	/* (input, sender) pairs told CAPTURE-CHECKSUM-OFFLOAD: struct
	 * offload_sender, made at the first */
	GHashTable *offload_senders;
	struct mipx_packet *pkt;       /* analysis_frame's, reused frame to frame */
	struct reassembly *reassembly; /* of analysis_frame's fragments */
	/* frames the snap length cut before a message's fixed part ended (or
	 * inside a header): the requests and replies they held are unknown,
	 * so none is judged unanswered or orphaned (analyzer.md) */
	uint64_t cut_unmodelled;
	uint64_t nodes_seen; /* every mobile node ever created */
	cap_time now;
	struct frame_ref ref;
	cap_time last_prune;
	cap_time last_sweep;
	uint64_t seen_at_sweep; /* nodes_seen after the last sweep */
	guint kept_at_sweep;    /* nodes left by it */
	struct receiver_table receivers;
	/* receivers.made after the last sweep that freed receivers, and the
	 * receivers it left */
	uint64_t receivers_made_at_free;
	guint receivers_at_free;
	struct chain_cache *chains; /* of the one node whose chains were last asked */
	struct node_limit_hit limit_hit[LIMIT_COUNT];
	uint64_t exchanges_evicted;          /* closed early (exchanges_bound) */
	struct frame_ref exchanges_evicted_at; /* at the first */
};

/* The check was not turned off (--disable). */
static inline bool check_enabled(const struct analysis *a, enum mipx_check_id check)
{
	return check < MIPX_CHECK_COUNT && !a->opt.disabled[check];
}

#endif
