/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The optional topology file (docs/analyzer.md "Topology file"): which
 * domain each registration server, care-of agent, home agent and network
 * belongs to, and which home prefixes each home server serves.  With it,
 * chain roles are exact instead of inferred.
 *
 *   # comment
 *   domain home
 *     server 10.1.0.2
 *     home-agent 10.1.0.1
 *     care-of-agent 10.1.0.3
 *     network 10.1.0.0/16
 *     home-prefix 10.1.0.0/24 [server 10.1.0.2] [home-agent 10.1.0.1]
 *   domain visited
 *     ...
 *
 * Indentation is free; every line after `domain` belongs to that domain.
 */
#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

#include "topology.h"

static bool parse_addr(const char *s, struct mipx_addr *out)
{
	uint8_t buf[16];

	memset(out, 0, sizeof(*out));
	if (inet_pton(AF_INET, s, buf) == 1) {
		out->family = 4;
		memcpy(out->bytes, buf, 4);
		return true;
	}
	if (inet_pton(AF_INET6, s, buf) == 1) {
		out->family = 6;
		memcpy(out->bytes, buf, 16);
		return true;
	}
	return false;
}

static bool parse_prefix(const char *s, struct mipx_addr *out, unsigned *len)
{
	char tmp[64];
	const char *slash = strchr(s, '/');
	char *end = NULL;
	unsigned long l;

	if (!slash || (size_t)(slash - s) >= sizeof(tmp))
		return false;
	memcpy(tmp, s, (size_t)(slash - s));
	tmp[slash - s] = '\0';
	if (!parse_addr(tmp, out))
		return false;
	l = strtoul(slash + 1, &end, 10);
	if (!*(slash + 1) || *end || l > (out->family == 4 ? 32u : 128u))
		return false;
	*len = (unsigned)l;
	return true;
}

static bool prefix_match(const struct mipx_addr *p, unsigned len,
			 const struct mipx_addr *a)
{
	if (p->family != a->family)
		return false;
	for (unsigned bit = 0; bit < len; bit++) {
		unsigned mask = 0x80u >> (bit % 8);
		if ((p->bytes[bit / 8] & mask) != (a->bytes[bit / 8] & mask))
			return false;
	}
	return true;
}

void topology_free(struct topology *topo)
{
	if (!topo)
		return;
	g_ptr_array_free(topo->domains, TRUE);
	g_array_free(topo->entities, TRUE);
	g_array_free(topo->prefixes, TRUE);
	g_free(topo);
}

static bool fail(GError **error, unsigned line, const char *what, const char *word)
{
	g_set_error(error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
		    "line %u: %s '%s'", line, what, word ? word : "");
	return false;
}

static bool parse_line(struct topology *topo, char **w, unsigned nw,
		       unsigned line, int *domain, GError **error)
{
	struct mipx_addr addr;

	if (!strcmp(w[0], "domain")) {
		if (nw != 2)
			return fail(error, line, "expected: domain NAME", w[0]);
		g_ptr_array_add(topo->domains, g_strdup(w[1]));
		*domain = (int)topo->domains->len - 1;
		return true;
	}
	if (*domain < 0)
		return fail(error, line, "before any 'domain' line", w[0]);
	if (!strcmp(w[0], "server") || !strcmp(w[0], "home-agent") ||
	    !strcmp(w[0], "care-of-agent")) {
		struct topo_entity e;
		if (nw != 2 || !parse_addr(w[1], &addr))
			return fail(error, line, "expected an address after", w[0]);
		e.addr = addr;
		e.domain = *domain;
		e.role = !strcmp(w[0], "server") ? TOPO_SERVER
			 : !strcmp(w[0], "home-agent") ? TOPO_HOME_AGENT
						       : TOPO_CARE_OF_AGENT;
		g_array_append_val(topo->entities, e);
		return true;
	}
	if (!strcmp(w[0], "network") || !strcmp(w[0], "home-prefix")) {
		struct topo_prefix p;
		memset(&p, 0, sizeof(p));
		if (nw < 2 || !parse_prefix(w[1], &p.prefix, &p.len))
			return fail(error, line, "expected PREFIX/LEN after", w[0]);
		p.domain = *domain;
		for (unsigned i = 2; i < nw; i += 2) {
			if (i + 1 >= nw)
				return fail(error, line, "missing address after", w[i]);
			if (!strcmp(w[i], "server") && parse_addr(w[i + 1], &p.server))
				continue;
			if (!strcmp(w[i], "home-agent") &&
			    parse_addr(w[i + 1], &p.home_agent))
				continue;
			return fail(error, line, "unexpected", w[i]);
		}
		p.network = !strcmp(w[0], "network");
		g_array_append_val(topo->prefixes, p);
		return true;
	}
	return fail(error, line, "unknown keyword", w[0]);
}

