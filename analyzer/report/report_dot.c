/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Graphviz view of the state at the time asked: one cluster per mobile
 * node with the agents its state names, each drawn by its role
 * (node_roles.h), and its records as edges: registrations (child care-of
 * -> parent care-of, solid, the registrar dotted to the agent it gave),
 * enabled tunnels (care-of agent -> next hop, dashed) and bindings (home
 * address -> receiver, bold, one per care-of address).  A record a finding
 * names a frame of is drawn in the finding's severity colour with its ID;
 * the node's other findings mark the mobile node.  Findings about no node
 * sit in a cluster of their own; a legend explains shapes and colours.
 *
 * Graph node names are "HOME" for a mobile node and "HOME/ADDR" for an
 * agent of its state ("HOME/none" for a missing parent care-of address),
 * so each agent is declared once per mobile node.
 */
#include <stdio.h>
#include <string.h>

#include "finding_index.h"
#include "node_roles.h"
#include "report.h"

/* A DOT string's body: quote and backslash escaped, new lines as \n. */
static void dot_escaped(GString *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			g_string_append_c(out, '\\');
		if (*s == '\n') {
			g_string_append(out, "\\n");
			continue;
		}
		g_string_append_c(out, *s);
	}
}

/* "HOME/ADDR", or "HOME/none" for the zero address */
static void agent_id(char out[96], const char *home, const struct mipx_addr *addr)
{
	char text[46];

	snprintf(out, 96, "%s/%s", home, addr->family ? mipx_addr_str(addr, text) : "none");
}

static void agent_id4(char out[96], const char *home, uint32_t addr)
{
	struct mipx_addr a = mipx_addr_v4(addr);

	if (!addr)
		memset(&a, 0, sizeof a);
	agent_id(out, home, &a);
}

/* The marks' IDs on a line of the label, and the colour attributes. */
static void marks_label(GString *label, const struct marks *m)
{
	for (unsigned i = 0; i < m->n; i++)
		g_string_append_printf(label, "%s%s", i ? ", " : "\n",
				       mipx_check_info(m->id[i])->name);
}

static void marks_attrs(FILE *out, const struct marks *m)
{
	const char *c;

	if (m->severity < 0)
		return;
	c = severity_colour(m->severity);
	fprintf(out, ", color=\"%s\", fontcolor=\"%s\", penwidth=2", c, c);
}

/* An edge labelled `label` and the marks' IDs (appended to `label`). */
static void emit_edge(FILE *out, GString *tmp, const char *from, const char *to,
		      GString *label, const char *style, const struct marks *m)
{
	marks_label(label, m);
	g_string_truncate(tmp, 0);
	dot_escaped(tmp, label->str);
	fprintf(out, "    \"%s\" -> \"%s\" [label=\"%s\", style=%s", from, to, tmp->str, style);
	marks_attrs(out, m);
	fputs("];\n", out);
}

static void lifetime_text(GString *s, unsigned granted, const char *asked)
{
	if (granted == 0xffff)
		g_string_append(s, "lifetime infinite");
	else
		g_string_append_printf(s, "lifetime %u", granted);
	if (asked)
		g_string_append_printf(s, "/%s", asked);
	g_string_append(s, " s");
}

struct node_draw {
	FILE *out;
	const struct report *r;
	const struct finding_index *ix;
	const GArray *findings; /* this node's (finding_index_of) */
	bool *used;             /* [findings->len]: named by one of its records */
	char home[46];
	GString *label, *tmp;
};

static void record_marks(struct node_draw *d, struct marks *m, const struct frame_few *few)
{
	struct frame_list frames = { 0 };

	marks_clear(m);
	frame_list_of_few(&frames, few);
	marks_for_frames(m, d->ix, d->findings, d->used, &frames);
}

static void draw_registrations(struct node_draw *d, const struct node *n)
{
	const struct chains *chains = chains_at(d->r->a, n, d->r->at);
	char from[96], to[96], by[96], expires[40], asked[16], addr[16];

	for (guint c = 0; c < chains->len; c++) {
		const struct chain *ch = &chains->chain[c];

		for (guint k = 0; k < ch->len; k++) {
			const struct registration *reg = ch->links[k];
			struct marks m;

			record_marks(d, &m, &reg->frames);
			agent_id4(from, d->home, reg->child_coa);
			agent_id4(to, d->home, reg->parent_coa);
			report_time(reg->expires_at, expires);
			if (reg->requested == 0xffff)
				strcpy(asked, "infinite");
			else
				snprintf(asked, sizeof asked, "%u", reg->requested);
			g_string_printf(d->label, "%s registration%s\n", reg_role_name(ch->roles[k]),
					ch->complete ? "" : " (incomplete chain)");
			lifetime_text(d->label, reg->granted, asked);
			g_string_append_printf(d->label, "\nexpires %s\nregistrar %s", expires,
					       mipx_ipv4_str(reg->registrar, addr));
			emit_edge(d->out, d->tmp, from, to, d->label, "solid", &m);
			if (registration_registrar_role(reg)) {
				marks_clear(&m);
				agent_id4(by, d->home, reg->registrar);
				g_string_printf(d->label, "registrar of the %s registration",
						reg_role_name(ch->roles[k]));
				emit_edge(d->out, d->tmp, by, to, d->label, "dotted", &m);
			}
		}
	}
}

