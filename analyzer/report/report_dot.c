/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Graphviz view: per mobile node, its registrations (child care-of ->
 * parent care-of, solid) and its enabled tunnels (from -> to, dashed).
 */
#include <stdio.h>

#include "report.h"

/* The agents already declared in one mobile node's cluster: a handful. */
#define DECLARED_MAX 64
struct declared {
	unsigned n;
	uint32_t addr[DECLARED_MAX];
};

/* A graph node per agent of one mobile node, named "HOME/a.b.c.d" (unique
 * to the mobile node) and labelled with its address, declared once (past
 * DECLARED_MAX again: harmless in dot, only longer). */
static void agent(FILE *out, struct declared *seen, const char *home, uint32_t addr)
{
	for (unsigned i = 0; i < seen->n; i++)
		if (seen->addr[i] == addr)
			return;
	if (seen->n < DECLARED_MAX)
		seen->addr[seen->n++] = addr;
	fprintf(out, "    \"%s/" IP4_FMT "\" [label=\"" IP4_FMT "\"];\n", home, IP4_ARGS(addr),
		IP4_ARGS(addr));
}

static void edge(FILE *out, const char *home, uint32_t from, uint32_t to)
{
	fprintf(out, "    \"%s/" IP4_FMT "\" -> \"%s/" IP4_FMT "\"", home, IP4_ARGS(from), home,
		IP4_ARGS(to));
}

void report_dot(FILE *out, const struct report *r)
{
	GPtrArray *nodes = analysis_sorted_nodes(r->a);
	char home[46];

	fputs("digraph mipx {\n  rankdir=LR;\n  node [shape=box];\n", out);
	for (guint i = 0; i < nodes->len; i++) {
		const struct node *n = g_ptr_array_index(nodes, i);
		const struct chains *chains = chains_at(r->a, n, r->at);
		struct declared seen = { 0 };
		bool any = chains->len > 0;

		for (guint k = 0; k < NODE_NTUN(n) && !any; k++)
			any = tunnel_active(NODE_TUN(n, k), r->at);
		if (!any) {
			continue;
		}
		mipx_addr_str(&n->home, home);
		fprintf(out, "  subgraph \"cluster_%s\" {\n    label=\"%s\";\n", home, home);
		for (guint c = 0; c < chains->len; c++) {
			const struct chain *ch = &chains->chain[c];
			for (guint k = 0; k < ch->len; k++) {
				const struct registration *reg = ch->links[k];
				agent(out, &seen, home, reg->child_coa);
				agent(out, &seen, home, reg->parent_coa);
				edge(out, home, reg->child_coa, reg->parent_coa);
				fprintf(out, " [label=\"%s via " IP4_FMT "\"%s];\n",
					reg_role_name(ch->roles[k]), IP4_ARGS(reg->registrar),
					ch->complete ? "" : ", color=red");
			}
		}
		for (guint k = 0; k < NODE_NTUN(n); k++) {
			const struct tunnel *t = NODE_TUN(n, k);
			if (!tunnel_active(t, r->at))
				continue;
			agent(out, &seen, home, t->from);
			agent(out, &seen, home, t->to);
			edge(out, home, t->from, t->to);
			fprintf(out, " [style=dashed, label=\"%s tunnel\"];\n",
				reg_role_name(tunnel_kind(r->a, n, t, r->at)));
		}
		fputs("  }\n", out);
	}
	fputs("}\n", out);
	g_ptr_array_unref(nodes);
}
