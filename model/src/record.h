/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The driver's findings: the verdicts of the shared rules (checks/) and of
 * the state checks recorded in the findings store, once per message for
 * the copies of one exchange, and the node they name kept for the report.
 */
#ifndef MIPX_MODEL_RECORD_H
#define MIPX_MODEL_RECORD_H

#include <stdbool.h>

#include "mipx/message_rules.h"
#include "mipx/model_state.h"
#include "checks_state.h"

struct analysis;
struct exchange;

/* The rules' verdicts about `node` (NULL: no node); with `ex`, each check
 * once for its request (or, `reply`, its reply). */
void record_verdicts(struct analysis *a, const struct mipx_verdicts *v, struct node *n,
		     const struct mipx_addr *node, const struct frame_list *frames,
		     struct exchange *ex, bool reply);
/* The state checks of one event, recorded: ctx names the analysis, the
 * node (may be NULL for EV_NO_REPLY) and the exchange; ex and n as writable. */
void record_state(struct analysis *a, struct node *n, struct exchange *ex,
		  const struct state_ctx *ctx);
/* An exchange leaves the table: a request never answered is reported. */
void record_unanswered(struct analysis *a, struct exchange *ex);
/* One finding from the driver itself (CAPTURE-CUT: about no node). */
void record_finding(struct analysis *a, enum mipx_check_id check, const struct mipx_addr *node,
		    const struct frame_list *frames, const char *fmt, ...) G_GNUC_PRINTF(5, 6);

#endif