static void draw_tunnels(struct node_draw *d, const struct node *n)
{
	char from[96], to[96], expires[40];

	for (guint k = 0; k < NODE_NTUN(n); k++) {
		const struct tunnel *t = NODE_TUN(n, k);
		struct marks m;

		if (!tunnel_active(t, d->r->at))
			continue;
		record_marks(d, &m, &t->frames);
		agent_id4(from, d->home, t->from);
		agent_id4(to, d->home, t->to);
		report_time(t->expires_at, expires);
		g_string_printf(d->label, "%s tunnel\n",
				reg_role_name(tunnel_kind(d->r->a, n, t, d->r->at)));
		lifetime_text(d->label, t->granted, NULL);
		g_string_append_printf(d->label, "\nexpires %s", expires);
		emit_edge(d->out, d->tmp, from, to, d->label, "dashed", &m);
	}
}

static void draw_bindings(struct node_draw *d, const struct node *n)
{
	char to[96], coa[46], expires[40];

	for (guint k = 0; k < NODE_NBIND(n); k++) {
		const struct binding *b = NODE_BIND(n, k);
		struct mipx_addr c = mipx_addr_v6(b->coa);
		struct marks m;

		if (!binding_active(b, d->r->at))
			continue;
		record_marks(d, &m, &b->frames);
		agent_id(to, d->home, receiver_addr(d->r->a, b->receiver));
		report_time(b->expires_at, expires);
		g_string_printf(d->label, "%s binding, coa %s\n", binding_kind_name(b),
				mipx_addr_str(&c, coa));
		if (b->key_kind == BKEY_BID)
			g_string_append_printf(d->label, "bid %u bid-pri %u", b->key, b->priority);
		else if (b->key_kind == BKEY_IFID)
			g_string_append_printf(d->label, "ifid %u ifpri %u", b->key, b->priority);
		else
			g_string_append_printf(d->label, "ifpri %u", b->priority);
		if (binding_primary(d->r, n, b))
			g_string_append(d->label, " primary");
		g_string_append_printf(d->label, ", sequence %u\nlifetime %u s, expires %s",
				       b->sequence, b->lifetime, expires);
		emit_edge(d->out, d->tmp, d->home, to, d->label, "bold", &m);
	}
}

static void draw_agents(struct node_draw *d, const GArray *agents)
{
	char id[96], text[46];

	for (guint i = 0; i < agents->len; i++) {
		const struct agent *a = &g_array_index(agents, struct agent, i);
		const struct agent_role_info *main = agent_role_main(a->roles);

		agent_id(id, d->home, &a->addr);
		g_string_printf(d->label, "%s\n",
				a->addr.family ? mipx_addr_str(&a->addr, text) : "(none)");
		agent_role_names(a->roles, d->label);
		g_string_truncate(d->tmp, 0);
		dot_escaped(d->tmp, d->label->str);
		fprintf(d->out, "    \"%s\" [label=\"%s\", shape=%s, style=filled, fillcolor=\"%s\"];\n",
			id, d->tmp->str, main->shape, main->fill);
		/* the mobile node is at its foreign agent */
		if (a->roles & AGENT_FOREIGN)
			fprintf(d->out, "    \"%s\" -> \"%s\" [label=\"at\", style=dotted, arrowhead=none];\n",
				d->home, id);
	}
}

/* The mobile node, with the findings none of its records showed. */
static void draw_mobile_node(struct node_draw *d)
{
	struct marks m;

	marks_clear(&m);
	for (guint k = 0; d->findings && k < d->findings->len; k++)
		if (!d->used[k])
			marks_add(&m, &d->ix->all[g_array_index(d->findings, unsigned, k)]);
	g_string_printf(d->label, "%s\nmobile node", d->home);
	marks_label(d->label, &m);
	g_string_truncate(d->tmp, 0);
	dot_escaped(d->tmp, d->label->str);
	fprintf(d->out, "    \"%s\" [label=\"%s\", shape=ellipse, style=filled, fillcolor=\"#dbe9f6\"",
		d->home, d->tmp->str);
	marks_attrs(d->out, &m);
	fputs("];\n", d->out);
}

static void draw_node(struct node_draw *d, const struct node *n, GArray *agents)
{
	const struct chains *chains;
	bool incomplete = false;
	guint count;

	mipx_addr_str(&n->home, d->home);
	d->findings = finding_index_of(d->ix, &n->home);
	count = d->findings ? d->findings->len : 0;
	d->used = g_new0(bool, count + 1);
	chains = chains_at(d->r->a, n, d->r->at);
	for (guint c = 0; c < chains->len; c++)
		incomplete |= !chains->chain[c].complete;
	fprintf(d->out, "  subgraph \"cluster_%s\" {\n    label=\"mobile node %s%s\";\n", d->home,
		d->home, incomplete ? " (incomplete chain)" : "");
	node_agents(d->r, n, agents);
	draw_agents(d, agents);
	draw_registrations(d, n);
	draw_tunnels(d, n);
	draw_bindings(d, n);
	draw_mobile_node(d);
	fputs("  }\n", d->out);
	g_free(d->used);
	d->used = NULL;
}

