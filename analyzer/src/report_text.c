/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The report for people: per mobile node its chains, tunnel path and
 * bindings, then its findings with the frames to look at.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "report.h"
#include "report_buf.h"

const char *report_frame_name(const struct report *r, struct frame_ref ref)
{
	static char buf[512];

	snprintf(buf, sizeof(buf), "%s:%u",
		 ref.file < r->n_inputs ? r->inputs[ref.file].name : "?",
		 (unsigned)ref.frame);
	return buf;
}

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

/* The old formatting, kept for times the day cache cannot take. */
static size_t time_slow(char *out, int64_t ms, int64_t sec)
{
	time_t secs = (time_t)sec;
	struct tm tm;
	char day[24];

	gmtime_r(&secs, &tm);
	strftime(day, sizeof(day), "%Y-%m-%d %H:%M:%S", &tm);
	int n = snprintf(out, 40, "%s.%03d UTC", day, (int)(ms - sec * 1000));

	return n < 0 ? 0 : n < 40 ? (size_t)n : 39;
}

/*
 * A report prints a few days' times, 100,000 of them (issue 7): gmtime and
 * strftime run once a day, the time of day is arithmetic.  Only for days
 * that gmtime shows as 86,400 plain seconds (not with a "right/" zone's
 * leap seconds) and whose date fits the old 24-octet buffer.
 */
struct day_cache {
	int64_t day;
	bool plain;
	size_t len;
	char ymd[24];
};

static bool day_plain(struct day_cache *c, int64_t day)
{
	time_t first = (time_t)(day * 86400), last = first + 86399;
	struct tm a, b;

	if (!gmtime_r(&first, &a) || !gmtime_r(&last, &b))
		return false;
	if (a.tm_hour || a.tm_min || a.tm_sec || b.tm_hour != 23 || b.tm_min != 59 ||
	    b.tm_sec != 59 || a.tm_year != b.tm_year || a.tm_mon != b.tm_mon ||
	    a.tm_mday != b.tm_mday)
		return false;
	c->len = strftime(c->ymd, sizeof(c->ymd), "%Y-%m-%d", &a);
	return c->len && c->len + 9 < sizeof(c->ymd);
}

static size_t fmt_time(char *out, cap_time t)
{
	static struct day_cache cache = { INT64_MIN, false, 0, "" };
	int64_t ms, sec, day, sod;
	size_t n;

	if (t == CAP_NONE) {
		out[0] = '-';
		return 1;
	}
	if (t == CAP_NEVER) {
		memcpy(out, "never", 5);
		return 5;
	}
	/* to the millisecond, half up, in integers: floor((t + 500) / 1000) */
	ms = t / 1000 + ((t % 1000 + 1000) % 1000 >= 500) - (t % 1000 < 0);
	sec = ms / 1000 - (ms % 1000 < 0);
	day = sec / 86400 - (sec % 86400 < 0);
	if (day != cache.day) {
		cache.day = day;
		cache.plain = day_plain(&cache, day);
	}
	if (!cache.plain)
		return time_slow(out, ms, sec);
	sod = sec - day * 86400;
	memcpy(out, cache.ymd, cache.len);
	n = cache.len;
	out[n++] = ' ';
	out[n++] = (char)('0' + sod / 36000);
	out[n++] = (char)('0' + sod / 3600 % 10);
	out[n++] = ':';
	out[n++] = (char)('0' + sod / 600 % 6);
	out[n++] = (char)('0' + sod / 60 % 10);
	out[n++] = ':';
	out[n++] = (char)('0' + sod % 60 / 10);
	out[n++] = (char)('0' + sod % 10);
	sod = ms - sec * 1000;
	out[n++] = '.';
	out[n++] = (char)('0' + sod / 100);
	out[n++] = (char)('0' + sod / 10 % 10);
	out[n++] = (char)('0' + sod % 10);
	memcpy(out + n, " UTC", 4);
	return n + 4;
}

void report_time(cap_time t, char out[40])
{
	out[fmt_time(out, t)] = '\0';
}

