/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The machine-readable report, exactly the contract of analysis.md section
 * 3 ("mipx": 1).  Fields may be added; none may be renamed or removed.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "analyzer.h"

static void add_time(JsonBuilder *b, const char *name, double t)
{
	json_builder_set_member_name(b, name);
	if (isinf(t) || isnan(t))
		json_builder_add_null_value(b);
	else /* microseconds, as pcap timestamps have them */
		json_builder_add_double_value(b, round(t * 1e6) / 1e6);
}

static void add_str(JsonBuilder *b, const char *name, const char *value)
{
	json_builder_set_member_name(b, name);
	json_builder_add_string_value(b, value);
}

static void add_int(JsonBuilder *b, const char *name, gint64 value)
{
	json_builder_set_member_name(b, name);
	json_builder_add_int_value(b, value);
}

static void add_ip4(JsonBuilder *b, const char *name, uint32_t a)
{
	char buf[16];

	json_builder_set_member_name(b, name);
	if (a)
		json_builder_add_string_value(b, mipx_ipv4_str(a, buf));
	else
		json_builder_add_null_value(b);
}

static void add_addr(JsonBuilder *b, const char *name, const struct mipx_addr *a)
{
	char buf[46];

	json_builder_set_member_name(b, name);
	if (a->family)
		json_builder_add_string_value(b, mipx_addr_str(a, buf));
	else
		json_builder_add_null_value(b);
}