static void draw_legend(FILE *out)
{
	static const struct {
		const char *label, *style;
	} edges[] = {
		{ "registration", "solid" },
		{ "tunnel", "dashed" },
		{ "binding", "bold" },
		{ "registrar, attached", "dotted" },
	};

	fputs("  subgraph cluster_legend {\n    label=\"legend\";\n"
	      "    \"legend/mn\" [label=\"mobile node\", shape=ellipse, style=filled, "
	      "fillcolor=\"#dbe9f6\"];\n",
	      out);
	for (unsigned i = 0; i < AGENT_ROLES; i++) {
		const struct agent_role_info *role = agent_role_info(i);

		if (role->bit == AGENT_NO_PARENT)
			continue;
		fprintf(out, "    \"legend/%u\" [label=\"%s\", shape=%s, style=filled, fillcolor=\"%s\"];\n",
			i, role->name, role->shape, role->fill);
	}
	for (unsigned i = 0; i < G_N_ELEMENTS(edges); i++)
		fprintf(out, "    \"legend/e%ua\" [label=\"\", shape=point];\n"
			     "    \"legend/e%ub\" [label=\"\", shape=point];\n"
			     "    \"legend/e%ua\" -> \"legend/e%ub\" [label=\"%s\", style=%s];\n",
			i, i, i, i, edges[i].label, edges[i].style);
	/* the shapes in one row: rankdir=LR ranks a chain of edges left to right */
	fputs("    \"legend/mn\"", out);
	for (unsigned i = 0; i < AGENT_ROLES; i++)
		if (agent_role_info(i)->bit != AGENT_NO_PARENT)
			fprintf(out, " -> \"legend/%u\"", i);
	fputs(" [style=invis];\n    \"legend/severity\" [shape=plaintext, label=<findings:", out);
	for (int s = MIPX_SEV_ERROR; s >= MIPX_SEV_INFO; s--)
		fprintf(out, " <font color=\"%s\">%s CHECK-ID</font>", severity_colour(s),
			mipx_severity_name((enum mipx_severity)s));
	fputs(">];\n", out);
	fputs("  }\n", out);
}

/* Findings about no one node (a malformed frame, a cut capture). */
static void draw_capture_findings(FILE *out, const struct report *r, const struct finding_index *ix,
				  GString *label, GString *tmp)
{
	bool any = false;

	for (unsigned i = 0; i < ix->count; i++) {
		const struct finding *f = &ix->all[i];
		const struct mipx_check_info *info = mipx_check_info(f->check);

		if (f->node.family)
			continue;
		if (!any)
			fputs("  subgraph cluster_capture {\n    label=\"findings about no one node\";\n",
			      out);
		any = true;
		g_string_printf(label, "%s\n%s", info->name, f->text);
		if (f->frames.count) {
			struct frame_ref ref = frame_slot_ref(f->frames.f[0]);
			unsigned file = ref.file < r->n_inputs ? ref.file : r->n_inputs - 1;

			g_string_append_printf(label, "\n%s: frame %u", r->inputs[file].name,
					       (unsigned)ref.frame);
		}
		g_string_truncate(tmp, 0);
		dot_escaped(tmp, label->str);
		fprintf(out, "    \"capture/%u\" [label=\"%s\", shape=note, color=\"%s\", fontcolor=\"%s\"];\n",
			i, tmp->str, severity_colour(info->severity), severity_colour(info->severity));
	}
	if (any)
		fputs("  }\n", out);
}

void report_dot(FILE *out, const struct report *r)
{
	GPtrArray *nodes = analysis_sorted_nodes(r->a);
	GArray *agents = g_array_new(FALSE, FALSE, sizeof(struct agent));
	struct finding_index ix;
	struct node_draw d = { .out = out, .r = r, .ix = &ix };

	finding_index_init(&ix, r->a);
	d.label = g_string_new(NULL);
	d.tmp = g_string_new(NULL);
	fputs("digraph mipx {\n  rankdir=LR;\n  node [shape=box, fontsize=10];\n"
	      "  edge [fontsize=9];\n",
	      out);
	draw_legend(out);
	for (guint i = 0; i < nodes->len; i++) {
		const struct node *n = g_ptr_array_index(nodes, i);

		if (report_node_selected(r, n))
			draw_node(&d, n, agents);
	}
	if (!r->only && r->n_inputs)
		draw_capture_findings(out, r, &ix, d.label, d.tmp);
	fputs("}\n", out);
	g_string_free(d.label, TRUE);
	g_string_free(d.tmp, TRUE);
	g_array_unref(agents);
	finding_index_free(&ix);
	g_ptr_array_unref(nodes);
}
