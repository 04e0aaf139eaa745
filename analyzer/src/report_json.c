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

#include "report.h"
#include "report_buf.h"

#define JW_DEPTH 16

struct jw {
	unsigned depth;
	unsigned count[JW_DEPTH]; /* values written in each open container */
	bool keyed;               /* a member name was written: no separator */
	/* each input's name as a JSON string, quotes included: frame lists
	 * name a file per frame (issue 7: escaped once, not 100,000 times) */
	char **file_json;
	size_t *file_json_len;
	unsigned n_files;
	struct rbuf b; /* last: 64 KiB */
};

/* A member name: the literal with its quotes and " : ", and its length. */
#define K(name) "\"" name "\" : ", sizeof("\"" name "\" : ") - 1

static const char jw_spaces[] = "\n                                "
				"                                ";
#define JW_SPACES (sizeof(jw_spaces) - 1)

/* "\n" and the indent of the depth into p (room for JW_SPACES); returns
 * the length.  The whole run is copied (a fixed size is a few moves, not a
 * call), only what the depth asks is kept. */
static inline size_t jw_indent_at(const struct jw *w, char *p)
{
	unsigned n = 2 * w->depth;

	if (n > JW_SPACES - 1)
		n = JW_SPACES - 1;
	memcpy(p, jw_spaces, JW_SPACES);
	return n + 1;
}

static void jw_indent(struct jw *w)
{
	rb_commit(&w->b, jw_indent_at(w, rb_reserve(&w->b, JW_SPACES)));
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
		rb_putc(&w->b, ',');
	jw_indent(w);
}

/*
 * A member name; the value follows with no separator.  Separator, indent
 * and name in one reservation, inlined so that the name's length is a
 * constant: a member is what the report writes most (1.3 million of them
 * for 20,000 nodes).  Members sit in objects: depth is at least 1 and no
 * name is pending.
 */
static G_ALWAYS_INLINE inline void jw_name(struct jw *w, const char *key, size_t key_len)
{
	char *p = rb_reserve(&w->b, 1 + JW_SPACES + key_len);
	size_t n = 0;

	if (w->count[w->depth - 1]++)
		p[n++] = ',';
	n += jw_indent_at(w, p + n);
	memcpy(p + n, key, key_len);
	rb_commit(&w->b, n + key_len);
}

/* Octets that JSON strings must escape: controls, quote, backslash. */
static bool jw_escaped(unsigned char c)
{
	return c < 0x20 || c == '"' || c == '\\';
}

/* The string's JSON form into out (room for 6 * strlen + 2); returns its
 * length.  Runs with nothing to escape are copied whole. */
static size_t jw_quote(char *out, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	size_t n = 0;

	out[n++] = '"';
	while (p < end) {
		const unsigned char *run = p;

		while (p < end && !jw_escaped(*p))
			p++;
		memcpy(out + n, run, (size_t)(p - run));
		n += (size_t)(p - run);
		if (p == end)
			break;
		out[n++] = '\\';
		switch (*p) {
		case '"': out[n++] = '"'; break;
		case '\\': out[n++] = '\\'; break;
		case '\b': out[n++] = 'b'; break;
		case '\f': out[n++] = 'f'; break;
		case '\n': out[n++] = 'n'; break;
		case '\r': out[n++] = 'r'; break;
		case '\t': out[n++] = 't'; break;
		default:
			memcpy(out + n, "u00", 3);
			out[n + 3] = hex[*p >> 4];
			out[n + 4] = hex[*p & 0xf];
			n += 5;
		}
		p++;
	}
	out[n++] = '"';
	return n;
}

static void jw_string_body(struct jw *w, const char *s)
{
	size_t len = strlen(s);

	if (len <= (RB_SIZE - 2) / 6) {
		rb_commit(&w->b, jw_quote(rb_reserve(&w->b, 6 * len + 2), s, len));
	} else {
		char *tmp = g_malloc(6 * len + 2);

		rb_put(&w->b, tmp, jw_quote(tmp, s, len));
		g_free(tmp);
	}
}

static G_ALWAYS_INLINE inline void jw_key(struct jw *w, const char *key, size_t key_len)
{
	jw_name(w, key, key_len);
	w->keyed = true;
}

static void jw_open(struct jw *w, char c)
{
	jw_sep(w);
	rb_putc(&w->b, c);
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
	rb_putc(&w->b, c);
}

static G_ALWAYS_INLINE inline void add_str(struct jw *w, const char *key, size_t key_len, const char *value)
{
	jw_name(w, key, key_len);
	jw_string_body(w, value);
}

static G_ALWAYS_INLINE inline void add_int(struct jw *w, const char *key, size_t key_len, int64_t value)
{
	jw_name(w, key, key_len);
	rb_i64(&w->b, value);
}