static void rb_time(struct rbuf *b, cap_time t)
{
	rb_commit(b, fmt_time(rb_reserve(b, 40), t));
}

/* " [a.pcap: 4 9, b.pcap: 2]": each file named once, frames as Wireshark numbers them */
static void print_frames(struct rbuf *b, const struct report *r, const struct frame_list *f)
{
	rb_lit(b, " [");
	for (unsigned i = 0; i < f->count; i++) {
		struct frame_ref ref = frame_slot_ref(f->f[i]);
		bool same = i && f->f[i].file == f->f[i - 1].file;

		if (!same) {
			if (i)
				rb_lit(b, ", ");
			rb_puts(b, ref.file < r->n_inputs ? r->inputs[ref.file].name : "?");
			rb_putc(b, ':');
		}
		rb_putc(b, ' ');
		rb_u64(b, ref.frame);
	}
	if (f->dropped) {
		rb_lit(b, " +");
		rb_u64(b, f->dropped);
		rb_lit(b, " more");
	}
	rb_putc(b, ']');
}

/* a lifetime in seconds, "inf" for 0xffff */
static void rb_lifetime(struct rbuf *b, uint32_t l)
{
	if (l == MIPX_LIFETIME_INFINITE)
		rb_lit(b, "inf");
	else
		rb_u64(b, l);
}

static void print_chains(struct rbuf *b, const struct report *r, const struct node *n)
{
	const struct chains *chains = chains_at(r->a, n, r->at);

	for (guint i = 0; i < chains->len; i++) {
		const struct chain *c = &chains->chain[i];

		if (c->complete)
			rb_lit(b, "  chain (complete):\n");
		else
			rb_lit(b, "  chain (incomplete):\n");
		for (guint k = 0; k < c->len; k++) {
			const struct registration *reg = c->links[k];

			rb_lit(b, "    ");
			rb_pad(b, reg_role_name(c->roles[k]), 7);
			rb_putc(b, ' ');
			rb_ipv4(b, reg->child_coa);
			rb_lit(b, " -> ");
			if (reg->parent_coa)
				rb_ipv4(b, reg->parent_coa);
			else
				rb_lit(b, "(none)");
			rb_lit(b, " via registrar ");
			rb_ipv4(b, reg->registrar);
			rb_lit(b, ", lifetime ");
			rb_lifetime(b, reg->granted);
			rb_putc(b, '/');
			rb_lifetime(b, reg->requested);
			rb_lit(b, " s, expires ");
			rb_time(b, reg->expires_at);
			print_frames(b, r, frame_list_of_few(&(struct frame_list){ 0 }, &reg->frames));
			rb_putc(b, '\n');
		}
	}
}

static void print_tunnels(struct rbuf *b, const struct report *r, const struct node *n)
{
	bool any = false;

	for (guint i = 0; i < NODE_NTUN(n); i++) {
		const struct tunnel *t = NODE_TUN(n, i);

		if (!tunnel_active(t, r->at))
			continue;
		if (!any)
			rb_lit(b, "  tunnels:\n");
		any = true;
		rb_lit(b, "    ");
		rb_pad(b, reg_role_name(tunnel_kind(r->a, n, t, r->at)), 7);
		rb_putc(b, ' ');
		rb_ipv4(b, t->from);
		rb_lit(b, " -> ");
		rb_ipv4(b, t->to);
		rb_lit(b, ", lifetime ");
		rb_lifetime(b, t->granted);
		rb_lit(b, " s, expires ");
		rb_time(b, t->expires_at);
		print_frames(b, r, frame_list_of_few(&(struct frame_list){ 0 }, &t->frames));
		rb_putc(b, '\n');
	}
}

static void print_prefix(struct rbuf *b, const uint8_t prefix[16], unsigned len)
{
	rb_commit(b, fmt_ipv6(rb_reserve(b, FMT_IPV6_MAX), prefix));
	rb_putc(b, '/');
	rb_u64(b, len);
}

