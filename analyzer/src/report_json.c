/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The machine-readable report, exactly the contract of analysis.md section
 * 3 ("mipx": 1).  Fields may be added; none may be renamed or removed.
 *
 * Written straight to the stream, value by value, in the layout json-glib's
 * pretty generator uses ("name" : value, two spaces a level, [] when empty):
 * building a JsonNode tree per node and printing it cost more than the whole
 * analysis, and memory must not grow with the report.  Times are seconds
 * with six decimals, computed from integer microseconds.
 */
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "analyzer.h"

#define JW_DEPTH 16

struct jw {
	FILE *out;
	size_t len;
	char buf[1 << 16]; /* written in blocks: stdio per character cost most */
	unsigned depth;
	unsigned count[JW_DEPTH]; /* values written in each open container */
	bool keyed;               /* a member name was written: no separator */
};

static void jw_flush(struct jw *w)
{
	if (w->len)
		fwrite(w->buf, 1, w->len, w->out);
	w->len = 0;
}

static void jw_put(struct jw *w, const char *s, size_t n)
{
	if (w->len + n > sizeof(w->buf)) {
		jw_flush(w);
		if (n > sizeof(w->buf)) {
			fwrite(s, 1, n, w->out);
			return;
		}
	}
	memcpy(w->buf + w->len, s, n);
	w->len += n;
}

static void jw_putc(struct jw *w, char c)
{
	if (w->len == sizeof(w->buf))
		jw_flush(w);
	w->buf[w->len++] = c;
}

static void jw_puts(struct jw *w, const char *s)
{
	jw_put(w, s, strlen(s));
}

static void jw_indent(struct jw *w)
{
	static const char spaces[] = "\n                                "
				     "                                ";
	unsigned n = 2 * w->depth;

	if (n > sizeof(spaces) - 2)
		n = sizeof(spaces) - 2;
	jw_put(w, spaces, n + 1);
}

/* What comes before a value: a member name did it, or ",\n" and the indent. */
static void jw_sep(struct jw *w)
{
	if (w->keyed) {
		w->keyed = false;
		return;
	}
	if (!w->depth)
		return;
	if (w->count[w->depth - 1]++)
		jw_putc(w, ',');
	jw_indent(w);
}

static void jw_string_body(struct jw *w, const char *s)
{
	const unsigned char *p = (const unsigned char *)s, *run = p;

	jw_putc(w, '"');
	for (; *p; p++) {
		char esc[8];

		if (*p >= 0x20 && *p != '"' && *p != '\\')
			continue;
		jw_put(w, (const char *)run, (size_t)(p - run));
		run = p + 1;
		switch (*p) {
		case '"': jw_puts(w, "\\\""); break;
		case '\\': jw_puts(w, "\\\\"); break;
		case '\b': jw_puts(w, "\\b"); break;
		case '\f': jw_puts(w, "\\f"); break;
		case '\n': jw_puts(w, "\\n"); break;
		case '\r': jw_puts(w, "\\r"); break;
		case '\t': jw_puts(w, "\\t"); break;
		default:
			snprintf(esc, sizeof(esc), "\\u%04x", *p);
			jw_puts(w, esc);
		}
	}
	jw_put(w, (const char *)run, (size_t)(p - run));
	jw_putc(w, '"');
}

static void jw_key(struct jw *w, const char *name)
{
	jw_sep(w);
	jw_string_body(w, name);
	jw_put(w, " : ", 3);
	w->keyed = true;
}

static void jw_open(struct jw *w, char c)
{
	jw_sep(w);
	jw_putc(w, c);
	if (w->depth < JW_DEPTH)
		w->count[w->depth] = 0;
	w->depth++;
}

static void jw_close(struct jw *w, char c)
{
	unsigned n = w->depth <= JW_DEPTH ? w->count[w->depth - 1] : 1;

	w->depth--;
	if (n)
		jw_indent(w);
	jw_putc(w, c);
}

static void jw_raw(struct jw *w, const char *text)
{
	jw_sep(w);
	jw_puts(w, text);
}

