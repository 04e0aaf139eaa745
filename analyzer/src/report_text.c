/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The report for people: per mobile node its chains, tunnel path and
 * bindings, then its findings with the frames to look at.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "analyzer.h"

const char *report_frame_name(const struct report *r, struct frame_ref ref)
{
	static char buf[512];

	snprintf(buf, sizeof(buf), "%s:%u",
		 ref.file < r->n_inputs ? r->inputs[ref.file].name : "?",
		 (unsigned)ref.frame);
	return buf;
}

void report_time(cap_time t, char out[40])
{
	if (t == CAP_NONE) {
		snprintf(out, 40, "-");
	} else if (t == CAP_NEVER) {
		snprintf(out, 40, "never");
	} else {
		/* to the millisecond, half up, in integers: floor((t + 500) / 1000) */
		int64_t ms = t / 1000 + ((t % 1000 + 1000) % 1000 >= 500) - (t % 1000 < 0);
		int64_t sec = ms / 1000 - (ms % 1000 < 0);
		time_t secs = (time_t)sec;
		struct tm tm;
		char day[24];

		gmtime_r(&secs, &tm);
		strftime(day, sizeof(day), "%Y-%m-%d %H:%M:%S", &tm);
		snprintf(out, 40, "%s.%03d UTC", day, (int)(ms - sec * 1000));
	}
}

/* " [a.pcap: 4 9, b.pcap: 2]": each file named once, frames as Wireshark numbers them */
static void print_frames(FILE *out, const struct report *r, const struct frame_list *f)
{
	fputs(" [", out);
	for (unsigned i = 0; i < f->count; i++) {
		struct frame_ref ref = frame_slot_ref(f->f[i]);
		bool same = i && f->f[i].file == f->f[i - 1].file;

		if (same)
			fprintf(out, " %u", (unsigned)ref.frame);
		else
			fprintf(out, "%s%s: %u", i ? ", " : "",
				ref.file < r->n_inputs ? r->inputs[ref.file].name : "?",
				(unsigned)ref.frame);
	}
	if (f->dropped)
		fprintf(out, " +%u more", f->dropped);
	fputc(']', out);
}

static const char *lt(uint32_t l, char out[16])
{
	if (l == MIPX_LIFETIME_INFINITE)
		return "inf";
	snprintf(out, 16, "%u", (unsigned)l);
	return out;
}

static void print_chains(FILE *out, const struct report *r, const struct node *n)
{
	const GPtrArray *chains = chains_at(r->a, n, r->at);
	char a1[16], a2[16], a3[16], l1[16], l2[16], tm[40];

	for (guint i = 0; i < chains->len; i++) {
		const struct chain *c = g_ptr_array_index(chains, i);

		fprintf(out, "  chain (%s):\n", c->complete ? "complete" : "incomplete");
		for (guint k = 0; k < c->links->len; k++) {
			const struct registration *reg = g_ptr_array_index(c->links, k);

			report_time(reg->expires_at, tm);
			fprintf(out, "    %-7s %s -> %s via registrar %s, lifetime %s/%s s, expires %s",
				reg_role_name(c->roles[k]),
				mipx_ipv4_str(reg->child_coa, a1),
				reg->parent_coa ? mipx_ipv4_str(reg->parent_coa, a2) : "(none)",
				mipx_ipv4_str(reg->registrar, a3), lt(reg->granted, l1),
				lt(reg->requested, l2), tm);
			print_frames(out, r, frame_list_of_few(&(struct frame_list){ 0 }, &reg->frames));
			fputc('\n', out);
		}
	}
}

static void print_tunnels(FILE *out, const struct report *r, const struct node *n)
{
	char a1[16], a2[16], l1[16], tm[40];
	bool any = false;

	for (guint i = 0; i < NODE_NTUN(n); i++) {
		const struct tunnel *t = NODE_TUN(n, i);

		if (!tunnel_active(t, r->at))
			continue;
		if (!any)
			fputs("  tunnels:\n", out);
		any = true;
		report_time(t->expires_at, tm);
		fprintf(out, "    %-7s %s -> %s, lifetime %s s, expires %s",
			reg_role_name(tunnel_kind(r->a, n, t, r->at)),
			mipx_ipv4_str(t->from, a1), mipx_ipv4_str(t->to, a2),
			lt(t->granted, l1), tm);
		print_frames(out, r, frame_list_of_few(&(struct frame_list){ 0 }, &t->frames));
		fputc('\n', out);
	}
}

