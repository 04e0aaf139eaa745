/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The model's state (../shared/spec/analysis.md section 1): per mobile
 * node, its DREMIP registrations (which link into chains), the tunnels that
 * Route Requests enabled, and the MCoA / RFC 5648 bindings held for it by
 * each receiving node.  Fed one decoded packet at a time, in capture-time
 * order; nothing here reads wire bytes (the codec does).
 */
#ifndef MIPX_ANALYSIS_H
#define MIPX_ANALYSIS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include <glib.h>

#include "mipx/message_rules.h"
#include "mipx/model.h"

#define FRAME_FEW_MAX 4
struct frame_few {
	uint16_t count;
	uint16_t dropped;
	struct frame_slot f[FRAME_FEW_MAX];
};
void frame_list_merge_list(struct frame_list *dst, const struct frame_list *src);
void frame_list_merge_few(struct frame_list *dst, const struct frame_few *src);
#define frame_list_merge(dst, src) \
	_Generic((src), struct frame_few *: frame_list_merge_few, \
		 const struct frame_few *: frame_list_merge_few, \
		 default: frame_list_merge_list)(dst, src)
/* dst = src (keeping the first FRAME_FEW_MAX; the rest counted as dropped) */
void frame_few_set(struct frame_few *dst, const struct frame_list *src);
void frame_few_merge(struct frame_few *dst, const struct frame_list *src);
/* The list form of a few, for the reports and the checks: returns out. */
const struct frame_list *frame_list_of_few(struct frame_list *out, const struct frame_few *src);

cap_time lifetime_expiry(cap_time t, uint32_t seconds, bool infinite);
/* t + seconds, staying CAP_NEVER when t is */
cap_time cap_add(cap_time t, int64_t seconds);
/* "12.345" from microseconds, rounded half away from zero to `decimals`
 * (0-6) places, with integer arithmetic only. */
const char *cap_secs(int64_t usec, unsigned decimals, char out[32]);

/* ---- topology (topology.c) ---- */
enum topo_role { TOPO_SERVER = 1, TOPO_CARE_OF_AGENT, TOPO_HOME_AGENT };
struct topo_prefix {
	struct mipx_addr prefix;
	unsigned len;
	bool network; /* a `network` line: membership only, serves no one */
	int domain;
	struct mipx_addr server; /* family 0 when not named */
	struct mipx_addr home_agent;
};
struct topo_entity {
	struct mipx_addr addr;
	enum topo_role role;
	int domain;
};
struct topology {
	GPtrArray *domains; /* char * names */
	GArray *entities;   /* struct topo_entity */
	GArray *prefixes;   /* struct topo_prefix */
};
const struct topo_entity *topology_entity(const struct topology *topo,
					  const struct mipx_addr *addr);
const struct topo_prefix *topology_home_prefix(const struct topology *topo,
					       const struct mipx_addr *home);
int topology_domain_of(const struct topology *topo, const struct mipx_addr *addr);

/* ---- DREMIP registrations, tunnels; MCoA bindings ---- */
enum reg_role { ROLE_LOCAL, ROLE_TRANSIT, ROLE_HOME };
const char *reg_role_name(enum reg_role role);

/* One accepted registration: an entry of its registrar's cache (6.1). */
struct registration { /* fields ordered to leave no padding */
	cap_time accepted_at;
	cap_time expires_at;
	uint32_t registrar;
	uint32_t child_coa;
	uint32_t parent_coa; /* 0 when the reply carried none */
	uint16_t requested;
	uint16_t granted;
	struct frame_few frames;
	bool rbit;
	bool awaiting_route; /* accepted with no tunnel parent->child enabled */
};

struct tunnel {
	cap_time enabled_at;
	cap_time expires_at;
	uint32_t from; /* the care-of agent (parent care-of address) */
	uint32_t to;   /* next hop (child care-of address) */
	struct frame_few frames;
	uint16_t granted;
	bool enabled;
};

/* How a binding is keyed, and so what it is: NONE a plain RFC 6275 one,
 * IFID MCoA's, BID RFC 5648's; NEMO a mobile router's plain binding (RFC
 * 3963 6.1, its prefixes in the node's extra), PMIP6 a proxy binding
 * (RFC 5213 5.1, the MAG as care-of address). */
