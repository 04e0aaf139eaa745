/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The model's state, read-only, for the reports (../shared/spec/analysis.md
 * section 1): per mobile node, its DREMIP registrations (which link into
 * chains) and the tunnels that Route Requests enabled, or the MCoA / RFC
 * 5648 bindings held for it by each receiving node; and what the analysis
 * counted.  Everything here is read through const: the model alone writes
 * it (model/src).
 */
#ifndef MIPX_MODEL_STATE_H
#define MIPX_MODEL_STATE_H

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

#include "mipx/model.h"

/* The first frames of a record: FRAME_FEW_MAX of them, the rest counted. */
#define FRAME_FEW_MAX 4
struct frame_few {
	uint16_t count;
	uint16_t dropped;
	struct frame_slot f[FRAME_FEW_MAX];
};
/* The list form of a few: returns out. */
const struct frame_list *frame_list_of_few(struct frame_list *out, const struct frame_few *src);

/* An array of `inl` records inline, on the heap (`heap`) once it outgrows them. */
#define SMALL_VEC(type, inl) \
	struct { \
		uint16_t len, cap; \
		type *heap; \
		type in[inl]; \
	}
#define SMALL_VEC_DATA(v) ((v).heap ? (v).heap : (v).in)

/* ---- DREMIP registrations and tunnels ---- */
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

/* ---- MCoA, RFC 5648, NEMO and PMIPv6 bindings ---- */

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
	uint32_t coa_epoch; /* the analysis' care-of epoch when its care-of
			     * entry was last made sure of (binding_cache.c);
			     * 0: never */
};
const char *binding_kind_name(const struct binding *b); /* "mip6", "nemo", ... */

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

struct ifid_use {
	uint32_t receiver; /* receiver_addr() */
	uint16_t ifid;
};

/*
 * A mobile node.  Packed, since a million of them may be live: an IPv4
 * (DREMIP) node is a struct node4, an IPv6 (MCoA) node a struct node6, each
 * with its common part first and allocated at its own size; what a node
 * holds sits in small inline arrays that move to the heap only when they
 * overflow.  Reach the parts through NODE4()/NODE6() and the arrays through
 * the NODE_* macros, which give an empty array for the other family.
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

/*
 * The most records mipx keeps for one node, per kind: far above what a
 * node holds in the field (a chain of a few registrations, bindings at its
 * home agent and some correspondent nodes), low enough that the scans of a
 * node's records that each message makes stay cheap and that a crafted
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

/* ---- reading the state at a time ---- */

/* For hash tables keyed by a struct mipx_addr, and the reports' order:
 * IPv4 before IPv6, then by the 16 octets. */
guint addr_hash(gconstpointer p);
gboolean addr_equal(gconstpointer a, gconstpointer b);
int addr_compare(const struct mipx_addr *a, const struct mipx_addr *b);

/* The chains of a node at time `at` (analysis.md 1). */
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
bool tunnel_active(const struct tunnel *t, cap_time at);
/* A tunnel's kind: the role of the registration it serves. */
enum reg_role tunnel_kind(const struct analysis *a, const struct node *n,
			  const struct tunnel *t, cap_time at);
bool binding_active(const struct binding *b, cap_time at);
/* No receiver: ids are below it (receiver_find: not interned). */
#define RECEIVER_NONE UINT32_MAX
/* The address of a receiver id; id 0: the zero address. */
const struct mipx_addr *receiver_addr(const struct analysis *a, uint32_t id);

/* Nodes sorted by home address, for stable reports: a reference, to give
 * back with g_ptr_array_unref (after analysis_finish, the order it sorted). */
GPtrArray *analysis_sorted_nodes(const struct analysis *a);

/* ---- what the analysis counted ---- */

/* The first thing in the input that only DREMIP sends. */
struct dremip_shown {
	bool shown;
	bool topology;     /* the topology names registration servers */
	bool advert;       /* an agent advertisement with extension 81 */
	uint8_t msg_type;  /* 32/33, or 0 */
	uint8_t ext;       /* 81-85, or 0 */
	struct frame_ref ref;
};

/* At most this many exchanges open at once (some 65 MiB of them): far above
 * what 5 s of answered and 120 s of unanswered traffic leave open. */
#define EXCHANGES_OPEN_MAX 131072u

struct analysis_totals {
	uint64_t messages;
	uint64_t nodes_seen;  /* every mobile node ever created */
	guint nodes_live;     /* in the node table now */
	unsigned severity_count[3]; /* every finding, kept or suppressed */
	const uint64_t *suppressed; /* [MIPX_CHECK_COUNT]: beyond FINDINGS_KEPT */
	uint64_t suppressed_total;
	const struct node_limit_hit *limit_hit; /* [LIMIT_COUNT] */
	uint64_t exchanges_evicted; /* closed early: more than EXCHANGES_OPEN_MAX */
	struct frame_ref exchanges_evicted_at; /* at the first */
};
void analysis_totals(const struct analysis *a, struct analysis_totals *out);
const struct analysis_options *analysis_options(const struct analysis *a);
const struct dremip_shown *analysis_dremip(const struct analysis *a);

#endif
