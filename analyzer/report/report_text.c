/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The report for people: per mobile node its chains, tunnel path and
 * bindings, then its findings with the frames to look at.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "report.h"

const char *report_rbit(const struct report *r, char *why, size_t n, struct frame_ref *ref)
{
	const struct analysis_options *opt = analysis_options(r->a);
	const struct dremip_shown *d = analysis_dremip(r->a);

	memset(ref, 0, sizeof(*ref));
	if (opt->rbit != RBIT_AUTO) {
		snprintf(why, n, "--rbit=%s", rbit_mode_name(opt->rbit));
		return opt->rbit == RBIT_R ? "R" : "T";
	}
	if (!d->shown) {
		snprintf(why, n, "no DREMIP extension, route message, registration-server "
				 "advertisement or server topology in the input");
		return "T";
	}
	if (d->topology) {
		snprintf(why, n, "the topology names registration servers");
		return "R";
	}
	*ref = d->ref;
	if (d->advert)
		snprintf(why, n, "agent advertisement with a Registration Server extension (81)");
	else if (d->msg_type)
		snprintf(why, n, "DREMIP %s", mipx_mip4_type_name(d->msg_type));
	else
		snprintf(why, n, "DREMIP extension %u (%s)", (unsigned)d->ext,
			 mipx_mip4_ext_name(d->ext));
	return "R";
}

/* receiver_addr(id) as text, formatted again only when it differs from
 * the last one's (id RECEIVER_NONE: none yet): bindings name the same few
 * home agents over and over, and inet_ntop is the dearest call of a line. */
struct receiver_name {
	uint32_t id;
	char text[46];
};

static const char *receiver_name(const struct report *r, struct receiver_name *last, uint32_t id)
{
	if (last->id != id || id == RECEIVER_NONE) {
		last->id = id;
		mipx_addr_str(receiver_addr(r->a, id), last->text);
	}
	return last->text;
}

void report_time(cap_time t, char out[40])
{
	int64_t ms, sec;
	time_t secs;
	struct tm tm;
	char day[24];

	if (t == CAP_NONE) {
		strcpy(out, "-");
		return;
	}
	if (t == CAP_NEVER) {
		strcpy(out, "never");
		return;
	}
	/* to the millisecond, half up, in integers: floor((t + 500) / 1000) */
	ms = t / 1000 + ((t % 1000 + 1000) % 1000 >= 500) - (t % 1000 < 0);
	sec = ms / 1000 - (ms % 1000 < 0);
	secs = (time_t)sec;
	if (!gmtime_r(&secs, &tm) || !strftime(day, sizeof(day), "%Y-%m-%d %H:%M:%S", &tm))
		strcpy(day, "?");
	snprintf(out, 40, "%s.%03d UTC", day, (int)(ms - sec * 1000));
}

/* " [a.pcap: 4 9, b.pcap: 2]": each file named once, frames as Wireshark numbers them */
static void print_frames(FILE *out, const struct report *r, const struct frame_list *f)
{
	fputs(" [", out);
	for (unsigned i = 0; i < f->count; i++) {
		struct frame_ref ref = frame_slot_ref(f->f[i]);

		if (!i || f->f[i].file != f->f[i - 1].file) {
			if (i)
				fputs(", ", out);
			fputs(ref.file < r->n_inputs ? r->inputs[ref.file].name : "?", out);
			putc(':', out);
		}
		fprintf(out, " %u", (unsigned)ref.frame);
	}
	if (f->dropped)
		fprintf(out, " +%u more", (unsigned)f->dropped);
	fputs("]\n", out);
}

/* a lifetime in seconds, "inf" for 0xffff */
static const char *lifetime_text(uint32_t l, char out[12])
{
	if (l == MIPX_LIFETIME_INFINITE)
		return "inf";
	snprintf(out, 12, "%u", (unsigned)l);
	return out;
}

