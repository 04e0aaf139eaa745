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

#define JW_DEPTH 16

/* An IPv4 address in its JSON form ("a.b.c.d" with the quotes, or null
 * for 0), kept while the same address comes again: one field (the
 * registrar, the foreign agent) names the same few agents node after
 * node, and a printf call costs more than all the rest of a member. */
struct ip4_json {
	uint32_t addr;
	char text[18];
};

static const char *ip4_json(struct ip4_json *memo, uint32_t addr)
{
	if (memo->text[0] && memo->addr == addr)
		return memo->text;
	memo->addr = addr;
	if (addr)
		snprintf(memo->text, sizeof(memo->text), "\"" IP4_FMT "\"", IP4_ARGS(addr));
	else
		strcpy(memo->text, "null");
	return memo->text;
}

struct jw {
	FILE *out;
	unsigned depth;
	unsigned count[JW_DEPTH]; /* values written in each open container */
	bool keyed;               /* a member name was written: no separator */
	GString *text;            /* a string's JSON form, reused */
	struct {
		uint32_t id; /* RECEIVER_NONE: none yet */
		char json[48];
	} receiver; /* the last binding's receiver (receiver_json) */
	/* the agents of the last registration and tunnel (ip4_json) */
	struct ip4_json registrar, child_coa, parent_coa, tunnel_from, tunnel_to;
	/* each input's name as a JSON string, quotes included: frame lists
	 * name a file per frame, escaped once instead of at every frame */
	char **file_json;
	unsigned n_files;
};

/* A member name: the literal with its quotes and " : ", and its length. */
#define K(name) "\"" name "\" : ", sizeof("\"" name "\" : ") - 1

/* What comes before a value in a container: the comma after the one
 * before it, a new line, two spaces a level. */
static const char jw_break[] = ",\n                                "
			       "                                ";
#define JW_INDENT_MAX (sizeof(jw_break) - 3)

/* The length of the separator at the current depth: comma (if `comma`),
 * new line, indent; it starts at jw_break + !comma. */
static size_t jw_break_len(const struct jw *w, bool comma)
{
	size_t indent = 2 * w->depth;

	return comma + 1 + (indent < JW_INDENT_MAX ? indent : JW_INDENT_MAX);
}

static void jw_newline(struct jw *w, bool comma)
{
	fwrite(jw_break + !comma, 1, jw_break_len(w, comma), w->out);
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
	jw_newline(w, w->count[w->depth - 1]++ > 0);
}

/* A member: separator, name, and the value when it is already text (an
 * empty one when the value follows).  Members sit in objects: depth is
 * at least 1 and no name is pending.  All in one write where it fits: a
 * member is what the report writes most (800,000 of them for 20,000
 * nodes), and each stdio call costs more than the copy. */
#define JW_MEMBER_MAX 128
static void jw_member(struct jw *w, const char *key, size_t key_len, const char *value,
		      size_t value_len)
{
	bool comma = w->count[w->depth - 1]++ > 0;
	size_t n = jw_break_len(w, comma);
	char line[sizeof(jw_break) + JW_MEMBER_MAX];

	if (key_len + value_len > JW_MEMBER_MAX) {
		jw_newline(w, comma);
		fwrite(key, 1, key_len, w->out);
		fwrite(value, 1, value_len, w->out);
		return;
	}
	memcpy(line, jw_break + !comma, n);
	memcpy(line + n, key, key_len);
	memcpy(line + n + key_len, value, value_len);
	fwrite(line, 1, n + key_len + value_len, w->out);
}

static void jw_name(struct jw *w, const char *key, size_t key_len)
{
	jw_member(w, key, key_len, "", 0);
}

/* Octets that JSON strings must escape: controls, quote, backslash. */
static bool jw_escaped(unsigned char c)
{
	return c < 0x20 || c == '"' || c == '\\';
}

/* The string's JSON form, quotes included, into `out`; runs with nothing
 * to escape are copied whole. */