static G_ALWAYS_INLINE inline void add_bool(struct jw *w, const char *key, size_t key_len, bool value)
{
	jw_name(w, key, key_len);
	if (value)
		rb_lit(&w->b, "true");
	else
		rb_lit(&w->b, "false");
}

static G_ALWAYS_INLINE inline void add_null(struct jw *w, const char *key, size_t key_len)
{
	jw_name(w, key, key_len);
	rb_lit(&w->b, "null");
}

const char *report_json_time(cap_time t, char out[32])
{
	if (t == CAP_NEVER || t == CAP_NONE)
		return strcpy(out, "null");
	out[fmt_secs6(out, t)] = '\0';
	return out;
}

static G_ALWAYS_INLINE inline void add_time(struct jw *w, const char *key, size_t key_len, cap_time t)
{
	jw_name(w, key, key_len);
	if (t == CAP_NEVER || t == CAP_NONE)
		rb_lit(&w->b, "null");
	else
		rb_commit(&w->b, fmt_secs6(rb_reserve(&w->b, FMT_SECS6_MAX), t));
}

/* Addresses print as digits, dots and colons: nothing to escape. */
static G_ALWAYS_INLINE inline void add_ip4(struct jw *w, const char *key, size_t key_len, uint32_t a)
{
	jw_name(w, key, key_len);
	if (a) {
		char *p = rb_reserve(&w->b, FMT_IPV4_MAX + 2);
		size_t n = fmt_ipv4(p + 1, a);

		p[0] = '"';
		p[n + 1] = '"';
		rb_commit(&w->b, n + 2);
	} else {
		rb_lit(&w->b, "null");
	}
}

static G_ALWAYS_INLINE inline void add_addr(struct jw *w, const char *key, size_t key_len,
		     const struct mipx_addr *a)
{
	jw_name(w, key, key_len);
	if (a->family) {
		char *p = rb_reserve(&w->b, FMT_IPV6_MAX + 2);
		size_t n = fmt_addr(p + 1, a);

		p[0] = '"';
		p[n + 1] = '"';
		rb_commit(&w->b, n + 2);
	} else {
		rb_lit(&w->b, "null");
	}
}

/* the inputs' names as JSON strings, and "?" after them for frames of an
 * input past the last (more than 65535 files share the last index) */
static void files_quote(struct jw *w, const struct report *r)
{
	w->n_files = r->n_inputs;
	w->file_json = g_new(char *, r->n_inputs + 1);
	w->file_json_len = g_new(size_t, r->n_inputs + 1);
	for (unsigned i = 0; i <= r->n_inputs; i++) {
		const char *name = i < r->n_inputs ? r->inputs[i].name : "?";

		w->file_json[i] = g_malloc(6 * strlen(name) + 2);
		w->file_json_len[i] = jw_quote(w->file_json[i], name, strlen(name));
	}
}

static void files_free(struct jw *w)
{
	for (unsigned i = 0; i <= w->n_files; i++)
		g_free(w->file_json[i]);
	g_free(w->file_json);
	g_free(w->file_json_len);
}