static void print_chains(FILE *out, const struct report *r, const struct node *n)
{
	const struct chains *chains = chains_at(r->a, n, r->at);

	for (guint i = 0; i < chains->len; i++) {
		const struct chain *c = &chains->chain[i];

		fputs(c->complete ? "  chain (complete):\n" : "  chain (incomplete):\n", out);
		for (guint k = 0; k < c->len; k++) {
			const struct registration *reg = c->links[k];
			char parent[16], granted[12], requested[12], expires[40];

			report_time(reg->expires_at, expires);
			fprintf(out, "    %-7s " IP4_FMT " -> %s via registrar " IP4_FMT
				", lifetime %s/%s s, expires %s",
				reg_role_name(c->roles[k]), IP4_ARGS(reg->child_coa),
				reg->parent_coa ? mipx_ipv4_str(reg->parent_coa, parent) : "(none)",
				IP4_ARGS(reg->registrar), lifetime_text(reg->granted, granted),
				lifetime_text(reg->requested, requested), expires);
			print_frames(out, r, frame_list_of_few(&(struct frame_list){ 0 }, &reg->frames));
		}
	}
}

static void print_tunnels(FILE *out, const struct report *r, const struct node *n)
{
	bool any = false;

	for (guint i = 0; i < NODE_NTUN(n); i++) {
		const struct tunnel *t = NODE_TUN(n, i);
		char granted[12], expires[40];

		if (!tunnel_active(t, r->at))
			continue;
		if (!any)
			fputs("  tunnels:\n", out);
		any = true;
		report_time(t->expires_at, expires);
		fprintf(out, "    %-7s " IP4_FMT " -> " IP4_FMT ", lifetime %s s, expires %s",
			reg_role_name(tunnel_kind(r->a, n, t, r->at)), IP4_ARGS(t->from),
			IP4_ARGS(t->to), lifetime_text(t->granted, granted), expires);
		print_frames(out, r, frame_list_of_few(&(struct frame_list){ 0 }, &t->frames));
	}
}

static void print_prefix(FILE *out, const uint8_t prefix[16], unsigned len)
{
	char text[46];

	fprintf(out, "%s/%u", mipx_ipv6_str(prefix, text), len);
}

/* ", prefixes 2001:db8:a:1::/64 ..." (RFC 3963 6.2), "none" in implicit mode */
static void print_prefixes(FILE *out, const struct node *n, uint32_t receiver)
{
	const struct node6_extra *e = NODE6(n)->extra;
	bool any = false;

	fputs(", prefixes", out);
	for (guint i = 0; e && e->prefixes && i < e->prefixes->len; i++) {
		const struct mr_prefix *p = &g_array_index(e->prefixes, struct mr_prefix, i);

		if (p->receiver != receiver)
			continue;
		fputc(' ', out);
		print_prefix(out, p->prefix, p->len);
		any = true;
	}
	if (!any)
		fputs(" none (implicit mode)", out);
}

/* " (mn-id mn1@example.net, hnp 2001:db8:1:1::/64)": RFC 5213 5.5 identity */
static void print_proxy(FILE *out, const struct node *n)
{
	const struct node6_extra *e = NODE6(n)->extra;

	if (!e)
		return;
	fprintf(out, " (mn-id %s, hnp ", e->mn_id ? e->mn_id : "none");
	print_prefix(out, e->hnp, e->hnp_len);
	fputc(')', out);
}

static void print_bindings(FILE *out, const struct report *r, const struct node *n,
			   struct receiver_name *receiver)
{
	bool any = false;

	for (guint i = 0; i < NODE_NBIND(n); i++) {
		const struct binding *x = NODE_BIND(n, i);
		char coa[46], expires[40];

		if (!binding_active(x, r->at))
			continue;
		if (!any)
			fputs("  bindings:\n", out);
		any = true;
		fprintf(out, "    at %s", receiver_name(r, receiver, x->receiver));
		if (x->key_kind == BKEY_IFID)
			fprintf(out, " ifid %u ifpri %u", (unsigned)x->key, (unsigned)x->priority);
		else if (x->key_kind == BKEY_BID)
			fprintf(out, " bid %u bid-pri %u", (unsigned)x->key, (unsigned)x->priority);
		else if (x->key_kind == BKEY_NEMO)
			fputs(" nemo", out);
		else if (x->key_kind == BKEY_PMIP6)
			fputs(" pmip6", out);
		if (x->key_kind == BKEY_PMIP6)
			print_proxy(out, n);
		fprintf(out, ": %s %s", x->key_kind == BKEY_PMIP6 ? "mag" : "coa",
			mipx_ipv6_str(x->coa, coa));
		if (x->key_kind == BKEY_NEMO)
			print_prefixes(out, n, x->receiver);
		report_time(x->expires_at, expires);
		fprintf(out, ", sequence %u, lifetime %u s, expires %s", (unsigned)x->sequence,
			(unsigned)x->lifetime, expires);
		print_frames(out, r, frame_list_of_few(&(struct frame_list){ 0 }, &x->frames));
	}
}