/* ", prefixes 2001:db8:a:1::/64 ..." (RFC 3963 6.2), "none" in implicit mode */
static void print_prefixes(struct rbuf *b, const struct node *n, uint32_t receiver)
{
	const struct node6_extra *e = NODE6(n)->extra;
	bool any = false;

	rb_lit(b, ", prefixes");
	for (guint i = 0; e && e->prefixes && i < e->prefixes->len; i++) {
		const struct mr_prefix *p = &g_array_index(e->prefixes, struct mr_prefix, i);

		if (p->receiver != receiver)
			continue;
		rb_putc(b, ' ');
		print_prefix(b, p->prefix, p->len);
		any = true;
	}
	if (!any)
		rb_lit(b, " none (implicit mode)");
}

/* " (mn-id mn1@example.net, hnp 2001:db8:1:1::/64)": RFC 5213 5.5 identity */
static void print_proxy(struct rbuf *b, const struct node *n)
{
	const struct node6_extra *e = NODE6(n)->extra;

	if (!e)
		return;
	rb_lit(b, " (mn-id ");
	if (e->mn_id)
		rb_put(b, e->mn_id, strlen(e->mn_id));
	else
		rb_lit(b, "none");
	rb_lit(b, ", hnp ");
	print_prefix(b, e->hnp, e->hnp_len);
	rb_putc(b, ')');
}

static void print_bindings(struct rbuf *b, const struct report *r, const struct node *n)
{
	bool any = false;

	for (guint i = 0; i < NODE_NBIND(n); i++) {
		const struct binding *x = NODE_BIND(n, i);

		if (!binding_active(x, r->at))
			continue;
		if (!any)
			rb_lit(b, "  bindings:\n");
		any = true;
		rb_lit(b, "    at ");
		rb_addr(b, receiver_addr(r->a, x->receiver));
		if (x->key_kind == BKEY_IFID) {
			rb_lit(b, " ifid ");
			rb_u64(b, x->key);
			rb_lit(b, " ifpri ");
			rb_u64(b, x->priority);
		} else if (x->key_kind == BKEY_BID) {
			rb_lit(b, " bid ");
			rb_u64(b, x->key);
			rb_lit(b, " bid-pri ");
			rb_u64(b, x->priority);
		} else if (x->key_kind == BKEY_NEMO) {
			rb_lit(b, " nemo");
		} else if (x->key_kind == BKEY_PMIP6) {
			rb_lit(b, " pmip6");
		}
		if (x->key_kind == BKEY_PMIP6)
			print_proxy(b, n);
		if (x->key_kind == BKEY_PMIP6)
			rb_lit(b, ": mag ");
		else
			rb_lit(b, ": coa ");
		rb_commit(b, fmt_ipv6(rb_reserve(b, FMT_IPV6_MAX), x->coa));
		if (x->key_kind == BKEY_NEMO)
			print_prefixes(b, n, x->receiver);
		rb_lit(b, ", sequence ");
		rb_u64(b, x->sequence);
		rb_lit(b, ", lifetime ");
		rb_u64(b, x->lifetime);
		rb_lit(b, " s, expires ");
		rb_time(b, x->expires_at);
		print_frames(b, r, frame_list_of_few(&(struct frame_list){ 0 }, &x->frames));
		rb_putc(b, '\n');
	}
}

static void print_finding(struct rbuf *b, const struct report *r, const struct finding *f)
{
	const struct mipx_check_info *info = mipx_check_info(f->check);

	rb_lit(b, "    ");
	rb_pad(b, mipx_severity_name(info->severity), 7);
	rb_putc(b, ' ');
	rb_puts(b, info->name);
	rb_lit(b, ": ");
	rb_puts(b, f->text);
	print_frames(b, r, &f->frames);
	rb_putc(b, '\n');
}