struct topology *topology_parse(const char *text, GError **error)
{
	struct topology *topo = g_new0(struct topology, 1);
	char **lines = g_strsplit(text, "\n", -1);
	int domain = -1;
	bool ok = true;

	topo->domains = g_ptr_array_new_with_free_func(g_free);
	topo->entities = g_array_new(FALSE, TRUE, sizeof(struct topo_entity));
	topo->prefixes = g_array_new(FALSE, TRUE, sizeof(struct topo_prefix));
	for (unsigned i = 0; ok && lines[i]; i++) {
		char *hash = strchr(lines[i], '#');
		char **w;
		unsigned nw = 0;

		if (hash)
			*hash = '\0';
		w = g_strsplit_set(g_strstrip(lines[i]), " \t\r", -1);
		char *words[16];
		for (unsigned k = 0; w[k] && nw < G_N_ELEMENTS(words); k++)
			if (*w[k])
				words[nw++] = w[k];
		if (nw)
			ok = parse_line(topo, words, nw, i + 1, &domain, error);
		g_strfreev(w);
	}
	g_strfreev(lines);
	if (!ok) {
		topology_free(topo);
		return NULL;
	}
	return topo;
}

struct topology *topology_load(const char *path, GError **error)
{
	char *text = NULL;
	struct topology *topo;

	if (!g_file_get_contents(path, &text, NULL, error))
		return NULL;
	topo = topology_parse(text, error);
	g_free(text);
	if (!topo && error && *error)
		g_prefix_error(error, "%s: ", path);
	return topo;
}

const struct topo_entity *topology_entity(const struct topology *topo,
					  const struct mipx_addr *addr)
{
	for (guint i = 0; topo && i < topo->entities->len; i++) {
		const struct topo_entity *e =
			&g_array_index(topo->entities, struct topo_entity, i);
		if (mipx_addr_equal(&e->addr, addr))
			return e;
	}
	return NULL;
}

/* The longest home prefix that covers the home address. */
const struct topo_prefix *topology_home_prefix(const struct topology *topo,
					       const struct mipx_addr *home)
{
	const struct topo_prefix *best = NULL;

	for (guint i = 0; topo && i < topo->prefixes->len; i++) {
		const struct topo_prefix *p =
			&g_array_index(topo->prefixes, struct topo_prefix, i);
		if (!p->network && prefix_match(&p->prefix, p->len, home) &&
		    (!best || p->len > best->len))
			best = p;
	}
	return best;
}

/* The domain an address belongs to: as an entity, else by network; -1. */
int topology_domain_of(const struct topology *topo, const struct mipx_addr *addr)
{
	const struct topo_entity *e = topology_entity(topo, addr);
	unsigned best_len = 0;
	int best = -1;

	if (e)
		return e->domain;
	for (guint i = 0; topo && i < topo->prefixes->len; i++) {
		const struct topo_prefix *p =
			&g_array_index(topo->prefixes, struct topo_prefix, i);
		unsigned len = p->len;
		if (prefix_match(&p->prefix, len, addr) && (best < 0 || len > best_len)) {
			best = p->domain;
			best_len = len;
		}
	}
	return best;
}

bool topology_has_server(const struct topology *topo)
{
	if (!topo)
		return false;
	for (guint i = 0; i < topo->entities->len; i++)
		if (g_array_index(topo->entities, struct topo_entity, i).role == TOPO_SERVER)
			return true;
	for (guint i = 0; i < topo->prefixes->len; i++)
		if (g_array_index(topo->prefixes, struct topo_prefix, i).server.family)
			return true;
	return false;
}