static void add_frames(struct jw *w, const struct frame_list *f)
{
	jw_key(w, K("frames"));
	jw_open(w, '[');
	for (unsigned i = 0; i < f->count; i++) {
		struct frame_ref ref = frame_slot_ref(f->f[i]);
		unsigned file = ref.file < w->n_files ? ref.file : w->n_files;

		jw_open(w, '{');
		jw_name(w, K("file"));
		rb_put(&w->b, w->file_json[file], w->file_json_len[file]);
		add_int(w, K("frame"), ref.frame);
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

static void add_chains(struct jw *w, const struct report *r, const struct node *n)
{
	const struct chains *chains = chains_at(r->a, n, r->at);

	jw_key(w, K("chains"));
	jw_open(w, '[');
	for (guint i = 0; i < chains->len; i++) {
		const struct chain *c = &chains->chain[i];

		jw_open(w, '{');
		add_bool(w, K("complete"), c->complete);
		jw_key(w, K("registrations"));
		jw_open(w, '[');
		for (guint k = 0; k < c->len; k++) {
			const struct registration *reg = c->links[k];

			jw_open(w, '{');
			add_str(w, K("role"), reg_role_name(c->roles[k]));
			add_ip4(w, K("registrar"), reg->registrar);
			add_ip4(w, K("child_coa"), reg->child_coa);
			add_ip4(w, K("parent_coa"), reg->parent_coa);
			add_int(w, K("requested"), reg->requested);
			add_int(w, K("granted"), reg->granted);
			add_time(w, K("accepted_at"), reg->accepted_at);
			add_time(w, K("expires_at"), reg->expires_at);
			add_bool(w, K("rbit"), reg->rbit);
			add_frames(w, frame_list_of_few(&(struct frame_list){ 0 }, &reg->frames));
			jw_close(w, '}');
		}
		jw_close(w, ']');
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

static void add_tunnels(struct jw *w, const struct report *r, const struct node *n)
{
	jw_key(w, K("tunnels"));
	jw_open(w, '[');
	for (guint i = 0; i < NODE_NTUN(n); i++) {
		const struct tunnel *t = NODE_TUN(n, i);

		if (!tunnel_active(t, r->at))
			continue;
		jw_open(w, '{');
		add_ip4(w, K("from"), t->from);
		add_ip4(w, K("to"), t->to);
		add_str(w, K("kind"), reg_role_name(tunnel_kind(r->a, n, t, r->at)));
		add_int(w, K("granted"), t->granted);
		add_time(w, K("enabled_at"), t->enabled_at);
		add_time(w, K("expires_at"), t->expires_at);
		add_frames(w, frame_list_of_few(&(struct frame_list){ 0 }, &t->frames));
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

/* "2001:db8:a:1::/64" */
static void prefix_text(char out[FMT_IPV6_MAX + 5], const uint8_t prefix[16], unsigned len)
{
	size_t k = fmt_ipv6(out, prefix);

	g_snprintf(out + k, 5, "/%u", len);
}

/* NEMO: the prefixes the router registered at this receiver (RFC 3963
 * 6.2; none in implicit mode); PMIPv6: its identity (RFC 5213 5.5). */
static void add_binding_extra(struct jw *w, const struct node *n, const struct binding *x)
{
	const struct node6_extra *e = NODE_IS4(n) ? NULL : NODE6(n)->extra;
	char text[FMT_IPV6_MAX + 5];

	if (x->key_kind == BKEY_NEMO) {
		jw_key(w, K("prefixes"));
		jw_open(w, '[');
		for (guint i = 0; e && e->prefixes && i < e->prefixes->len; i++) {
			const struct mr_prefix *p = &g_array_index(e->prefixes, struct mr_prefix, i);

			if (p->receiver != x->receiver)
				continue;
			prefix_text(text, p->prefix, p->len);
			jw_sep(w);
			jw_string_body(w, text);
		}
		jw_close(w, ']');
	} else if (x->key_kind == BKEY_PMIP6 && e) {
		struct mipx_addr mag = mipx_addr_v6(x->coa);

		if (e->mn_id)
			add_str(w, K("mn_id"), e->mn_id);
		else
			add_null(w, K("mn_id"));
		prefix_text(text, e->hnp, e->hnp_len);
		add_str(w, K("home_network_prefix"), text);
		add_addr(w, K("mag"), &mag);
	}
}

static void add_bindings(struct jw *w, const struct report *r, const struct node *n)
{
	jw_key(w, K("bindings"));
	jw_open(w, '[');
	for (guint i = 0; i < NODE_NBIND(n); i++) {
		const struct binding *x = NODE_BIND(n, i);
		struct mipx_addr coa = mipx_addr_v6(x->coa);

		if (!binding_active(x, r->at))
			continue;
		jw_open(w, '{');
		add_addr(w, K("at"), receiver_addr(r->a, x->receiver));
		add_addr(w, K("home_address"), &n->home);
		add_str(w, K("kind"), binding_kind_name(x));
		add_binding_extra(w, n, x);
		/* ifid/ifpri for CoAINFO bindings, bid/bid_pri for RFC 5648 ones */
		if (x->key_kind == BKEY_IFID)
			add_int(w, K("ifid"), x->key);
		else
			add_null(w, K("ifid"));
		if (x->key_kind != BKEY_BID)
			add_int(w, K("ifpri"), x->priority);
		else
			add_null(w, K("ifpri"));
		if (x->key_kind == BKEY_BID) {
			add_int(w, K("bid"), x->key);
			add_int(w, K("bid_pri"), x->priority);
		}
		add_addr(w, K("coa"), &coa);
		add_int(w, K("sequence"), x->sequence);
		add_int(w, K("lifetime"), x->lifetime);
		add_time(w, K("expires_at"), x->expires_at);
		add_frames(w, frame_list_of_few(&(struct frame_list){ 0 }, &x->frames));
		jw_close(w, '}');
	}
	jw_close(w, ']');
}

static void add_finding(struct jw *w, const struct finding *f)
{
	const struct mipx_check_info *info = mipx_check_info(f->check);

	jw_open(w, '{');
	add_str(w, K("check"), info->name);
	add_str(w, K("severity"), mipx_severity_name(info->severity));
	add_addr(w, K("node"), &f->node);
	add_str(w, K("message"), f->text);
	add_frames(w, &f->frames);
	jw_close(w, '}');
}

/* "tunnelled": {"gre": 2, ...}: messages by the outermost tunnel's kind,
 * present when some came through one */
static void tunnelled_json(struct jw *w, const struct report_input *in)
{
	bool any = false;

	for (unsigned k = 1; k < MIPX_TUNNEL_KINDS; k++) {
		const char *name = mipx_tunnel_kind_name((enum mipx_tunnel_kind)k);
		char key[48]; /* "name" : , as K() spells a member */
		int len;

		if (!in->tunnelled[k])
			continue;
		if (!any) {
			jw_key(w, K("tunnelled"));
			jw_open(w, '{');
			any = true;
		}
		len = snprintf(key, sizeof key, "\"%s\" : ", name);
		jw_name(w, key, (size_t)len);
		rb_i64(&w->b, (int64_t)in->tunnelled[k]);
	}
	if (any)
		jw_close(w, '}');
}

void report_json(FILE *out, const struct report *r)
{
	GPtrArray *nodes = analysis_sorted_nodes(r->a);
	static struct jw w; /* 64 KiB: not on the stack */
	struct analysis_totals totals;
	const struct finding *found;
	unsigned count;

	memset(&w, 0, offsetof(struct jw, b));
	rb_init(&w.b, out);
	files_quote(&w, r);
	jw_open(&w, '{');
	add_int(&w, K("mipx"), 1);
	jw_key(&w, K("inputs"));
	jw_open(&w, '[');
	for (unsigned i = 0; i < r->n_inputs; i++) {
		jw_open(&w, '{');
		add_str(&w, K("file"), r->inputs[i].name);
		add_int(&w, K("packets"), (int64_t)r->inputs[i].packets);
		add_int(&w, K("messages"), (int64_t)r->inputs[i].messages);
		/* present when not 0 (a capture without them reads as before) */
		if (r->inputs[i].cut)
			add_int(&w, K("cut"), (int64_t)r->inputs[i].cut);
		tunnelled_json(&w, &r->inputs[i]);
		if (r->inputs[i].reassembled)
			add_int(&w, K("reassembled"), (int64_t)r->inputs[i].reassembled);
		if (r->inputs[i].frag_dropped)
			add_int(&w, K("fragments_dropped"), (int64_t)r->inputs[i].frag_dropped);
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	add_time(&w, K("at"), r->at);
	/* added: how Registration Request flag 0x02 was read, and why */
	{
		char why[160];
		struct frame_ref ref;
		const char *reading = report_rbit(r, why, sizeof(why), &ref);

		jw_key(&w, K("rbit"));
		jw_open(&w, '{');
		add_str(&w, K("mode"), rbit_mode_name(analysis_options(r->a)->rbit));
		add_str(&w, K("reading"), reading);
		add_str(&w, K("why"), why);
		if (ref.frame) {
			unsigned file = ref.file < w.n_files ? ref.file : w.n_files;

			jw_name(&w, K("file"));
			rb_put(&w.b, w.file_json[file], w.file_json_len[file]);
			add_int(&w, K("frame"), ref.frame);
		} else {
			add_null(&w, K("file"));
			add_null(&w, K("frame"));
		}
		jw_close(&w, '}');
	}
	/* added (issue 7): nodes listed are those with state at "at" or a
	 * finding; every node met is counted here */
	analysis_totals(r->a, &totals);
	add_int(&w, K("nodes_seen"), (int64_t)totals.nodes_seen);
	jw_key(&w, K("nodes"));
	jw_open(&w, '[');
	for (guint i = 0; i < nodes->len; i++) {
		const struct node *n = g_ptr_array_index(nodes, i);

		jw_open(&w, '{');
		add_addr(&w, K("home_address"), &n->home);
		add_chains(&w, r, n);
		add_tunnels(&w, r, n);
		add_bindings(&w, r, n);
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	jw_key(&w, K("findings"));
	jw_open(&w, '[');
	found = analysis_findings(r->a, &count);
	for (unsigned i = 0; i < count; i++)
		add_finding(&w, &found[i]);
	jw_close(&w, ']');
	/* added to the contract (issue 7): findings counted but not listed */
	jw_key(&w, K("suppressed"));
	jw_open(&w, '[');
	for (unsigned c = 0; c < MIPX_CHECK_COUNT; c++) {
		if (!totals.suppressed[c])
			continue;
		jw_open(&w, '{');
		add_str(&w, K("check"), mipx_check_info(c)->name);
		add_int(&w, K("count"), (int64_t)totals.suppressed[c]);
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	jw_close(&w, '}');
	rb_putc(&w.b, '\n');
	rb_flush(&w.b);
	files_free(&w);
	g_ptr_array_unref(nodes);
}
