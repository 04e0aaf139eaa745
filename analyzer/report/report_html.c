/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The HTML report: one self-contained page (no network, no external
 * script or font) with the summary, per node a timeline and a graph of its
 * state, and the findings table.  The summary and the findings table are
 * HTML; the nodes are data the page's script draws (html/page.js), a page
 * of them at a time.
 *
 * Everything is written as it is read, node by node, so memory does not
 * grow with the report.  The nodes are written in blocks of NODE_CHUNK, each
 * a JSON array in a <script type="application/json"> the page parses only
 * when it shows one of its nodes: a million nodes are never parsed at
 * once.  Nodes with a finding come first, then the rest, each in the
 * reports' order (analysis_sorted_nodes).
 *
 * Times in the data are milliseconds from the first frame of the input
 * (frame_clock.h), null for never; frames are [file, frame, ms or null].
 */
#include <stdio.h>
#include <string.h>

#include "finding_index.h"
#include "frame_clock.h"
#include "node_roles.h"
#include "report.h"

#define NODE_CHUNK 500
/* The most nodes without a finding the page holds: at some 600 octets a
 * node, a million live nodes make a 600 MB page that Chromium does not
 * open, while 100,000 (60 MB) open in a few seconds.  Nodes with a finding
 * are all there (the model lists at most FINDINGS_KEPT findings a check);
 * the summary says how many others were left out. */
#define QUIET_NODES_MAX 100000u

/* The page's style sheet and script (html/page.css, html/page.js),
 * embedded at build time (html_assets.c). */
extern const char html_css[];
extern const char html_js[];

/* Text in HTML: the five characters that could open markup or close an
 * attribute. */
static void html_text(FILE *out, const char *s)
{
	for (; *s; s++) {
		switch (*s) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		case '\'': fputs("&#39;", out); break;
		default: putc(*s, out);
		}
	}
}

/* A JSON string inside <script>: "<", ">" and "&" escaped too, so that no
 * text can close the element. */
static void json_str(FILE *out, const char *s)
{
	putc('"', out);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		if (c == '"' || c == '\\')
			fprintf(out, "\\%c", c);
		else if (c < 0x20 || c == '<' || c == '>' || c == '&')
			fprintf(out, "\\u%04x", c);
		else
			putc(c, out);
	}
	putc('"', out);
}

static void json_addr(FILE *out, const struct mipx_addr *a)
{
	char text[46];

	if (!a->family)
		fputs("null", out);
	else
		fprintf(out, "\"%s\"", mipx_addr_str(a, text));
}

static void json_ip4(FILE *out, uint32_t addr)
{
	if (addr)
		fprintf(out, "\"" IP4_FMT "\"", IP4_ARGS(addr));
	else
		fputs("null", out);
}

struct html {
	FILE *out;
	const struct report *r;
	struct finding_index ix;
	cap_time origin;
	/* the node being written: its findings, and which a record named */
	const GArray *findings;
	bool *used;
};

static void json_time(struct html *h, cap_time t)
{
	if (t == CAP_NEVER || t == CAP_NONE)
		fputs("null", h->out);
	else
		fprintf(h->out, "%lld", (long long)((t - h->origin) / 1000));
}

static void json_frames(struct html *h, const struct frame_list *f)
{
	putc('[', h->out);
	for (unsigned i = 0; i < f->count; i++) {
		struct frame_ref ref = frame_slot_ref(f->f[i]);
		int64_t ms;

		fprintf(h->out, "%s[%u,%u,", i ? "," : "", (unsigned)ref.file, (unsigned)ref.frame);
		if (frame_clock_ms(h->r->clock, ref, &ms))
			fprintf(h->out, "%lld]", (long long)ms);
		else
			fputs("null]", h->out);
	}
	putc(']', h->out);
}