enum binding_key { BKEY_NONE, BKEY_IFID, BKEY_BID, BKEY_NEMO, BKEY_PMIP6 };

struct binding { /* fields ordered to leave no padding but the tail's */
	cap_time expires_at;
	uint32_t lifetime; /* seconds */
	uint32_t receiver; /* home agent or correspondent node: receiver_addr() */
	uint16_t key; /* IFID or BID */
	uint16_t sequence;
	uint8_t key_kind; /* enum binding_key */
	uint8_t priority; /* IFPRI or BID-PRI */
	bool home;
	bool expiry_noted; /* MCOA-EXPIRED said once */
	uint8_t coa[16];
	struct frame_few frames;
	uint32_t coa_epoch; /* a->coa_epoch when its care-of entry was last
			     * made sure of (binding_cache.c); 0: never */
};

const char *binding_kind_name(const struct binding *b); /* "mip6", "nemo", ... */

struct analysis;
struct node;
struct bu_update;
/*
 * What a NEMO or PMIPv6 node has beyond an MCoA one (standard-mip6.md 3-4),
 * on the heap and only for such nodes: a million MCoA nodes pay one
 * pointer each, no binding grows.
 */
struct mr_prefix {
	uint32_t receiver; /* receiver_addr() */
	uint8_t len;
	uint8_t prefix[16];
};
struct node6_extra {
	GArray *prefixes; /* struct mr_prefix, NEMO (RFC 3963 6.2); NULL: none */
	char *mn_id;      /* PMIPv6 MN identifier, printable; NULL: none */
	uint8_t hnp[16];  /* PMIPv6 home network prefix (RFC 5213 8.3) */
	uint8_t hnp_len;
	bool proxy;
	uint8_t mag[16];  /* the proxy care-of address of the last PBU */
};
struct node6_extra *node6_extra(struct node *n); /* made when first asked */
void node6_extra_free(struct node6_extra *x);
/* The MNPs a BU registered at `receiver` replace those it had there. */
void nemo_prefixes_set(struct analysis *a, struct node *n, const struct mipx_addr *receiver,
		       const struct mipx_mh *bu);

struct ifid_use {
	uint32_t receiver; /* receiver_addr() */
	uint16_t ifid;
};

/*
 * A mobile node.  Packed (issue 7: a million live nodes): an IPv4 (DREMIP)
 * node is a struct node4, an IPv6 (MCoA) node a struct node6, each with its
 * common part first and allocated at its own size; what a node holds sits in
 * small inline arrays that move to the heap only when they overflow.  Reach
 * the parts through NODE4()/NODE6() and the arrays through the NODE_*
 * macros, which give an empty array for the other family.
 */
struct node {
	struct mipx_addr home;
	bool home_dereg;       /* the latest home BU deregistered (back home) */
	bool has_finding;      /* a finding named it: kept in the report */
	bool idle_once;        /* nothing left at the last sweep (nodes_sweep) */
	uint8_t recent_next;   /* DREMIP: next slot of node4.recent */
	bool cut_coa;          /* a reply cut by the capture may have held its 82 */
	/* node_prune removes nothing before this: no earlier than the first
	 * registration, tunnel or binding to go (node_prune_by) */
	cap_time prune_at;
};

/* An array of `inl` records inline, on the heap (`heap`) once it outgrows them. */
#define SMALL_VEC(type, inl) \
	struct { \
		uint16_t len, cap; \
		type *heap; \
		type in[inl]; \
	}
#define SMALL_VEC_DATA(v) ((v).heap ? (v).heap : (v).in)
/* A slot appended at the end (zeroed); `v` is a pointer to the SMALL_VEC. */
#define SMALL_VEC_PUSH(v) \
	((__typeof__(&(v)->in[0]))small_vec_push(&(v)->len, &(v)->cap, \
		(void **)&(v)->heap, (v)->in, sizeof((v)->in) / sizeof((v)->in[0]), \
		sizeof((v)->in[0])))