static void print_bindings(FILE *out, const struct report *r, const struct node *n)
{
	char rcv[46], coa[46], tm[40];
	bool any = false;

	for (guint i = 0; i < NODE_NBIND(n); i++) {
		const struct binding *b = NODE_BIND(n, i);

		if (!binding_active(b, r->at))
			continue;
		if (!any)
			fputs("  bindings:\n", out);
		any = true;
		report_time(b->expires_at, tm);
		fprintf(out, "    at %s", mipx_addr_str(&b->receiver, rcv));
		if (b->key_kind == BKEY_IFID)
			fprintf(out, " ifid %u ifpri %u", b->key, b->priority);
		else if (b->key_kind == BKEY_BID)
			fprintf(out, " bid %u bid-pri %u", b->key, b->priority);
		fprintf(out, ": coa %s, sequence %u, lifetime %u s, expires %s",
			mipx_ipv6_str(b->coa, coa), b->sequence, (unsigned)b->lifetime, tm);
		print_frames(out, r, frame_list_of_few(&(struct frame_list){ 0 }, &b->frames));
		fputc('\n', out);
	}
}

static void print_finding(FILE *out, const struct report *r, const struct finding *f)
{
	const struct mipx_check_info *info = mipx_check_info(f->check);

	fprintf(out, "    %-7s %s: %s", mipx_severity_name(info->severity), info->name,
		f->text);
	print_frames(out, r, &f->frames);
	fputc('\n', out);
}

static void print_findings(FILE *out, const struct report *r, GPtrArray *list)
{
	if (!list)
		return;
	fputs("  findings:\n", out);
	for (guint i = 0; i < list->len; i++)
		print_finding(out, r, g_ptr_array_index(list, i));
}

static void free_list(gpointer p)
{
	g_ptr_array_free(p, TRUE);
}

/* Findings by node, in report order: one pass, not one per node. */
static GHashTable *findings_by_node(const struct report *r)
{
	GHashTable *by = g_hash_table_new_full(addr_hash, addr_equal, NULL, free_list);

	for (guint i = 0; i < r->a->findings->len; i++) {
		struct finding *f = &g_array_index(r->a->findings, struct finding, i);
		GPtrArray *list = g_hash_table_lookup(by, &f->node);

		if (!list) {
			list = g_ptr_array_new();
			g_hash_table_insert(by, &f->node, list);
		}
		g_ptr_array_add(list, f);
	}
	return by;
}

void report_text(FILE *out, const struct report *r)
{
	GPtrArray *nodes = analysis_sorted_nodes(r->a);
	GHashTable *by_node = findings_by_node(r);
	struct mipx_addr none;
	GPtrArray *others;
	char tm[40], home[46];

	report_time(r->at, tm);
	fprintf(out, "mipx report, state at %s\n", tm);
	for (unsigned i = 0; i < r->n_inputs; i++)
		fprintf(out, "  input %s: %llu packets, %llu messages\n", r->inputs[i].name,
			(unsigned long long)r->inputs[i].packets,
			(unsigned long long)r->inputs[i].messages);
	for (guint i = 0; i < nodes->len; i++) {
		const struct node *n = g_ptr_array_index(nodes, i);

		fprintf(out, "\nnode %s\n", mipx_addr_str(&n->home, home));
		print_chains(out, r, n);
		print_tunnels(out, r, n);
		print_bindings(out, r, n);
		print_findings(out, r, g_hash_table_lookup(by_node, &n->home));
	}
	memset(&none, 0, sizeof(none));
	others = g_hash_table_lookup(by_node, &none);
	if (others) {
		fputs("\nnot about one node\n", out);
		print_findings(out, r, others);
	}
	if (r->a->suppressed_total) {
		fprintf(out, "\nsuppressed (only the first %u findings of a check are listed)\n",
			FINDINGS_KEPT);
		for (unsigned c = 0; c < MIPX_CHECK_COUNT; c++)
			if (r->a->suppressed[c])
				fprintf(out, "  %s: %llu more\n", mipx_check_info(c)->name,
					(unsigned long long)r->a->suppressed[c]);
	}
	g_hash_table_destroy(by_node);
	g_ptr_array_free(nodes, TRUE);
}