/* "fr": the record's frames, "m": the node's findings that name one */
static void json_record_frames(struct html *h, const struct frame_few *few)
{
	struct frame_list frames = { 0 };
	const char *sep = "";

	frame_list_of_few(&frames, few);
	fputs(",\"fr\":", h->out);
	json_frames(h, &frames);
	fputs(",\"m\":[", h->out);
	for (guint k = 0; h->findings && k < h->findings->len; k++) {
		unsigned index = g_array_index(h->findings, unsigned, k);

		if (!frames_meet(&h->ix.all[index].frames, &frames))
			continue;
		h->used[k] = true;
		fprintf(h->out, "%s%u", sep, index);
		sep = ",";
	}
	fputs("]}", h->out);
}

static void node_registrations(struct html *h, const struct node *n)
{
	const struct chains *chains = chains_at(h->r->a, n, h->r->at);
	const char *sep = "";

	fputs(",\"r\":[", h->out);
	for (guint c = 0; c < chains->len; c++) {
		const struct chain *ch = &chains->chain[c];

		for (guint k = 0; k < ch->len; k++) {
			const struct registration *reg = ch->links[k];

			fprintf(h->out, "%s{\"role\":\"%s\",\"chain\":%u,\"complete\":%s,\"reg\":", sep,
				reg_role_name(ch->roles[k]), c, ch->complete ? "true" : "false");
			json_ip4(h->out, reg->registrar);
			fputs(",\"from\":", h->out);
			json_ip4(h->out, reg->child_coa);
			fputs(",\"to\":", h->out);
			json_ip4(h->out, reg->parent_coa);
			fprintf(h->out, ",\"server\":%s,\"req\":%u,\"gr\":%u,\"t0\":",
				registration_registrar_role(reg) ? "true" : "false", reg->requested,
				reg->granted);
			json_time(h, reg->accepted_at);
			fputs(",\"t1\":", h->out);
			json_time(h, reg->expires_at);
			json_record_frames(h, &reg->frames);
			sep = ",";
		}
	}
	putc(']', h->out);
}

static void node_tunnels(struct html *h, const struct node *n)
{
	const char *sep = "";

	fputs(",\"t\":[", h->out);
	for (guint k = 0; k < NODE_NTUN(n); k++) {
		const struct tunnel *t = NODE_TUN(n, k);

		if (!tunnel_active(t, h->r->at))
			continue;
		fprintf(h->out, "%s{\"kind\":\"%s\",\"from\":", sep,
			reg_role_name(tunnel_kind(h->r->a, n, t, h->r->at)));
		json_ip4(h->out, t->from);
		fputs(",\"to\":", h->out);
		json_ip4(h->out, t->to);
		fprintf(h->out, ",\"gr\":%u,\"t0\":", t->granted);
		json_time(h, t->enabled_at);
		fputs(",\"t1\":", h->out);
		json_time(h, t->expires_at);
		json_record_frames(h, &t->frames);
		sep = ",";
	}
	putc(']', h->out);
}

static void node_bindings(struct html *h, const struct node *n)
{
	const char *sep = "";

	fputs(",\"b\":[", h->out);
	for (guint k = 0; k < NODE_NBIND(n); k++) {
		const struct binding *b = NODE_BIND(n, k);
		struct mipx_addr coa = mipx_addr_v6(b->coa);
		const char *key = b->key_kind == BKEY_BID ? "bid" : b->key_kind == BKEY_IFID ? "ifid" : NULL;

		if (!binding_active(b, h->r->at))
			continue;
		fprintf(h->out, "%s{\"kind\":\"%s\",\"at\":", sep, binding_kind_name(b));
		json_addr(h->out, receiver_addr(h->r->a, b->receiver));
		fputs(",\"coa\":", h->out);
		json_addr(h->out, &coa);
		if (key)
			fprintf(h->out, ",\"key\":\"%s\",\"id\":%u", key, b->key);
		else
			fputs(",\"key\":null,\"id\":null", h->out);
		fprintf(h->out, ",\"pri\":%u,\"primary\":%s,\"home\":%s,\"seq\":%u,\"lt\":%u,\"t0\":",
			b->priority, binding_primary(h->r, n, b) ? "true" : "false",
			b->home ? "true" : "false", b->sequence, b->lifetime);
		json_time(h, b->expires_at == CAP_NEVER ? CAP_NEVER
				: b->expires_at - (cap_time)b->lifetime * CAP_SEC);
		fputs(",\"t1\":", h->out);
		json_time(h, b->expires_at);
		json_record_frames(h, &b->frames);
		sep = ",";
	}
	putc(']', h->out);
}