#define SMALL_VEC_REMOVE(v, i) \
	small_vec_remove(&(v)->len, SMALL_VEC_DATA(*(v)), (i), sizeof((v)->in[0]))
void *small_vec_push(uint16_t *len, uint16_t *cap, void **heap, void *in,
		     unsigned n_in, size_t size);
void small_vec_remove(uint16_t *len, void *data, unsigned i, size_t size);
void small_vec_free(void *heap);

/*
 * The most records mipx keeps for one node, per kind (issue 7): far above
 * what a node holds in the field (a chain of a few registrations, bindings
 * at its home agent and some correspondent nodes), low enough that the scans
 * of a node's records that each message makes stay cheap and that a crafted
 * capture cannot grow one node without bound.  A record beyond them is not
 * kept; it is counted, and the first is named on stderr with its frame.
 */
enum node_limit {
	LIMIT_REGISTRATIONS, /* 32: one per registrar */
	LIMIT_TUNNELS,       /* 64: one per (care-of agent, next hop) */
	LIMIT_BINDINGS,      /* 1024: one per receiver and IFID or BID */
	LIMIT_IFID_USES,     /* 1024: (IFID, receiver) pairs, MCOA-IFID-SHARED */
	LIMIT_BE_SENDERS,    /* 64: receivers that sent BE status 2 */
	LIMIT_COUNT
};
struct node_limit_hit {
	uint64_t count;          /* records not kept */
	struct mipx_addr node;   /* the first node that reached the limit */
	struct frame_ref first;  /* at this frame */
};
unsigned node_limit_max(enum node_limit kind);
const char *node_limit_what(enum node_limit kind);

/* the latest registration requests, for route/registration pairs */
#define NODE_RECENT 4
struct reg_attempt {
	uint64_t identification;
	cap_time at;
	uint32_t care_of;
	uint16_t lifetime;
	bool used, answered;
	struct frame_slot first; /* the request's first frame */
};

/*
 * RFC 3344 5.7: what the home agent's latest reply (accepted, or code 133)
 * says the node's next request to it must carry in the high-order 32 bits
 * of its Identification, and which style of replay protection the traffic
 * has shown.  One per node, for the registrar that answered last: a node
 * registers with one home agent at a time.
 *
 * A reply's own high-order bits prove nothing by themselves (a home agent
 * may put its own value in an accepted reply to a timestamp); the style is
 * what the requests do with them:
 *   REPLAY_TIMESTAMP  an accepted reply echoed the whole Identification
 *                     (5.7.1): the home agent checks timestamps;
 *   REPLAY_CLOCK      a request's high-order bits grew by themselves, not
 *                     taken from a reply: the node's own clock (5.7.1);
 *   REPLAY_NONCE      a request carried the value a reply gave it, not
 *                     an echo of its own (5.7.2; after code 133 only when
 *                     the node showed no clock of its own).
 */
enum replay_style { REPLAY_UNKNOWN, REPLAY_TIMESTAMP, REPLAY_CLOCK, REPLAY_NONCE };
struct replay_state {
	cap_time given_at;       /* the reply's time */
	struct frame_ref given_ref;
	uint32_t registrar;
	uint32_t given;          /* the reply's high-order 32 bits */
	uint32_t asked;          /* ... and its request's */
	uint32_t accepted_high;  /* timestamps: of the last accepted request */
	uint8_t style;           /* enum replay_style */
	uint8_t code;            /* the reply's code: 0, 1 or 133 */
	bool pending;            /* no request judged against it yet */
};

struct node4 {
	struct node n;
	struct replay_state replay;
	SMALL_VEC(struct registration, 1) registrations;
	SMALL_VEC(struct tunnel, 1) tunnels;
	struct reg_attempt recent[NODE_RECENT];
};

struct node6 {
	struct node n;
	SMALL_VEC(struct binding, 3) bindings;
	SMALL_VEC(struct ifid_use, 3) ifid_receivers; /* for MCOA-IFID-SHARED */
	SMALL_VEC(uint32_t, 2) be_receivers;  /* sent BE status 2 (receiver ids) */
	struct frame_few home_dereg_frames;
	uint32_t home_agent6; /* receiver id; 0: none yet */
	struct node6_extra *extra; /* NEMO, PMIPv6; NULL for the others */
};

