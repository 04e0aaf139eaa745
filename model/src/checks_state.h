/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The STATE-scope checks of analysis.md section 2, one table: each looks at
 * the state through const at one event and returns verdicts; the driver
 * (record.c) makes findings of them.
 */
#ifndef MIPX_MODEL_CHECKS_STATE_H
#define MIPX_MODEL_CHECKS_STATE_H

#include <stdint.h>

#include <glib.h>

#include "mipx/model_state.h"

struct analysis;
struct exchange;
struct bu_update;
struct finding_store;

enum state_event {
	EV_REG_REQUEST = 1u << 0,  /* every copy of a Registration Request */
	EV_REG_ACCEPTED = 1u << 1, /* before a registration enters its registrar's cache */
	EV_ROUTE_REQUEST = 1u << 2,
	EV_ROUTE_REPLY = 1u << 3,  /* a Route Reply enabled a tunnel */
	EV_ORPHAN = 1u << 4,       /* a reply with no request */
	EV_NO_REPLY = 1u << 5,     /* a request never answered */
	EV_BU = 1u << 6,           /* a BU arrived (before the cache changes) */
	EV_BU_APPLIED = 1u << 7,   /* after the cache changed */
	EV_BE = 1u << 8,
	EV_SNAPSHOT = 1u << 9,     /* state at the time asked, per node */
	EV_MH_OTHER = 1u << 10,    /* another MH (HoTI, CoTI, ...) from the node */
};

struct state_ctx {
	const struct analysis *a;
	const struct node *n;
	enum state_event event;
	const struct mipx_packet *p;  /* the packet of the event, if any */
	const struct exchange *ex;
	const struct registration *reg;
	const struct tunnel *tunnel;
	const struct bu_update *bu;
	int removed; /* EV_BU_APPLIED: bindings a deregistration removed */
	cap_time at;
};

struct state_verdict {
	enum mipx_check_id check;
	struct mipx_addr node; /* family 0: the node of the event */
	struct frame_list frames;
	int binding; /* MCOA-EXPIRED: the index of the binding it is about; -1 */
	char text[MIPX_VERDICT_TEXT]; /* empty when the store would not keep it */
};
struct state_verdicts {
	const struct finding_store *store; /* to format only what it keeps */
	uint64_t judged; /* checks that judged the exchange's request: not again */
	GArray *v;       /* struct state_verdict */
};

/* The enabled checks of ctx->event, each adding its verdicts to `out`. */
void state_checks_run(const struct state_ctx *ctx, struct state_verdicts *out);

#endif