static void node_agents_json(struct html *h, const struct node *n, GArray *agents, GString *roles)
{
	fputs(",\"a\":[", h->out);
	node_agents(h->r, n, agents);
	for (guint i = 0; i < agents->len; i++) {
		const struct agent *a = &g_array_index(agents, struct agent, i);

		g_string_truncate(roles, 0);
		agent_role_names(a->roles, roles);
		fputs(i ? ",[" : "[", h->out);
		json_addr(h->out, &a->addr);
		fprintf(h->out, ",\"%s\",", agent_role_main(a->roles)->shape);
		json_str(h->out, roles->str);
		putc(']', h->out);
	}
	putc(']', h->out);
}

static void node_json(struct html *h, const struct node *n, GArray *agents, GString *roles)
{
	guint count;

	h->findings = finding_index_of(&h->ix, &n->home);
	count = h->findings ? h->findings->len : 0;
	h->used = g_new0(bool, count + 1);
	fputs("{\"h\":", h->out);
	json_addr(h->out, &n->home);
	fputs(",\"f\":[", h->out);
	for (guint k = 0; k < count; k++)
		fprintf(h->out, "%s%u", k ? "," : "", g_array_index(h->findings, unsigned, k));
	putc(']', h->out);
	node_agents_json(h, n, agents, roles);
	node_registrations(h, n);
	node_tunnels(h, n);
	node_bindings(h, n);
	/* the findings no record showed: they mark the node */
	fputs(",\"u\":[", h->out);
	for (guint k = 0, w = 0; k < count; k++)
		if (!h->used[k])
			fprintf(h->out, "%s%u", w++ ? "," : "", g_array_index(h->findings, unsigned, k));
	fputs("]}", h->out);
	g_free(h->used);
	h->used = NULL;
}

/* The nodes in blocks of NODE_CHUNK: those with a finding first. */
static unsigned write_nodes(struct html *h, GPtrArray *nodes)
{
	GArray *agents = g_array_new(FALSE, FALSE, sizeof(struct agent));
	GString *roles = g_string_new(NULL);
	unsigned written = 0, quiet = 0;

	for (int with_findings = 1; with_findings >= 0; with_findings--) {
		for (guint i = 0; i < nodes->len; i++) {
			const struct node *n = g_ptr_array_index(nodes, i);
			bool has = finding_index_of(&h->ix, &n->home) != NULL;

			if (has != (bool)with_findings || !report_node_selected(h->r, n))
				continue;
			if (!has && quiet++ >= QUIET_NODES_MAX)
				break;
			if (written % NODE_CHUNK == 0)
				fprintf(h->out, "%s<script type=\"application/json\" class=\"mipx-nodes\">[\n",
					written ? "]</script>\n" : "");
			else
				fputs(",\n", h->out);
			node_json(h, n, agents, roles);
			written++;
		}
	}
	if (written)
		fputs("]</script>\n", h->out);
	g_string_free(roles, TRUE);
	g_array_unref(agents);
	return written;
}

static void file_frame_text(FILE *out, const struct report *r, struct frame_ref ref)
{
	unsigned file = ref.file < r->n_inputs ? ref.file : r->n_inputs - 1;

	html_text(out, r->n_inputs ? r->inputs[file].name : "?");
	fprintf(out, ":%u", (unsigned)ref.frame);
}

