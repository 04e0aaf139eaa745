/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The driver's findings: verdicts of the shared rules and of the state
 * checks become findings here.  A finding names a node; one that is stored
 * keeps its node listed in the report (made if it is gone), one only
 * counted keeps no node: the report could not show it, and a check failing
 * for every node of a day-long capture would otherwise keep every node
 * record to the end (memory follows live state).
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "analysis.h"
#include "exchange.h"
#include "finding.h"
#include "node.h"
#include "record.h"

/* Stored, or only counted; a stored finding keeps its node listed. */
static void record(struct analysis *a, enum mipx_check_id check, struct node *n,
		   const struct mipx_addr *node, const struct frame_list *frames,
		   const char *text)
{
	if (!finding_add(&a->found, check, node, frames, text) || !node || !node->family)
		return;
	if (!n)
		n = node_get(a, node);
	n->has_finding = true;
}

/* The shared rules write "[ID] text" (plugin.md 4); a finding keeps the text. */
static const char *verdict_text(const struct mipx_verdict *v)
{
	const char *t = v->text;

	if (t[0] == '[') {
		const char *close = strchr(t, ']');
		if (close) {
			t = close + 1;
			while (*t == ' ')
				t++;
		}
	}
	return t;
}

void record_verdicts(struct analysis *a, const struct mipx_verdicts *v, struct node *n,
		     const struct mipx_addr *node, const struct frame_list *frames,
		     struct exchange *ex, bool reply)
{
	if (n)
		node = &n->home;
	for (unsigned i = 0; i < v->count && i < MIPX_MAX_VERDICTS; i++) {
		enum mipx_check_id id = v->v[i].check;

		if (!check_enabled(a, id))
			continue;
		/* copies of one message (relays, vantage points) report once */
		if (ex) {
			uint64_t *fired = reply ? &ex->fired_reply : &ex->fired;
			if (*fired & (UINT64_C(1) << id))
				continue;
			*fired |= UINT64_C(1) << id;
		}
		record(a, id, n, node, frames, verdict_text(&v->v[i]));
	}
}

void record_state(struct analysis *a, struct node *n, struct exchange *ex,
		  const struct state_ctx *ctx)
{
	struct state_verdicts out = { .store = &a->found, .v = a->verdicts };

	a->verdicts->len = 0; /* reused: nothing to free in a verdict */
	state_checks_run(ctx, &out);
	if (ex)
		ex->fired |= out.judged;
	for (guint i = 0; i < a->verdicts->len; i++) {
		const struct state_verdict *v = &g_array_index(a->verdicts, struct state_verdict, i);
		bool own = !v->node.family;

		/* MCOA-EXPIRED is said once per lapse of a binding */
		if (v->binding >= 0 && n)
			NODE_BIND(n, v->binding)->expiry_noted = true;
		record(a, v->check, own ? n : NULL, own ? &n->home : &v->node, &v->frames,
		       v->text);
	}
}

void record_unanswered(struct analysis *a, struct exchange *ex)
{
	struct state_ctx ctx;

	if (!ex->has_request || ex->has_reply || ex->answered_reported)
		return;
	ex->answered_reported = true;
	/* a BU without the A flag asks for no answer (RFC 6275 9.5.1); one
	 * that asked and got none leaves MCoA's M or NEMO's R unresolved */
	if (ex->key.kind == EXCH_MH) {
		struct mipx_verdicts v = { 0 };

		if (ex->mn.family == 0)
			return;
		mipx_rules_mh_unanswered(&ex->request.bu, &v);
		record_verdicts(a, &v, NULL, &ex->mn, &ex->request_frames, ex, false);
		return;
	}
	memset(&ctx, 0, sizeof(ctx));
	ctx.a = a;
	ctx.event = EV_NO_REPLY;
	ctx.ex = ex;
	ctx.at = a->now;
	record_state(a, NULL, ex, &ctx);
}

void record_finding(struct analysis *a, enum mipx_check_id check, const struct mipx_addr *node,
		    const struct frame_list *frames, const char *fmt, ...)
{
	char text[MIPX_VERDICT_TEXT];
	va_list ap;

	if (!check_enabled(a, check))
		return;
	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	record(a, check, NULL, node, frames, text);
}