static inline struct node4 *node4_of(struct node *n) { return (struct node4 *)(void *)n; }
static inline const struct node4 *node4_of_const(const struct node *n)
{
	return (const struct node4 *)(const void *)n;
}
static inline struct node6 *node6_of(struct node *n) { return (struct node6 *)(void *)n; }
static inline const struct node6 *node6_of_const(const struct node *n)
{
	return (const struct node6 *)(const void *)n;
}
#define NODE4(p) _Generic((p), const struct node *: node4_of_const, struct node *: node4_of)(p)
#define NODE6(p) _Generic((p), const struct node *: node6_of_const, struct node *: node6_of)(p)
#define NODE_IS4(p) ((p)->home.family == 4)
/* count and records of each array; 0 for a node of the other family */
#define NODE_NREG(p) (NODE_IS4(p) ? (guint)NODE4(p)->registrations.len : 0u)
#define NODE_REG(p, i) (&SMALL_VEC_DATA(NODE4(p)->registrations)[i])
#define NODE_NTUN(p) (NODE_IS4(p) ? (guint)NODE4(p)->tunnels.len : 0u)
#define NODE_TUN(p, i) (&SMALL_VEC_DATA(NODE4(p)->tunnels)[i])
#define NODE_NBIND(p) (NODE_IS4(p) ? 0u : (guint)NODE6(p)->bindings.len)
#define NODE_BIND(p, i) (&SMALL_VEC_DATA(NODE6(p)->bindings)[i])

/* ---- request/response exchanges (exchange.c) ---- */
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

