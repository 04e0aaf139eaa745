/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The JSON report keeps every field of the contract in analysis.md section 3.
 * Usage: cli_json_contract MIPX SOURCE_DIR: runs `mipx --json` on every
 * sample capture, checks that the output parses as JSON, and that each
 * object carries its listed members with the listed types (and the members
 * added since, where present).
 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <json-glib/json-glib.h>

static const char *mipx_bin, *source_dir;
static unsigned seen_chains, seen_regs, seen_tunnels, seen_bindings, seen_findings;

enum kind { STR, INT, NUM, BOOL, ARR, OBJ, STR_OR_NULL, INT_OR_NULL, NUM_OR_NULL };

static void member(JsonObject *o, const char *name, enum kind k)
{
	JsonNode *n;
	GType t;

	if (!json_object_has_member(o, name))
		fail_msg("member \"%s\" missing", name);
	n = json_object_get_member(o, name);
	if (JSON_NODE_HOLDS_NULL(n)) {
		if (k != STR_OR_NULL && k != INT_OR_NULL && k != NUM_OR_NULL)
			fail_msg("member \"%s\" is null", name);
		return;
	}
	switch (k) {
	case ARR:
		assert_true(JSON_NODE_HOLDS_ARRAY(n));
		return;
	case OBJ:
		assert_true(JSON_NODE_HOLDS_OBJECT(n));
		return;
	default:
		break;
	}
	assert_true(JSON_NODE_HOLDS_VALUE(n));
	t = json_node_get_value_type(n);
	switch (k) {
	case STR:
	case STR_OR_NULL:
		if (t != G_TYPE_STRING)
			fail_msg("member \"%s\" is not a string", name);
		break;
	case INT:
	case INT_OR_NULL:
		if (t != G_TYPE_INT64)
			fail_msg("member \"%s\" is not an integer", name);
		break;
	case NUM:
	case NUM_OR_NULL:
		if (t != G_TYPE_INT64 && t != G_TYPE_DOUBLE)
			fail_msg("member \"%s\" is not a number", name);
		break;
	case BOOL:
		if (t != G_TYPE_BOOLEAN)
			fail_msg("member \"%s\" is not a boolean", name);
		break;
	default:
		break;
	}
}

static void frames(JsonObject *o)
{
	JsonArray *arr;

	member(o, "frames", ARR);
	arr = json_object_get_array_member(o, "frames");
	assert_true(json_array_get_length(arr) > 0);
	for (guint i = 0; i < json_array_get_length(arr); i++) {
		JsonObject *f = json_array_get_object_element(arr, i);
		member(f, "file", STR);
		member(f, "frame", INT);
		assert_true(json_object_get_int_member(f, "frame") >= 1); /* 1-based */
	}
}

