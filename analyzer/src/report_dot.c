/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Graphviz view: per mobile node, its registrations (child care-of ->
 * parent care-of, solid) and its enabled tunnels (from -> to, dashed).
 */
#include <stdio.h>

#include "analyzer.h"

/* A graph node per agent of one mobile node, labelled with its address
 * (repeating a node statement is harmless in dot). */
static void agent(FILE *out, const char *home, uint32_t addr)
{
	char a[16];

	mipx_ipv4_str(addr, a);
	fprintf(out, "    \"%s/%s\" [label=\"%s\"];\n", home, a, a);
}

void report_dot(FILE *out, const struct report *r)
{
	GPtrArray *nodes = analysis_sorted_nodes(r->a);
	char a1[16], a2[16], a3[16], home[46];

	fputs("digraph mipx {\n  rankdir=LR;\n  node [shape=box];\n", out);
	for (guint i = 0; i < nodes->len; i++) {
		const struct node *n = g_ptr_array_index(nodes, i);
		const GPtrArray *chains = chains_at(r->a, n, r->at);
		bool any = chains->len > 0;

		for (guint k = 0; k < NODE_NTUN(n) && !any; k++)
			any = tunnel_active(NODE_TUN(n, k), r->at);
		if (!any) {
			continue;
		}
		mipx_addr_str(&n->home, home);
		fprintf(out, "  subgraph \"cluster_%s\" {\n    label=\"%s\";\n", home, home);
		for (guint c = 0; c < chains->len; c++) {
			const struct chain *ch = g_ptr_array_index(chains, c);
			for (guint k = 0; k < ch->links->len; k++) {
				const struct registration *reg = g_ptr_array_index(ch->links, k);
				agent(out, home, reg->child_coa);
				agent(out, home, reg->parent_coa);
				fprintf(out,
					"    \"%s/%s\" -> \"%s/%s\" [label=\"%s via %s\"%s];\n",
					home, mipx_ipv4_str(reg->child_coa, a1), home,
					mipx_ipv4_str(reg->parent_coa, a2),
					reg_role_name(ch->roles[k]),
					mipx_ipv4_str(reg->registrar, a3),
					ch->complete ? "" : ", color=red");
			}
		}
		for (guint k = 0; k < NODE_NTUN(n); k++) {
			const struct tunnel *t = NODE_TUN(n, k);
			if (!tunnel_active(t, r->at))
				continue;
			agent(out, home, t->from);
			agent(out, home, t->to);
			fprintf(out, "    \"%s/%s\" -> \"%s/%s\" [style=dashed, label=\"%s tunnel\"];\n",
				home, mipx_ipv4_str(t->from, a1), home,
				mipx_ipv4_str(t->to, a2),
				reg_role_name(tunnel_kind(r->a, n, t, r->at)));
		}
		fputs("  }\n", out);
	}
	fputs("}\n", out);
	g_ptr_array_free(nodes, TRUE);
}