static void jw_quote(GString *out, const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	g_string_truncate(out, 0);
	g_string_append_c(out, '"');
	while (*p) {
		const unsigned char *run = p;

		while (*p && !jw_escaped(*p))
			p++;
		g_string_append_len(out, (const char *)run, p - run);
		if (!*p)
			break;
		switch (*p) {
		case '"': g_string_append(out, "\\\""); break;
		case '\\': g_string_append(out, "\\\\"); break;
		case '\b': g_string_append(out, "\\b"); break;
		case '\f': g_string_append(out, "\\f"); break;
		case '\n': g_string_append(out, "\\n"); break;
		case '\r': g_string_append(out, "\\r"); break;
		case '\t': g_string_append(out, "\\t"); break;
		default: g_string_append_printf(out, "\\u%04x", *p);
		}
		p++;
	}
	g_string_append_c(out, '"');
}

static void jw_string_body(struct jw *w, const char *s)
{
	jw_quote(w->text, s);
	fwrite(w->text->str, 1, w->text->len, w->out);
}

static void jw_key(struct jw *w, const char *key, size_t key_len)
{
	jw_name(w, key, key_len);
	w->keyed = true;
}

static void jw_open(struct jw *w, char c)
{
	jw_sep(w);
	putc(c, w->out);
	if (w->depth < JW_DEPTH)
		w->count[w->depth] = 0;
	w->depth++;
}

static void jw_close(struct jw *w, char c)
{
	unsigned n = w->depth <= JW_DEPTH ? w->count[w->depth - 1] : 1;

	w->depth--;
	if (n)
		jw_newline(w, false);
	putc(c, w->out);
}

/* A value already in its JSON form: "text" with its quotes, or null. */
static void add_json(struct jw *w, const char *key, size_t key_len, const char *json)
{
	jw_member(w, key, key_len, json, strlen(json));
}

static void add_str(struct jw *w, const char *key, size_t key_len, const char *value)
{
	jw_quote(w->text, value);
	jw_member(w, key, key_len, w->text->str, w->text->len);
}

static void add_int(struct jw *w, const char *key, size_t key_len, int64_t value)
{
	jw_name(w, key, key_len);
	fprintf(w->out, "%lld", (long long)value);
}

static void add_bool(struct jw *w, const char *key, size_t key_len, bool value)
{
	add_json(w, key, key_len, value ? "true" : "false");
}

static void add_null(struct jw *w, const char *key, size_t key_len)
{
	add_json(w, key, key_len, "null");
}

const char *report_json_time(cap_time t, char out[32])
{
	if (t == CAP_NEVER || t == CAP_NONE)
		return strcpy(out, "null");
	return cap_secs(t, 6, out);
}

static void add_time(struct jw *w, const char *key, size_t key_len, cap_time t)
{
	char text[32];

	add_json(w, key, key_len, report_json_time(t, text));
}

/* The JSON form of an address: "a.b.c.d" or "2001:db8::1" with the
 * quotes (digits, dots and colons: nothing to escape), or null when
 * there is none. */
static const char *addr_json(const struct mipx_addr *a, char out[48])
{
	if (!a->family)
		return strcpy(out, "null");
	out[0] = '"';
	mipx_addr_str(a, out + 1);
	return strcat(out, "\"");
}

/* A binding's receiver in its JSON form, formatted again only when it
 * differs from the last binding's: bindings name the same few home
 * agents over and over, and inet_ntop is the dearest call of a member. */
static const char *receiver_json(struct jw *w, const struct report *r, uint32_t id)
{
	if (w->receiver.id != id || id == RECEIVER_NONE) {
		w->receiver.id = id;
		addr_json(receiver_addr(r->a, id), w->receiver.json);
	}
	return w->receiver.json;
}

static void add_addr(struct jw *w, const char *key, size_t key_len,
		     const struct mipx_addr *a)
{
	char json[48];

	add_json(w, key, key_len, addr_json(a, json));
}

/* the inputs' names as JSON strings, and "?" after them for frames of an
 * input past the last (more than 65535 files share the last index) */
static void files_quote(struct jw *w, const struct report *r)
{
	w->n_files = r->n_inputs;
	w->file_json = g_new(char *, r->n_inputs + 1);
	for (unsigned i = 0; i <= r->n_inputs; i++) {
		jw_quote(w->text, i < r->n_inputs ? r->inputs[i].name : "?");
		w->file_json[i] = g_strdup(w->text->str);
	}
}

static void files_free(struct jw *w)
{
	for (unsigned i = 0; i <= w->n_files; i++)
		g_free(w->file_json[i]);
	g_free(w->file_json);
}