static void print_findings(struct rbuf *b, const struct report *r, GPtrArray *list)
{
	if (!list)
		return;
	rb_lit(b, "  findings:\n");
	for (guint i = 0; i < list->len; i++)
		print_finding(b, r, g_ptr_array_index(list, i));
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
	static struct rbuf b; /* 64 KiB: not on the stack */
	GPtrArray *nodes = analysis_sorted_nodes(r->a);
	GHashTable *by_node = findings_by_node(r);
	struct mipx_addr none;
	GPtrArray *others;

	rb_init(&b, out);
	rb_lit(&b, "mipx report, state at ");
	rb_time(&b, r->at);
	rb_putc(&b, '\n');
	for (unsigned i = 0; i < r->n_inputs; i++) {
		rb_lit(&b, "  input ");
		rb_puts(&b, r->inputs[i].name);
		rb_lit(&b, ": ");
		rb_u64(&b, r->inputs[i].packets);
		rb_lit(&b, " packets, ");
		rb_u64(&b, r->inputs[i].messages);
		rb_lit(&b, " messages");
		if (r->inputs[i].cut) {
			rb_lit(&b, ", ");
			rb_u64(&b, r->inputs[i].cut);
			rb_lit(&b, " cut by the snap length");
		}
		for (unsigned k = 1; k < MIPX_TUNNEL_KINDS; k++) {
			if (!r->inputs[i].tunnelled[k])
				continue;
			rb_lit(&b, ", ");
			rb_u64(&b, r->inputs[i].tunnelled[k]);
			rb_lit(&b, " through ");
			rb_puts(&b, mipx_tunnel_kind_name((enum mipx_tunnel_kind)k));
		}
		if (r->inputs[i].reassembled) {
			rb_lit(&b, ", ");
			rb_u64(&b, r->inputs[i].reassembled);
			rb_lit(&b, " reassembled");
		}
		if (r->inputs[i].frag_dropped) {
			rb_lit(&b, ", ");
			rb_u64(&b, r->inputs[i].frag_dropped);
			rb_lit(&b, " fragmented dropped");
		}
		rb_putc(&b, '\n');
	}
	{
		char why[160];
		struct frame_ref ref;
		const char *reading = report_rbit(r, why, sizeof(why), &ref);

		rb_lit(&b, "  request flag 0x02 read as ");
		rb_puts(&b, reading);
		rb_lit(&b, " (--rbit=");
		rb_puts(&b, rbit_mode_name(analysis_options(r->a)->rbit));
		rb_lit(&b, "): ");
		rb_puts(&b, why);
		if (ref.frame) {
			rb_lit(&b, " at ");
			rb_puts(&b, report_frame_name(r, ref));
		}
		rb_putc(&b, '\n');
	}
	for (guint i = 0; i < nodes->len; i++) {
		const struct node *n = g_ptr_array_index(nodes, i);

		rb_lit(&b, "\nnode ");
		rb_addr(&b, &n->home);
		rb_putc(&b, '\n');
		print_chains(&b, r, n);
		print_tunnels(&b, r, n);
		print_bindings(&b, r, n);
		print_findings(&b, r, g_hash_table_lookup(by_node, &n->home));
	}
	memset(&none, 0, sizeof(none));
	others = g_hash_table_lookup(by_node, &none);
	if (others) {
		rb_lit(&b, "\nnot about one node\n");
		print_findings(&b, r, others);
	}
	struct analysis_totals totals;

	analysis_totals(r->a, &totals);
	if (totals.suppressed_total) {
		rb_lit(&b, "\nsuppressed (only the first ");
		rb_u64(&b, FINDINGS_KEPT);
		rb_lit(&b, " findings of a check are listed)\n");
		for (unsigned c = 0; c < MIPX_CHECK_COUNT; c++) {
			if (!totals.suppressed[c])
				continue;
			rb_lit(&b, "  ");
			rb_puts(&b, mipx_check_info(c)->name);
			rb_lit(&b, ": ");
			rb_u64(&b, totals.suppressed[c]);
			rb_lit(&b, " more\n");
		}
	}
	rb_flush(&b);
	g_hash_table_destroy(by_node);
	g_ptr_array_unref(nodes);
}