static void write_summary(struct html *h, unsigned listed, unsigned shown)
{
	FILE *out = h->out;
	const struct report *r = h->r;
	struct analysis_totals totals;
	char at[40], why[160];
	struct frame_ref ref;
	const char *reading = report_rbit(r, why, sizeof why, &ref);
	bool any = false;

	analysis_totals(r->a, &totals);
	report_time(r->at, at);
	fputs("<section id=\"summary\"><h2>Summary</h2>\n<p>State at <b>", out);
	html_text(out, at);
	fputs("</b>.</p>\n<table class=\"inputs\"><thead><tr><th>input</th><th>packets</th>"
	      "<th>messages</th></tr></thead><tbody>\n",
	      out);
	for (unsigned i = 0; i < r->n_inputs; i++) {
		fputs("<tr><td>", out);
		html_text(out, r->inputs[i].name);
		fprintf(out, "</td><td>%llu</td><td>%llu</td></tr>\n",
			(unsigned long long)r->inputs[i].packets,
			(unsigned long long)r->inputs[i].messages);
	}
	fprintf(out, "</tbody></table>\n<p>Request flag 0x02 read as %s (--rbit=%s): ", reading,
		rbit_mode_name(analysis_options(r->a)->rbit));
	html_text(out, why);
	if (ref.frame) {
		fputs(" at ", out);
		file_frame_text(out, r, ref);
	}
	fprintf(out, ".</p>\n<p id=\"counts\"><span id=\"count-nodes\">%u</span> node%s listed "
		     "(%llu seen): <span class=\"sev-error\">%u error%s</span>, "
		     "<span class=\"sev-warning\">%u warning%s</span>, "
		     "<span class=\"sev-info\">%u info</span>.</p>\n",
		listed, listed == 1 ? "" : "s", (unsigned long long)totals.nodes_seen,
		totals.severity_count[MIPX_SEV_ERROR], totals.severity_count[MIPX_SEV_ERROR] == 1 ? "" : "s",
		totals.severity_count[MIPX_SEV_WARNING],
		totals.severity_count[MIPX_SEV_WARNING] == 1 ? "" : "s",
		totals.severity_count[MIPX_SEV_INFO]);
	if (shown < listed)
		fprintf(out, "<p id=\"left-out\">This page holds the %u nodes with findings and the "
			     "first %u others; %u nodes without findings are left out (mipx --node "
			     "ADDR --html draws one, the JSON report lists all).</p>\n",
			shown - QUIET_NODES_MAX, QUIET_NODES_MAX, listed - shown);
	for (unsigned c = 0; c < MIPX_CHECK_COUNT; c++) {
		if (!totals.suppressed[c])
			continue;
		fprintf(out, "%s%s %llu", any ? ", " : "<p>Findings counted, not listed: ",
			mipx_check_info(c)->name, (unsigned long long)totals.suppressed[c]);
		any = true;
	}
	if (any)
		fputs(".</p>\n", out);
	fputs("</section>\n", out);
}

static void write_findings_table(struct html *h)
{
	FILE *out = h->out;

	fputs("<section id=\"findings\"><h2>Findings</h2>\n<table id=\"finding-table\"><thead><tr>"
	      "<th>severity</th><th>check</th><th>node</th><th>what</th><th>frames</th></tr>"
	      "</thead><tbody>\n",
	      out);
	for (unsigned i = 0; i < h->ix.count; i++) {
		const struct finding *f = &h->ix.all[i];
		const struct mipx_check_info *info = mipx_check_info(f->check);
		const char *sev = mipx_severity_name(info->severity);
		char node[46];

		if (h->r->only && !addr_equal(h->r->only, &f->node))
			continue;
		if (f->node.family)
			mipx_addr_str(&f->node, node);
		else
			strcpy(node, "");
		fprintf(out, "<tr class=\"finding sev-%s\" id=\"finding-%u\" data-check=\"%s\" "
			     "data-node=\"%s\"><td>%s</td><td>%s</td><td>",
			sev, i, info->name, node, sev, info->name);
		if (f->node.family)
			fprintf(out, "<a href=\"#\" data-goto=\"%s\">%s</a>", node, node);
		else
			fputs("-", out);
		fputs("</td><td>", out);
		html_text(out, f->text);
		fputs("</td><td>", out);
		/* "a.pcap: 2 3 6, b.pcap: 4", as the text report writes them */
		for (unsigned k = 0; k < f->frames.count; k++) {
			struct frame_ref ref = frame_slot_ref(f->frames.f[k]);

			if (k && frame_slot_ref(f->frames.f[k - 1]).file == ref.file) {
				fprintf(out, " %u", (unsigned)ref.frame);
				continue;
			}
			fputs(k ? ", " : "", out);
			html_text(out, h->r->n_inputs ? h->r->inputs[ref.file < h->r->n_inputs
								    ? ref.file : h->r->n_inputs - 1].name
						     : "?");
			fprintf(out, ": %u", (unsigned)ref.frame);
		}
		if (f->frames.dropped)
			fprintf(out, " +%u more", f->frames.dropped);
		fputs("</td></tr>\n", out);
	}
	fputs("</tbody></table>\n</section>\n", out);
}