static void add_str(struct jw *w, const char *name, const char *value)
{
	jw_key(w, name);
	jw_sep(w);
	jw_string_body(w, value);
}

static void add_int(struct jw *w, const char *name, int64_t value)
{
	char buf[24], *p = buf + sizeof(buf);
	uint64_t v = value < 0 ? (uint64_t)0 - (uint64_t)value : (uint64_t)value;

	do
		*--p = (char)('0' + v % 10);
	while (v /= 10);
	if (value < 0)
		*--p = '-';
	jw_key(w, name);
	jw_sep(w);
	jw_put(w, p, (size_t)(buf + sizeof(buf) - p));
}

static void add_bool(struct jw *w, const char *name, bool value)
{
	jw_key(w, name);
	jw_raw(w, value ? "true" : "false");
}

static void add_null(struct jw *w, const char *name)
{
	jw_key(w, name);
	jw_raw(w, "null");
}

const char *report_json_time(cap_time t, char out[32])
{
	if (t == CAP_NEVER || t == CAP_NONE)
		return strcpy(out, "null");
	return cap_secs(t, 6, out);
}

static void add_time(struct jw *w, const char *name, cap_time t)
{
	char buf[32];

	jw_key(w, name);
	jw_raw(w, report_json_time(t, buf));
}

static void add_ip4(struct jw *w, const char *name, uint32_t a)
{
	char buf[16];

	if (a)
		add_str(w, name, mipx_ipv4_str(a, buf));
	else
		add_null(w, name);
}

static void add_addr(struct jw *w, const char *name, const struct mipx_addr *a)
{
	char buf[46];

	if (a->family)
		add_str(w, name, mipx_addr_str(a, buf));
	else
		add_null(w, name);
}