static void add_frames(JsonBuilder *b, const struct report *r,
		       const struct frame_list *f)
{
	json_builder_set_member_name(b, "frames");
	json_builder_begin_array(b);
	for (unsigned i = 0; i < f->count; i++) {
		json_builder_begin_object(b);
		add_str(b, "file", f->f[i].file < r->n_inputs ? r->inputs[f->f[i].file].name : "?");
		add_int(b, "frame", f->f[i].frame);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
}

static void add_chains(JsonBuilder *b, const struct report *r, const struct node *n)
{
	const GPtrArray *chains = chains_at(r->a, n, r->at);

	json_builder_set_member_name(b, "chains");
	json_builder_begin_array(b);
	for (guint i = 0; i < chains->len; i++) {
		const struct chain *c = g_ptr_array_index(chains, i);

		json_builder_begin_object(b);
		json_builder_set_member_name(b, "complete");
		json_builder_add_boolean_value(b, c->complete);
		json_builder_set_member_name(b, "registrations");
		json_builder_begin_array(b);
		for (guint k = 0; k < c->links->len; k++) {
			const struct registration *reg = g_ptr_array_index(c->links, k);

			json_builder_begin_object(b);
			add_str(b, "role", reg_role_name(c->roles[k]));
			add_ip4(b, "registrar", reg->registrar);
			add_ip4(b, "child_coa", reg->child_coa);
			add_ip4(b, "parent_coa", reg->parent_coa);
			add_int(b, "requested", reg->requested);
			add_int(b, "granted", reg->granted);
			add_time(b, "accepted_at", reg->accepted_at);
			add_time(b, "expires_at", reg->expires_at);
			json_builder_set_member_name(b, "rbit");
			json_builder_add_boolean_value(b, reg->rbit);
			add_frames(b, r, &reg->frames);
			json_builder_end_object(b);
		}
		json_builder_end_array(b);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
}

static void add_tunnels(JsonBuilder *b, const struct report *r, const struct node *n)
{
	json_builder_set_member_name(b, "tunnels");
	json_builder_begin_array(b);
	for (guint i = 0; i < n->tunnels->len; i++) {
		const struct tunnel *t = &g_array_index(n->tunnels, struct tunnel, i);

		if (!tunnel_active(t, r->at))
			continue;
		json_builder_begin_object(b);
		add_ip4(b, "from", t->from);
		add_ip4(b, "to", t->to);
		add_str(b, "kind", reg_role_name(tunnel_kind(r->a, n, t, r->at)));
		add_int(b, "granted", t->granted);
		add_time(b, "enabled_at", t->enabled_at);
		add_time(b, "expires_at", t->expires_at);
		add_frames(b, r, &t->frames);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
}

static void add_bindings(JsonBuilder *b, const struct report *r, const struct node *n)
{
	json_builder_set_member_name(b, "bindings");
	json_builder_begin_array(b);
	for (guint i = 0; i < n->bindings->len; i++) {
		const struct binding *x = &g_array_index(n->bindings, struct binding, i);
		struct mipx_addr coa = mipx_addr_v6(x->coa);

		if (!binding_active(x, r->at))
			continue;
		json_builder_begin_object(b);
		add_addr(b, "at", &x->receiver);
		add_addr(b, "home_address", &n->home);
		/* ifid/ifpri for CoAINFO bindings, bid/bid_pri for RFC 5648 ones */
		json_builder_set_member_name(b, "ifid");
		if (x->key_kind == BKEY_IFID)
			json_builder_add_int_value(b, x->key);
		else
			json_builder_add_null_value(b);
		json_builder_set_member_name(b, "ifpri");
		if (x->key_kind != BKEY_BID)
			json_builder_add_int_value(b, x->priority);
		else
			json_builder_add_null_value(b);
		if (x->key_kind == BKEY_BID) {
			add_int(b, "bid", x->key);
			add_int(b, "bid_pri", x->priority);
		}
		add_addr(b, "coa", &coa);
		add_int(b, "sequence", x->sequence);
		add_int(b, "lifetime", x->lifetime);
		add_time(b, "expires_at", x->expires_at);
		add_frames(b, r, &x->frames);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
}

static void add_finding(JsonBuilder *b, const struct report *r, const struct finding *f)
{
	const struct mipx_check_info *info = mipx_check_info(f->check);

	json_builder_begin_object(b);
	add_str(b, "check", info->name);
	add_str(b, "severity", mipx_severity_name(info->severity));
	add_addr(b, "node", &f->node);
	add_str(b, "message", f->text);
	add_frames(b, r, &f->frames);
	json_builder_end_object(b);
}

/* Pretty text of one JSON value, every line but the first indented by `indent`. */
static void emit(FILE *out, JsonBuilder *b, unsigned indent)
{
	JsonNode *root = json_builder_get_root(b);
	JsonGenerator *gen = json_generator_new();
	char *text, *line, *next;

	json_generator_set_pretty(gen, TRUE);
	json_generator_set_indent(gen, 2);
	json_generator_set_root(gen, root);
	text = json_generator_to_data(gen, NULL);
	for (line = text; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (line != text)
			fprintf(out, "\n%*s", (int)indent, "");
		fputs(line, out);
	}
	g_free(text);
	json_node_unref(root);
	g_object_unref(gen);
}

/*
 * The report is written one node and one finding at a time, each built with
 * its own JsonBuilder, so that memory does not grow with the number of nodes;
 * the output is what one JsonGenerator would print for the whole object.
 */
void report_json(FILE *out, const struct report *r)
{
	GPtrArray *nodes = analysis_sorted_nodes(r->a);
	JsonBuilder *b = json_builder_new();
	char at[G_ASCII_DTOSTR_BUF_SIZE];

	fputs("{\n  \"mipx\" : 1,\n  \"inputs\" : ", out);
	json_builder_begin_array(b);
	for (unsigned i = 0; i < r->n_inputs; i++) {
		json_builder_begin_object(b);
		add_str(b, "file", r->inputs[i].name);
		add_int(b, "packets", (gint64)r->inputs[i].packets);
		add_int(b, "messages", (gint64)r->inputs[i].messages);
		json_builder_end_object(b);
	}
	json_builder_end_array(b);
	emit(out, b, 2);
	json_builder_reset(b);

	/* "at" as the generator writes a double, or null */
	json_builder_begin_object(b);
	add_time(b, "at", r->at);
	json_builder_end_object(b);
	{
		JsonNode *root = json_builder_get_root(b);
		JsonNode *m = json_object_get_member(json_node_get_object(root), "at");
		if (JSON_NODE_HOLDS_NULL(m))
			g_strlcpy(at, "null", sizeof(at));
		else if (!strpbrk(g_ascii_dtostr(at, sizeof(at), json_node_get_double(m)), ".eEn"))
			g_strlcat(at, ".0", sizeof(at)); /* as JsonGenerator writes doubles */
		json_node_unref(root);
	}
	json_builder_reset(b);
	fprintf(out, ",\n  \"at\" : %s,\n  \"nodes\" : %s", at, nodes->len ? "[\n    " : "[]");
	for (guint i = 0; i < nodes->len; i++) {
		const struct node *n = g_ptr_array_index(nodes, i);

		json_builder_begin_object(b);
		add_addr(b, "home_address", &n->home);
		add_chains(b, r, n);
		add_tunnels(b, r, n);
		add_bindings(b, r, n);
		json_builder_end_object(b);
		if (i)
			fputs(",\n    ", out);
		emit(out, b, 4);
		json_builder_reset(b);
	}
	fprintf(out, "%s,\n  \"findings\" : %s", nodes->len ? "\n  ]" : "",
		r->a->findings->len ? "[\n    " : "[]");
	for (guint i = 0; i < r->a->findings->len; i++) {
		add_finding(b, r, &g_array_index(r->a->findings, struct finding, i));
		if (i)
			fputs(",\n    ", out);
		emit(out, b, 4);
		json_builder_reset(b);
	}
	fprintf(out, "%s\n}\n", r->a->findings->len ? "\n  ]" : "");
	g_object_unref(b);
	g_ptr_array_free(nodes, TRUE);
}
