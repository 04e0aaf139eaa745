/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Graphviz view: per mobile node, its registrations (child care-of ->
 * parent care-of, solid) and its enabled tunnels (from -> to, dashed).
 */
#include <stdio.h>

#include "report.h"
#include "report_buf.h"

/* "HOME/a.b.c.d": a graph node's name, unique to one mobile node */
static void agent_name(struct rbuf *b, const char *home, size_t home_len, uint32_t addr)
{
	rb_putc(b, '"');
	rb_put(b, home, home_len);
	rb_putc(b, '/');
	rb_ipv4(b, addr);
	rb_putc(b, '"');
}

/* The agents already declared in one mobile node's cluster: a handful. */
#define DECLARED_MAX 64
struct declared {
	unsigned n;
	uint32_t addr[DECLARED_MAX];
};

/* A graph node per agent of one mobile node, labelled with its address,
 * declared once (past DECLARED_MAX again: harmless in dot, only longer). */
static void agent(struct rbuf *b, struct declared *seen, const char *home,
		  size_t home_len, uint32_t addr)
{
	for (unsigned i = 0; i < seen->n; i++)
		if (seen->addr[i] == addr)
			return;
	if (seen->n < DECLARED_MAX)
		seen->addr[seen->n++] = addr;
	rb_lit(b, "    ");
	agent_name(b, home, home_len, addr);
	rb_lit(b, " [label=\"");
	rb_ipv4(b, addr);
	rb_lit(b, "\"];\n");
}

static void edge(struct rbuf *b, const char *home, size_t home_len, uint32_t from,
		 uint32_t to)
{
	rb_lit(b, "    ");
	agent_name(b, home, home_len, from);
	rb_lit(b, " -> ");
	agent_name(b, home, home_len, to);
}

void report_dot(FILE *out, const struct report *r)
{
	static struct rbuf b; /* 64 KiB: not on the stack */
	GPtrArray *nodes = analysis_sorted_nodes(r->a);
	char home[FMT_IPV6_MAX + 1];

	rb_init(&b, out);
	rb_lit(&b, "digraph mipx {\n  rankdir=LR;\n  node [shape=box];\n");
	for (guint i = 0; i < nodes->len; i++) {
		const struct node *n = g_ptr_array_index(nodes, i);
		const struct chains *chains = chains_at(r->a, n, r->at);
		struct declared seen = { 0 };
		bool any = chains->len > 0;
		size_t hl;

		for (guint k = 0; k < NODE_NTUN(n) && !any; k++)
			any = tunnel_active(NODE_TUN(n, k), r->at);
		if (!any) {
			continue;
		}
		hl = fmt_addr(home, &n->home);
		rb_lit(&b, "  subgraph \"cluster_");
		rb_put(&b, home, hl);
		rb_lit(&b, "\" {\n    label=\"");
		rb_put(&b, home, hl);
		rb_lit(&b, "\";\n");
		for (guint c = 0; c < chains->len; c++) {
			const struct chain *ch = &chains->chain[c];
			for (guint k = 0; k < ch->len; k++) {
				const struct registration *reg = ch->links[k];
				agent(&b, &seen, home, hl, reg->child_coa);
				agent(&b, &seen, home, hl, reg->parent_coa);
				edge(&b, home, hl, reg->child_coa, reg->parent_coa);
				rb_lit(&b, " [label=\"");
				rb_puts(&b, reg_role_name(ch->roles[k]));
				rb_lit(&b, " via ");
				rb_ipv4(&b, reg->registrar);
				if (ch->complete)
					rb_lit(&b, "\"];\n");
				else
					rb_lit(&b, "\", color=red];\n");
			}
		}
		for (guint k = 0; k < NODE_NTUN(n); k++) {
			const struct tunnel *t = NODE_TUN(n, k);
			if (!tunnel_active(t, r->at))
				continue;
			agent(&b, &seen, home, hl, t->from);
			agent(&b, &seen, home, hl, t->to);
			edge(&b, home, hl, t->from, t->to);
			rb_lit(&b, " [style=dashed, label=\"");
			rb_puts(&b, reg_role_name(tunnel_kind(r->a, n, t, r->at)));
			rb_lit(&b, " tunnel\"];\n");
		}
		rb_lit(&b, "  }\n");
	}
	rb_lit(&b, "}\n");
	rb_flush(&b);
	g_ptr_array_unref(nodes);
}