static const char *file_json(const struct jw *w, unsigned file)
{
	return w->file_json[file < w->n_files ? file : w->n_files];
}

static void add_frames(struct jw *w, const struct frame_list *f)
{
	jw_key(w, K("frames"));
	jw_open(w, '[');
	for (unsigned i = 0; i < f->count; i++) {
		struct frame_ref ref = frame_slot_ref(f->f[i]);

		jw_open(w, '{');
		add_json(w, K("file"), file_json(w, ref.file));
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
			add_json(w, K("registrar"), ip4_json(&w->registrar, reg->registrar));
			add_json(w, K("child_coa"), ip4_json(&w->child_coa, reg->child_coa));
			add_json(w, K("parent_coa"), ip4_json(&w->parent_coa, reg->parent_coa));
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
		add_json(w, K("from"), ip4_json(&w->tunnel_from, t->from));
		add_json(w, K("to"), ip4_json(&w->tunnel_to, t->to));
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
static void prefix_text(char out[52], const uint8_t prefix[16], unsigned len)
{
	char addr[46];

	snprintf(out, 52, "%s/%u", mipx_ipv6_str(prefix, addr), len);
}

/* NEMO: the prefixes the router registered at this receiver (RFC 3963
 * 6.2; none in implicit mode); PMIPv6: its identity (RFC 5213 5.5). */
static void add_binding_extra(struct jw *w, const struct node *n, const struct binding *x)
{
	const struct node6_extra *e = NODE_IS4(n) ? NULL : NODE6(n)->extra;
	char text[52];

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

/* home_json: the node's address, in its JSON form (addr_json) */
static void add_bindings(struct jw *w, const struct report *r, const struct node *n,
			 const char *home_json)
{

	jw_key(w, K("bindings"));
	jw_open(w, '[');
	for (guint i = 0; i < NODE_NBIND(n); i++) {
		const struct binding *x = NODE_BIND(n, i);
		struct mipx_addr coa = mipx_addr_v6(x->coa);

		if (!binding_active(x, r->at))
			continue;
		jw_open(w, '{');
		add_json(w, K("at"), receiver_json(w, r, x->receiver));
		add_json(w, K("home_address"), home_json);
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
		add_int(w, key, (size_t)len, (int64_t)in->tunnelled[k]);
	}
	if (any)
		jw_close(w, '}');
}

void report_json(FILE *out, const struct report *r)
{
	GPtrArray *nodes = analysis_sorted_nodes(r->a);
	struct jw w = { .out = out, .text = g_string_new(NULL), .receiver = { RECEIVER_NONE, "" } };
	struct analysis_totals totals;
	const struct finding *found;
	unsigned count;

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
		if (r->inputs[i].cut_short_frame) {
			add_bool(&w, K("cut_short"), true);
			add_int(&w, K("cut_short_frame"), r->inputs[i].cut_short_frame);
		}
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
			add_json(&w, K("file"), file_json(&w, ref.file));
			add_int(&w, K("frame"), ref.frame);
		} else {
			add_null(&w, K("file"));
			add_null(&w, K("frame"));
		}
		jw_close(&w, '}');
	}
	/* nodes listed are those with state at "at" or a
	 * finding; every node met is counted here */
	analysis_totals(r->a, &totals);
	add_int(&w, K("nodes_seen"), (int64_t)totals.nodes_seen);
	jw_key(&w, K("nodes"));
	jw_open(&w, '[');
	for (guint i = 0; i < nodes->len; i++) {
		const struct node *n = g_ptr_array_index(nodes, i);
		char home[48];

		addr_json(&n->home, home);
		jw_open(&w, '{');
		add_json(&w, K("home_address"), home);
		add_chains(&w, r, n);
		add_tunnels(&w, r, n);
		add_bindings(&w, r, n, home);
		jw_close(&w, '}');
	}
	jw_close(&w, ']');
	jw_key(&w, K("findings"));
	jw_open(&w, '[');
	found = analysis_findings(r->a, &count);
	for (unsigned i = 0; i < count; i++)
		add_finding(&w, &found[i]);
	jw_close(&w, ']');
	/* findings counted but not listed */
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
	putc('\n', out);
	files_free(&w);
	g_string_free(w.text, TRUE);
	g_ptr_array_unref(nodes);
}
