/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <arpa/inet.h>
#include <string.h>

#include "node_roles.h"

static const struct agent_role_info roles[AGENT_ROLES] = {
	{ AGENT_HOME_AGENT, "home agent", "house", "#e8daef" },
	{ AGENT_LMA, "local mobility anchor", "house", "#e8daef" },
	{ AGENT_SERVER, "registration server", "hexagon", "#fcf3cf" },
	{ AGENT_FOREIGN, "foreign agent", "box", "#dff0d8" },
	{ AGENT_CARE_OF, "care-of agent", "box", "#ffffff" },
	{ AGENT_CORRESPONDENT, "correspondent node", "octagon", "#eeeeee" },
	{ AGENT_NO_PARENT, "no parent care-of address", "box", "#ffffff" },
};

const struct agent_role_info *agent_role_info(unsigned index)
{
	return index < AGENT_ROLES ? &roles[index] : NULL;
}

const struct agent_role_info *agent_role_main(unsigned bits)
{
	for (unsigned i = 0; i < AGENT_ROLES; i++)
		if (bits & roles[i].bit)
			return &roles[i];
	return NULL;
}

void agent_role_names(unsigned bits, GString *out)
{
	const char *sep = "";

	for (unsigned i = 0; i < AGENT_ROLES; i++) {
		if (!(bits & roles[i].bit))
			continue;
		g_string_append(out, sep);
		g_string_append(out, roles[i].name);
		sep = ", ";
	}
}

static void agent_add(GArray *out, const struct mipx_addr *addr, unsigned role)
{
	struct agent fresh = { *addr, role };

	for (guint i = 0; i < out->len; i++) {
		struct agent *a = &g_array_index(out, struct agent, i);

		if (addr_equal(&a->addr, addr)) {
			a->roles |= role;
			return;
		}
	}
	g_array_append_val(out, fresh);
}

static void agent_add4(GArray *out, uint32_t addr, unsigned role)
{
	struct mipx_addr a = mipx_addr_v4(addr);

	if (!addr) {
		memset(&a, 0, sizeof a);
		role = AGENT_NO_PARENT;
	}
	agent_add(out, &a, role);
}

unsigned registration_parent_role(enum reg_role role)
{
	return role == ROLE_HOME ? AGENT_HOME_AGENT : AGENT_CARE_OF;
}

unsigned registration_registrar_role(const struct registration *reg)
{
	return reg->registrar == reg->parent_coa ? 0 : AGENT_SERVER;
}

void node_agents(const struct report *r, const struct node *n, GArray *out)
{
	const struct chains *chains = chains_at(r->a, n, r->at);

	g_array_set_size(out, 0);
	for (guint c = 0; c < chains->len; c++) {
		const struct chain *ch = &chains->chain[c];

		for (guint k = 0; k < ch->len; k++) {
			const struct registration *reg = ch->links[k];
			unsigned server = registration_registrar_role(reg);

			agent_add4(out, reg->child_coa, k == 0 ? AGENT_FOREIGN : AGENT_CARE_OF);
			agent_add4(out, reg->parent_coa, registration_parent_role(ch->roles[k]));
			if (server)
				agent_add4(out, reg->registrar, server);
		}
	}
	for (guint k = 0; k < NODE_NTUN(n); k++) {
		const struct tunnel *t = NODE_TUN(n, k);
		enum reg_role kind;

		if (!tunnel_active(t, r->at))
			continue;
		kind = tunnel_kind(r->a, n, t, r->at);
		agent_add4(out, t->from, kind == ROLE_HOME ? AGENT_HOME_AGENT : AGENT_CARE_OF);
		agent_add4(out, t->to, kind == ROLE_LOCAL ? AGENT_FOREIGN : AGENT_CARE_OF);
	}
	for (guint k = 0; k < NODE_NBIND(n); k++) {
		const struct binding *b = NODE_BIND(n, k);
		unsigned role = b->key_kind == BKEY_PMIP6 ? AGENT_LMA
				: b->home		 ? AGENT_HOME_AGENT
							 : AGENT_CORRESPONDENT;

		if (binding_active(b, r->at))
			agent_add(out, receiver_addr(r->a, b->receiver), role);
	}
}

bool binding_primary(const struct report *r, const struct node *n, const struct binding *b)
{
	if (b->key_kind == BKEY_IFID)
		return b->priority == 0;
	if (b->key_kind != BKEY_BID)
		return false;
	for (guint k = 0; k < NODE_NBIND(n); k++) {
		const struct binding *o = NODE_BIND(n, k);

		if (o == b || o->key_kind != BKEY_BID || o->receiver != b->receiver ||
		    !binding_active(o, r->at))
			continue;
		/* RFC 5648 6.1: a lower BID-PRI is a higher priority; of two
		 * equal ones, the lower BID stands first */
		if (o->priority < b->priority || (o->priority == b->priority && o->key < b->key))
			return false;
	}
	return true;
}

bool report_node_selected(const struct report *r, const struct node *n)
{
	return !r->only || addr_equal(r->only, &n->home);
}

bool report_node_parse(const char *text, struct mipx_addr *out)
{
	uint8_t bytes[16];

	memset(out, 0, sizeof *out);
	if (inet_pton(AF_INET, text, bytes) == 1) {
		out->family = 4;
		memcpy(out->bytes, bytes, 4);
		return true;
	}
	if (inet_pton(AF_INET6, text, bytes) == 1) {
		*out = mipx_addr_v6(bytes);
		return true;
	}
	return false;
}