static void print_finding(FILE *out, const struct report *r, const struct finding *f)
{
	const struct mipx_check_info *info = mipx_check_info(f->check);

	fprintf(out, "    %-7s %s: %s", mipx_severity_name(info->severity), info->name, f->text);
	print_frames(out, r, &f->frames);
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
	unsigned count;
	const struct finding *found = analysis_findings(r->a, &count);

	for (unsigned i = 0; i < count; i++) {
		/* held as gpointers, read through const */
		gpointer f = (gpointer)(uintptr_t)&found[i];
		GPtrArray *list = g_hash_table_lookup(by, &found[i].node);

		if (!list) {
			list = g_ptr_array_new();
			g_hash_table_insert(by, (gpointer)(uintptr_t)&found[i].node, list);
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
	struct receiver_name receiver = { RECEIVER_NONE, "" };
	char at[40];

	report_time(r->at, at);
	fprintf(out, "mipx report, state at %s\n", at);
	for (unsigned i = 0; i < r->n_inputs; i++) {
		const struct report_input *in = &r->inputs[i];

		fprintf(out, "  input %s: %llu packets, %llu messages", in->name,
			(unsigned long long)in->packets, (unsigned long long)in->messages);
		if (in->cut)
			fprintf(out, ", %llu cut by the snap length", (unsigned long long)in->cut);
		for (unsigned k = 1; k < MIPX_TUNNEL_KINDS; k++)
			if (in->tunnelled[k])
				fprintf(out, ", %llu through %s", (unsigned long long)in->tunnelled[k],
					mipx_tunnel_kind_name((enum mipx_tunnel_kind)k));
		if (in->reassembled)
			fprintf(out, ", %llu reassembled", (unsigned long long)in->reassembled);
		if (in->frag_dropped)
			fprintf(out, ", %llu fragmented dropped", (unsigned long long)in->frag_dropped);
		if (in->cut_short_frame)
			fprintf(out, ", cut short inside frame %u", (unsigned)in->cut_short_frame);
		fputc('\n', out);
	}
	{
		char why[160];
		struct frame_ref ref;
		const char *reading = report_rbit(r, why, sizeof(why), &ref);

		fprintf(out, "  request flag 0x02 read as %s (--rbit=%s): %s", reading,
			rbit_mode_name(analysis_options(r->a)->rbit), why);
		if (ref.frame)
			fprintf(out, " at %s:%u",
				ref.file < r->n_inputs ? r->inputs[ref.file].name : "?",
				(unsigned)ref.frame);
		fputc('\n', out);
	}
	for (guint i = 0; i < nodes->len; i++) {
		const struct node *n = g_ptr_array_index(nodes, i);
		char home[46];

		fprintf(out, "\nnode %s\n", mipx_addr_str(&n->home, home));
		print_chains(out, r, n);
		print_tunnels(out, r, n);
		print_bindings(out, r, n, &receiver);
		print_findings(out, r, g_hash_table_lookup(by_node, &n->home));
	}
	memset(&none, 0, sizeof(none));
	others = g_hash_table_lookup(by_node, &none);
	if (others) {
		fputs("\nnot about one node\n", out);
		print_findings(out, r, others);
	}
	struct analysis_totals totals;

	analysis_totals(r->a, &totals);
	if (totals.suppressed_total) {
		fprintf(out, "\nsuppressed (only the first %u findings of a check are listed)\n",
			(unsigned)FINDINGS_KEPT);
		for (unsigned c = 0; c < MIPX_CHECK_COUNT; c++)
			if (totals.suppressed[c])
				fprintf(out, "  %s: %llu more\n", mipx_check_info(c)->name,
					(unsigned long long)totals.suppressed[c]);
	}
	g_hash_table_destroy(by_node);
	g_ptr_array_unref(nodes);
}