/* What the script needs besides the nodes: times, files, findings. */
static void write_data(struct html *h, unsigned shown)
{
	FILE *out = h->out;

	fprintf(out, "<script type=\"application/json\" id=\"mipx-data\">{\"origin\":%lld,\"end\":",
		(long long)(h->origin / 1000));
	json_time(h, h->r->at);
	fprintf(out, ",\"nodes\":%u,\"chunk\":%u,\"files\":[", shown, NODE_CHUNK);
	for (unsigned i = 0; i < h->r->n_inputs; i++) {
		fputs(i ? "," : "", out);
		json_str(out, h->r->inputs[i].name);
	}
	fputs("],\"findings\":[\n", out);
	for (unsigned i = 0; i < h->ix.count; i++) {
		const struct finding *f = &h->ix.all[i];
		const struct mipx_check_info *info = mipx_check_info(f->check);

		fprintf(out, "%s[\"%s\",\"%s\",", i ? ",\n" : "", info->name,
			mipx_severity_name(info->severity));
		json_addr(out, &f->node);
		putc(',', out);
		json_str(out, f->text);
		putc(',', out);
		json_frames(h, &f->frames);
		putc(']', out);
	}
	fputs("]}</script>\n", out);
}

/* The nodes listed, and how many of them the page holds (all with a
 * finding, QUIET_NODES_MAX of the others). */
static unsigned count_listed(const struct report *r, const struct finding_index *ix,
			     GPtrArray *nodes, unsigned *shown)
{
	unsigned n = 0, quiet = 0;

	for (guint i = 0; i < nodes->len; i++) {
		const struct node *node = g_ptr_array_index(nodes, i);

		if (!report_node_selected(r, node))
			continue;
		n++;
		quiet += !finding_index_of(ix, &node->home);
	}
	*shown = n - (quiet > QUIET_NODES_MAX ? quiet - QUIET_NODES_MAX : 0);
	return n;
}

void report_html(FILE *out, const struct report *r)
{
	GPtrArray *nodes = analysis_sorted_nodes(r->a);
	struct html h = { .out = out, .r = r };
	unsigned listed, shown;

	finding_index_init(&h.ix, r->a);
	listed = count_listed(r, &h.ix, nodes, &shown);
	h.origin = r->clock && r->clock->origin != CAP_NONE ? r->clock->origin
		   : r->at != CAP_NONE			  ? r->at
							  : 0;
	fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
	      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
	      "<title>mipx report",
	      out);
	if (r->n_inputs) {
		fputs(": ", out);
		html_text(out, r->inputs[0].name);
		if (r->n_inputs > 1)
			fprintf(out, " and %u more", r->n_inputs - 1);
	}
	fputs("</title>\n<style>\n", out);
	fputs(html_css, out);
	fputs("</style></head><body>\n<h1>mipx report</h1>\n", out);
	write_summary(&h, listed, shown);
	fputs("<section id=\"nodes\"><h2>Nodes</h2>\n<div class=\"controls\">"
	      "<label>home address <input id=\"filter\" type=\"search\" placeholder=\"any\"></label> "
	      "<span id=\"pager\"></span></div>\n<div id=\"node-list\"></div>\n</section>\n",
	      out);
	write_findings_table(&h);
	write_data(&h, shown);
	write_nodes(&h, nodes);
	fputs("<script>\n", out);
	fputs(html_js, out);
	fputs("</script>\n</body></html>\n", out);
	finding_index_free(&h.ix);
	g_ptr_array_unref(nodes);
}