struct exchange {
	struct exch_key key;
	int refs;
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
 * Exchanges in the order they were last seen, one queue per keep time
 * (exchange.c): pruning takes from the old end and stops at the first one
 * still kept, so it costs what it drops, not what is open (issue 7).
 */
enum exch_queue { EXQ_NONE, EXQ_WAITING, EXQ_DONE, EXQ_COUNT };
struct exch_queue_ends {
	struct exchange *oldest, *newest;
};

/*
 * Receivers (home agents, correspondent nodes) interned (receivers.c): a
 * million MCoA nodes name the same few, so a node keeps a 4-octet id per
 * binding, IFID use and BE sender instead of a 17-octet address (issue 7).
 * Id 0 is no address (family 0, as an unset struct mipx_addr).  An id no
 * live node refers to any more is freed by nodes_sweep and reused.
 */
#define RECEIVER_NONE UINT32_MAX /* receiver_find: not interned */
struct receiver_table {
	GHashTable *ids;   /* struct mipx_addr * (owned, = addrs[id]) -> id */
	GPtrArray *addrs;  /* id -> struct mipx_addr *; NULL: free */
	GArray *free_ids;  /* uint32_t, reused first */
	uint64_t made;     /* ids ever handed out for a new address */
};

/* ---- the analysis ---- */

/* The first thing in the input that only DREMIP sends. */
struct dremip_shown {
	bool shown;
	bool topology;     /* the topology names registration servers */
	bool advert;       /* an agent advertisement with extension 81 */
	uint8_t msg_type;  /* 32/33, or 0 */
	uint8_t ext;       /* 81-85, or 0 */
	struct frame_ref ref;
};

struct analysis {
	struct analysis_options opt;
	GHashTable *nodes;        /* set of struct node *, keyed by home address */
	GPtrArray *report_nodes;  /* analysis_finish: the nodes kept, sorted;
				   * NULL once a node comes or goes */
	GHashTable *exchanges;    /* struct exch_key * -> struct exchange * */
	struct exch_queue_ends exch_queue[EXQ_COUNT]; /* the same, by last seen */
	GHashTable *latest_route; /* agent (uint32) -> struct exchange * */
	struct dremip_shown dremip; /* for RBIT_AUTO */
	GHashTable *servers;      /* uint32 addresses seen acting as RS */
	GHashTable *rs_adverts;   /* uint32 -> struct rs_advert * */
	GHashTable *care_of_nodes; /* set of struct coa_owner, by care-of address */
	GHashTable *mn_ids;        /* PMIPv6: MN identifier (char *) -> home
				    * network prefix (struct mipx_addr *) */
	uint32_t coa_epoch;        /* moves on when an address changes owner; from 1 */
	GArray *findings;         /* struct finding, at most FINDINGS_KEPT per check */
	unsigned kept[MIPX_CHECK_COUNT];
	uint64_t suppressed[MIPX_CHECK_COUNT]; /* found beyond FINDINGS_KEPT */
	uint64_t suppressed_total;
	unsigned severity_count[3]; /* every finding, kept or suppressed */
	uint64_t messages;
	struct mipx_packet *pkt;       /* analysis_frame's, reused frame to frame */
	struct reassembly *reassembly; /* of analysis_frame's fragments */
	/* frames the snap length cut before a message's fixed part ended (or
	 * inside a header): the requests and replies they held are unknown,
	 * so none is judged unanswered or orphaned (analyzer.md) */
	uint64_t cut_unmodelled;
	uint64_t nodes_seen; /* every mobile node ever created (step 5 of issue 7) */
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
/* A care-of address bound by a node: by its home address, not a pointer, so
 * that dropping the node (nodes_sweep) leaves nothing dangling.  Both are
 * IPv6; 32 octets from the slice allocator, the entry its own key (issue 7:
 * one per bound care-of address of a million nodes). */
struct coa_owner {
	uint8_t coa[16]; /* first: the entry is the key */
	uint8_t home[16];
};
GHashTable *coa_owner_table_new(void);
struct rs_advert {
	uint16_t lifetime;
	cap_time advertised_at;
	struct frame_ref ref;
};

/* Request flag 0x02 of `flags` is DREMIP's R, as the input read so far shows. */
bool rbit_reads_r(const struct analysis *a, uint8_t flags);
/* The reading of flag 0x02 now: true for T (the pair rules' rbit_as_t). */
bool rbit_reads_t(const struct analysis *a);

/* Nodes sorted by home address, for stable reports: a reference, to give
 * back with g_ptr_array_unref (after analysis_finish, the order it sorted). */
GPtrArray *analysis_sorted_nodes(const struct analysis *a);

/* finding.c */
static inline bool finding_enabled(const struct analysis *a, enum mipx_check_id check)
{
	return check < MIPX_CHECK_COUNT && !a->opt.disabled[check];
}
struct finding *finding_add(struct analysis *a, enum mipx_check_id check,
			    const struct mipx_addr *node,
			    const struct frame_list *frames, const char *fmt, ...)
	G_GNUC_PRINTF(5, 6);
void finding_add_verdicts(struct analysis *a, const struct mipx_verdicts *v,
			  const struct mipx_addr *node,
			  const struct frame_list *frames,
			  struct exchange *ex, bool reply);
void findings_sort(struct analysis *a);

/* receivers.c */
void receivers_init(struct receiver_table *t);
void receivers_clear(struct receiver_table *t);
/* The id of `addr`, made if new (0 for family 0 only). */
uint32_t receiver_intern(struct analysis *a, const struct mipx_addr *addr);
/* Its id, or RECEIVER_NONE when not interned: no node refers to it. */
uint32_t receiver_find(const struct analysis *a, const struct mipx_addr *addr);
/* The address of an id; id 0: the zero address. */
const struct mipx_addr *receiver_addr(const struct analysis *a, uint32_t id);
/* How many ids are live (not free), the zero one aside. */
guint receivers_live(const struct analysis *a);
/* Free every id whose mark[id] is 0 (mark has receivers.addrs->len octets). */
void receivers_sweep(struct analysis *a, const uint8_t *mark);

/* node.c */
struct node *node_get(struct analysis *a, const struct mipx_addr *home);
/* Room for one more record of `kind` in a node holding `len` of them; if
 * not, the record is counted in a->limit_hit (node_limit). */
bool node_room(struct analysis *a, const struct node *n, enum node_limit kind, unsigned len);
struct node *node_find(const struct analysis *a, const struct mipx_addr *home);
void node_free(gpointer data);
void node_prune(struct analysis *a, struct node *n, cap_time now);
/* When node_prune removes binding b. */
cap_time binding_pruned_at(const struct binding *b);
/* A record of n that node_prune removes at `at` was made or changed. */
static inline void node_prune_by(struct node *n, cap_time at)
{
	if (at < n->prune_at)
		n->prune_at = at;
}
/* Prune every node; drop those with nothing left and no finding (counted in
 * nodes_seen only) and the care-of addresses of dropped nodes; with
 * `receivers`, free the receivers no kept node names too.  During the
 * capture a node must be idle at two sweeps in a row; `final` (the time
 * reported): at once. */
void nodes_sweep(struct analysis *a, cap_time now, bool final, bool receivers);
/* nodes_sweep(a, at, true, false) over `sorted`, every node of the analysis
 * (from analysis_sorted_nodes), each handed to `first` (unless NULL) just
 * before it is swept: returns the nodes kept, in that order. */
GPtrArray *nodes_sweep_sorted(struct analysis *a, const GPtrArray *sorted, cap_time at,
			      void (*first)(struct analysis *a, struct node *n));
guint addr_hash(gconstpointer p);
gboolean addr_equal(gconstpointer a, gconstpointer b);
int addr_compare(const struct mipx_addr *a, const struct mipx_addr *b);

/* exchange.c */
struct exchange *exchange_lookup(struct analysis *a, const struct exch_key *key,
				 bool create);
void exchange_unref(struct exchange *ex);
/* It was seen now, or its request/reply state changed: requeued. */
void exchange_touch(struct analysis *a, struct exchange *ex);
/* The first reply: answered, and `frames` = the request's and this reply's. */
void exchange_answer(struct analysis *a, struct exchange *ex, struct frame_list *frames);
void exchanges_prune(struct analysis *a, bool all);
/* A new request took its key (the same home address and low-order 32 bits
 * of the identification, other high-order bits): it leaves the table, and
 * counts as unanswered if it was. */
void exchange_retire(struct analysis *a, struct exchange *ex);
/* At most this many exchanges open at once (some 65 MiB of them): far above
 * what 5 s of answered and 120 s of unanswered traffic leave open. */
#define EXCHANGES_OPEN_MAX 131072u
void exchanges_bound(struct analysis *a);
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

/* proxy.c: PBU, PBA (RFC 5213) */
void on_proxy_mh(struct analysis *a, const struct mipx_packet *p,
		 const struct frame_list *here);
/* analyze.c, for proxy.c */
void bu_update_from(struct bu_update *u, const struct exchange *ex);
void analysis_run_bu(struct analysis *a, struct node *n, struct exchange *ex,
		     const struct mipx_packet *p, const struct bu_update *u);
void analysis_apply_bu(struct analysis *a, struct node *n, struct exchange *ex,
		       const struct bu_update *u, const struct frame_list *frames);

/* chain.c: the chains of a node at time `at` */
struct chain {
	const struct registration *const *links; /* `len` of them, first to last */
	const enum reg_role *roles;               /* the role of each link */
	guint len;
	bool complete;
};
struct chains {
	const struct chain *chain;
	guint len;
};
/* Borrowed: valid until the node's registrations change or another node's
 * chains are asked for (one cache for all: memory does not grow per node). */
const struct chains *chains_at(const struct analysis *a, const struct node *n, cap_time at);
/* The chains last built, in buffers reused from node to node: building
 * them allocates only when a node has more registrations than any before. */
struct chain_cache {
	const struct node *node; /* NULL: not computed */
	cap_time at;
	struct chains result;
	struct chain *chain; /* and `used`: one per registration of the node */
	bool *used;
	guint reg_cap;
	const struct registration **link; /* the chains' links, one after another */
	enum reg_role *role;
	guint link_cap;
};
void chain_cache_clear(struct chain_cache *cache);
void chain_cache_free(struct chain_cache *cache);
/* The node's registrations changed: its chains are built again when asked. */
void chain_cache_forget(const struct analysis *a, const struct node *n);
bool is_home_agent(const struct analysis *a, const struct node *n, uint32_t addr);
bool is_home_server(const struct analysis *a, const struct node *n, uint32_t addr);
bool registration_active(const struct registration *r, cap_time at);
struct registration *registration_by_registrar(struct node *n, uint32_t registrar,
					       cap_time at);
struct registration *registration_by_parent(struct node *n, uint32_t parent,
					    cap_time at);
void registration_accept(struct analysis *a, struct node *n,
			 const struct registration *r);

/* tunnel.c */
struct tunnel *tunnel_find(struct node *n, uint32_t from, uint32_t to);
bool tunnel_active(const struct tunnel *t, cap_time at);
struct tunnel *tunnel_enable(struct analysis *a, struct node *n, uint32_t from,
			     uint32_t to, uint16_t granted, cap_time at,
			     const struct frame_list *frames);
void tunnel_disable(struct node *n, uint32_t from, uint32_t to);
enum path_result { PATH_NONE, PATH_OK, PATH_GAP, PATH_LOOP };
/* Walk the enabled tunnels from `start` toward `end`. */
enum path_result tunnel_path(const struct node *n, cap_time at, uint32_t start,
			     uint32_t end, GPtrArray *out);
enum reg_role tunnel_kind(const struct analysis *a, const struct node *n,
			  const struct tunnel *t, cap_time at);

/* binding_cache.c: wire-format.md 2.5 */
struct bu_update {
	struct mipx_addr receiver;
	uint16_t flags;
	bool m_flag, coainfo, bid;
	uint8_t ifid, ifpri;
	uint16_t bid_value;
	uint8_t bid_pri;
	uint16_t sequence;
	uint32_t lifetime; /* seconds granted */
	uint8_t care_of[16];
	bool receiver_mcoa; /* false: the BA did not echo CoAINFO (2.4) */
	bool nemo;          /* a mobile router's (MNP, or the BA's R) */
	bool proxy;         /* PMIPv6: the care-of address is the MAG's */
	bool timestamp;     /* ordered by Timestamp, not sequence (RFC 5213 5.5) */
};
/* Returns how many bindings a deregistration removed (-1: BU dropped). */
/* Binding i of n is gone; its care-of address leaves the care-of table
 * unless another binding of n still holds it. */
void binding_remove(struct analysis *a, struct node *n, unsigned i);
int binding_cache_apply(struct analysis *a, struct node *n, const struct bu_update *u,
			cap_time at, const struct frame_list *frames);
struct binding *binding_find(const struct analysis *a, struct node *n,
			     const struct mipx_addr *receiver, enum binding_key kind,
			     uint16_t key);
/* The same by receiver id. */
struct binding *binding_find_id(struct node *n, uint32_t receiver,
				enum binding_key kind, uint16_t key);
bool binding_active(const struct binding *b, cap_time at);

/* checks_state.c: every STATE-scope check, one table */
enum state_event {
	EV_REG_REQUEST = 1u << 0,  /* every copy of a Registration Request */
	EV_REG_ACCEPTED = 1u << 1, /* a registration entered its registrar's cache */
	EV_ROUTE_REQUEST = 1u << 2,
	EV_ROUTE_REPLY = 1u << 3,  /* a Route Reply paired with its request */
	EV_ORPHAN = 1u << 4,       /* a reply with no request */
	EV_NO_REPLY = 1u << 5,     /* a request never answered */
	EV_BU = 1u << 6,           /* a BU arrived (before the cache changes) */
	EV_BU_APPLIED = 1u << 7,   /* after the cache changed */
	EV_BE = 1u << 8,
	EV_SNAPSHOT = 1u << 9,     /* state at the time asked, per node */
	EV_MH_OTHER = 1u << 10,    /* another MH (HoTI, CoTI, ...) from the node */
};
struct state_ctx {
	struct analysis *a;
	struct node *n;
	enum state_event event;
	const struct mipx_packet *p;  /* the packet of the event, if any */
	struct exchange *ex;
	const struct registration *reg;
	const struct tunnel *tunnel;
	const struct bu_update *bu;
	int removed; /* EV_BU_APPLIED: bindings a deregistration removed */
	enum mipx_check_id replay_check; /* the replay check running */
	cap_time at;
};
void state_checks_run(struct state_ctx *ctx);

#endif