static void check_report(JsonObject *root)
{
	JsonArray *arr;

	member(root, "mipx", INT);
	assert_int_equal(json_object_get_int_member(root, "mipx"), 1);
	member(root, "inputs", ARR);
	arr = json_object_get_array_member(root, "inputs");
	assert_true(json_array_get_length(arr) >= 1);
	for (guint i = 0; i < json_array_get_length(arr); i++) {
		JsonObject *in = json_array_get_object_element(arr, i);
		member(in, "file", STR);
		member(in, "packets", INT);
		member(in, "messages", INT);
		if (json_object_has_member(in, "cut"))
			member(in, "cut", INT);
		if (json_object_has_member(in, "tunnelled")) {
			JsonObject *t = json_object_get_object_member(in, "tunnelled");
			GList *names = json_object_get_members(t);

			member(in, "tunnelled", OBJ);
			assert_non_null(names);
			for (GList *l = names; l; l = l->next)
				member(t, l->data, INT);
			g_list_free(names);
		}
	}
	member(root, "rbit", OBJ);
	{
		JsonObject *rb = json_object_get_object_member(root, "rbit");

		member(rb, "mode", STR);
		member(rb, "reading", STR);
		member(rb, "why", STR);
		member(rb, "file", STR_OR_NULL);
		member(rb, "frame", INT_OR_NULL);
	}
	member(root, "at", NUM);
	/* findings beyond the first 1000 of a check, counted */
	member(root, "suppressed", ARR);
	arr = json_object_get_array_member(root, "suppressed");
	for (guint i = 0; i < json_array_get_length(arr); i++) {
		JsonObject *sup = json_array_get_object_element(arr, i);
		member(sup, "check", STR);
		member(sup, "count", INT);
		assert_true(json_object_get_int_member(sup, "count") > 0);
	}
	member(root, "nodes", ARR);
	arr = json_object_get_array_member(root, "nodes");
	for (guint i = 0; i < json_array_get_length(arr); i++) {
		JsonObject *n = json_array_get_object_element(arr, i);
		JsonArray *chains, *tunnels, *bindings;

		member(n, "home_address", STR);
		member(n, "chains", ARR);
		member(n, "tunnels", ARR);
		member(n, "bindings", ARR);
		chains = json_object_get_array_member(n, "chains");
		for (guint c = 0; c < json_array_get_length(chains); c++) {
			JsonObject *ch = json_array_get_object_element(chains, c);
			JsonArray *regs;

			seen_chains++;
			member(ch, "complete", BOOL);
			member(ch, "registrations", ARR);
			regs = json_object_get_array_member(ch, "registrations");
			for (guint r = 0; r < json_array_get_length(regs); r++) {
				JsonObject *reg = json_array_get_object_element(regs, r);
				const char *role;

				seen_regs++;
				member(reg, "role", STR);
				role = json_object_get_string_member(reg, "role");
				assert_true(!strcmp(role, "local") || !strcmp(role, "transit") ||
					    !strcmp(role, "home"));
				member(reg, "registrar", STR);
				member(reg, "child_coa", STR);
				member(reg, "parent_coa", STR_OR_NULL);
				member(reg, "requested", INT);
				member(reg, "granted", INT);
				member(reg, "accepted_at", NUM);
				member(reg, "expires_at", NUM_OR_NULL);
				frames(reg);
			}
		}
		tunnels = json_object_get_array_member(n, "tunnels");
		for (guint t = 0; t < json_array_get_length(tunnels); t++) {
			JsonObject *tu = json_array_get_object_element(tunnels, t);

			seen_tunnels++;
			member(tu, "from", STR);
			member(tu, "to", STR);
			member(tu, "kind", STR);
			member(tu, "granted", INT);
			member(tu, "enabled_at", NUM);
			member(tu, "expires_at", NUM_OR_NULL);
			frames(tu);
		}
		bindings = json_object_get_array_member(n, "bindings");
		for (guint b = 0; b < json_array_get_length(bindings); b++) {
			JsonObject *bi = json_array_get_object_element(bindings, b);

			seen_bindings++;
			member(bi, "at", STR);
			member(bi, "home_address", STR);
			member(bi, "kind", STR);
			member(bi, "ifid", INT_OR_NULL);
			member(bi, "ifpri", INT_OR_NULL);
			member(bi, "coa", STR);
			member(bi, "sequence", INT);
			member(bi, "lifetime", INT);
			member(bi, "expires_at", NUM);
			frames(bi);
		}
	}
	member(root, "findings", ARR);
	arr = json_object_get_array_member(root, "findings");
	for (guint i = 0; i < json_array_get_length(arr); i++) {
		JsonObject *f = json_array_get_object_element(arr, i);
		const char *sev;

		seen_findings++;
		member(f, "check", STR);
		member(f, "severity", STR);
		sev = json_object_get_string_member(f, "severity");
		assert_true(!strcmp(sev, "info") || !strcmp(sev, "warning") ||
			    !strcmp(sev, "error"));
		member(f, "node", STR_OR_NULL);
		member(f, "message", STR);
		frames(f);
	}
}

static void run_on(const char *sample, const char *extra)
{
	char *capture = g_build_filename(source_dir, "samples", "captures", sample, NULL);
	const char *argv[6];
	char *out = NULL, *err = NULL;
	int status = 0, n = 0;
	GError *error = NULL;
	JsonParser *parser = json_parser_new();

	if (!g_file_test(capture, G_FILE_TEST_EXISTS)) {
		g_free(capture);
		g_object_unref(parser);
		skip();
	}
	argv[n++] = mipx_bin;
	argv[n++] = "--json";
	argv[n++] = "--quiet";
	if (extra)
		argv[n++] = extra;
	argv[n++] = capture;
	argv[n] = NULL;
	assert_true(g_spawn_sync(NULL, (char **)(uintptr_t)argv, NULL, G_SPAWN_DEFAULT,
				 NULL, NULL, &out, &err, &status, &error));
	assert_true(json_parser_load_from_data(parser, out, -1, &error));
	assert_true(JSON_NODE_HOLDS_OBJECT(json_parser_get_root(parser)));
	check_report(json_node_get_object(json_parser_get_root(parser)));
	g_object_unref(parser);
	g_free(out);
	g_free(err);
	g_free(capture);
}

/* Every sample: a writer bug in a member only some captures have (the
 * tunnel counts, say) shows only where a capture has it. */
static void test_every_sample(void **state)
{
	char *dir = g_build_filename(source_dir, "samples", "captures", NULL);
	GDir *d = g_dir_open(dir, 0, NULL);
	const char *name;
	unsigned runs = 0;

	(void)state;
	assert_non_null(d);
	while ((name = g_dir_read_name(d))) {
		if (!g_str_has_suffix(name, ".pcap") && !g_str_has_suffix(name, ".pcapng"))
			continue;
		run_on(name, NULL);
		runs++;
	}
	g_dir_close(d);
	g_free(dir);
	assert_true(runs > 50);
}

static void test_everything_seen(void **state)
{
	(void)state;
	/* the contract is only checked where the samples exercise it */
	assert_true(seen_chains > 0);
	assert_true(seen_regs > 0);
	assert_true(seen_tunnels > 0);
	assert_true(seen_bindings > 0);
	assert_true(seen_findings > 0);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_sample),
		cmocka_unit_test(test_everything_seen),
	};

	if (argc != 3) {
		fprintf(stderr, "usage: %s MIPX SOURCE_DIR\n", argv[0]);
		return 2;
	}
	mipx_bin = argv[1];
	source_dir = argv[2];
	return cmocka_run_group_tests(tests, NULL, NULL);
}