static void add_frames(struct jw *w, const struct report *r,
		       const struct frame_list *f)
{
	jw_key(w, "frames");
	jw_open(w, '[');
	for (unsigned i = 0; i < f->count; i++) {
		jw_open(w, '{');
		struct frame_ref ref = frame_slot_ref(f->f[i]);

		add_str(w, "file", ref.file < r->n_inputs ? r->inputs[ref.file].name : "?");
		add_int(w, "frame", ref.frame);
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

static void add_chains(struct jw *w, const struct report *r, const struct node *n)
{
	const GPtrArray *chains = chains_at(r->a, n, r->at);

	jw_key(w, "chains");
	jw_open(w, '[');
	for (guint i = 0; i < chains->len; i++) {
		const struct chain *c = g_ptr_array_index(chains, i);

		jw_open(w, '{');
		add_bool(w, "complete", c->complete);
		jw_key(w, "registrations");
		jw_open(w, '[');
		for (guint k = 0; k < c->links->len; k++) {
			const struct registration *reg = g_ptr_array_index(c->links, k);

			jw_open(w, '{');
			add_str(w, "role", reg_role_name(c->roles[k]));
			add_ip4(w, "registrar", reg->registrar);
			add_ip4(w, "child_coa", reg->child_coa);
			add_ip4(w, "parent_coa", reg->parent_coa);
			add_int(w, "requested", reg->requested);
			add_int(w, "granted", reg->granted);
			add_time(w, "accepted_at", reg->accepted_at);
			add_time(w, "expires_at", reg->expires_at);
			add_bool(w, "rbit", reg->rbit);
			add_frames(w, r, frame_list_of_few(&(struct frame_list){ 0 }, &reg->frames));
			jw_close(w, '}');
		}
		jw_close(w, ']');
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

static void add_tunnels(struct jw *w, const struct report *r, const struct node *n)
{
	jw_key(w, "tunnels");
	jw_open(w, '[');
	for (guint i = 0; i < NODE_NTUN(n); i++) {
		const struct tunnel *t = NODE_TUN(n, i);

		if (!tunnel_active(t, r->at))
			continue;
		jw_open(w, '{');
		add_ip4(w, "from", t->from);
		add_ip4(w, "to", t->to);
		add_str(w, "kind", reg_role_name(tunnel_kind(r->a, n, t, r->at)));
		add_int(w, "granted", t->granted);
		add_time(w, "enabled_at", t->enabled_at);
		add_time(w, "expires_at", t->expires_at);
		add_frames(w, r, frame_list_of_few(&(struct frame_list){ 0 }, &t->frames));
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

static void add_bindings(struct jw *w, const struct report *r, const struct node *n)
{
	jw_key(w, "bindings");
	jw_open(w, '[');
	for (guint i = 0; i < NODE_NBIND(n); i++) {
		const struct binding *x = NODE_BIND(n, i);
		struct mipx_addr coa = mipx_addr_v6(x->coa);

		if (!binding_active(x, r->at))
			continue;
		jw_open(w, '{');
		add_addr(w, "at", &x->receiver);
		add_addr(w, "home_address", &n->home);
		/* ifid/ifpri for CoAINFO bindings, bid/bid_pri for RFC 5648 ones */
		if (x->key_kind == BKEY_IFID)
			add_int(w, "ifid", x->key);
		else
			add_null(w, "ifid");
		if (x->key_kind != BKEY_BID)
			add_int(w, "ifpri", x->priority);
		else
			add_null(w, "ifpri");
		if (x->key_kind == BKEY_BID) {
			add_int(w, "bid", x->key);
			add_int(w, "bid_pri", x->priority);
		}
		add_addr(w, "coa", &coa);
		add_int(w, "sequence", x->sequence);
		add_int(w, "lifetime", x->lifetime);
		add_time(w, "expires_at", x->expires_at);
		add_frames(w, r, frame_list_of_few(&(struct frame_list){ 0 }, &x->frames));
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

static void add_finding(struct jw *w, const struct report *r, const struct finding *f)
{
	const struct mipx_check_info *info = mipx_check_info(f->check);

	jw_open(w, '{');
	add_str(w, "check", info->name);
	add_str(w, "severity", mipx_severity_name(info->severity));
	add_addr(w, "node", &f->node);
	add_str(w, "message", f->text);
	add_frames(w, r, &f->frames);
	jw_close(w, '}');
}

void report_json(FILE *out, const struct report *r)
{
	GPtrArray *nodes = analysis_sorted_nodes(r->a);
	static struct jw w; /* 64 KiB: not on the stack */

	memset(&w, 0, offsetof(struct jw, buf));
	w.out = out;
	jw_open(&w, '{');
	add_int(&w, "mipx", 1);
	jw_key(&w, "inputs");
	jw_open(&w, '[');
	for (unsigned i = 0; i < r->n_inputs; i++) {
		jw_open(&w, '{');
		add_str(&w, "file", r->inputs[i].name);
		add_int(&w, "packets", (int64_t)r->inputs[i].packets);
		add_int(&w, "messages", (int64_t)r->inputs[i].messages);
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	add_time(&w, "at", r->at);
	/* added (issue 7): nodes listed are those with state at "at" or a
	 * finding; every node met is counted here */
	add_int(&w, "nodes_seen", (int64_t)r->a->nodes_seen);
	jw_key(&w, "nodes");
	jw_open(&w, '[');
	for (guint i = 0; i < nodes->len; i++) {
		const struct node *n = g_ptr_array_index(nodes, i);

		jw_open(&w, '{');
		add_addr(&w, "home_address", &n->home);
		add_chains(&w, r, n);
		add_tunnels(&w, r, n);
		add_bindings(&w, r, n);
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	jw_key(&w, "findings");
	jw_open(&w, '[');
	for (guint i = 0; i < r->a->findings->len; i++)
		add_finding(&w, r, &g_array_index(r->a->findings, struct finding, i));
	jw_close(&w, ']');
	/* added to the contract (issue 7): findings counted but not listed */
	jw_key(&w, "suppressed");
	jw_open(&w, '[');
	for (unsigned c = 0; c < MIPX_CHECK_COUNT; c++) {
		if (!r->a->suppressed[c])
			continue;
		jw_open(&w, '{');
		add_str(&w, "check", mipx_check_info(c)->name);
		add_int(&w, "count", (int64_t)r->a->suppressed[c]);
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	jw_close(&w, '}');
	jw_putc(&w, '\n');
	jw_flush(&w);
	g_ptr_array_free(nodes, TRUE);
}
