/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What the pictures (Graphviz, HTML) draw of one mobile node besides its
 * records: the agents its state names, each with its roles, and which of
 * its bindings is the primary one.
 */
#ifndef MIPX_NODE_ROLES_H
#define MIPX_NODE_ROLES_H

#include "report.h"

/* Roles an address plays for one mobile node; an address may play several
 * (an RFC 3344 home agent is its own registrar).  In the order of
 * agent_role_info: the first role an agent has picks its shape. */
enum agent_role {
	AGENT_HOME_AGENT = 1u << 0,    /* parent care-of of a home registration,
					* source of a home tunnel, a binding's
					* home receiver */
	AGENT_LMA = 1u << 1,           /* a PMIPv6 binding's receiver */
	AGENT_SERVER = 1u << 2,        /* a registration's registrar (not its
					* parent care-of agent itself) */
	AGENT_FOREIGN = 1u << 3,       /* the first care-of address of a chain,
					* the next hop of a local tunnel */
	AGENT_CARE_OF = 1u << 4,       /* any other care-of agent */
	AGENT_CORRESPONDENT = 1u << 5, /* a binding's receiver, not at home */
	AGENT_NO_PARENT = 1u << 6,     /* stands for the parent care-of address
					* an accepted reply did not carry */
};
#define AGENT_ROLES 7
struct agent_role_info {
	unsigned bit;
	const char *name;  /* "home agent" */
	const char *shape; /* Graphviz shape */
	const char *fill;  /* fill colour, "#rrggbb" */
};
const struct agent_role_info *agent_role_info(unsigned index);
/* The first role of `roles` (agent_role_info order); NULL when none. */
const struct agent_role_info *agent_role_main(unsigned roles);
/* "home agent, registration server" */
void agent_role_names(unsigned roles, GString *out);

struct agent {
	struct mipx_addr addr; /* family 0 with AGENT_NO_PARENT */
	unsigned roles;
};
/* The agents of node n's state at r->at (those the JSON report lists),
 * each once, in the order first named; `out` holds struct agent. */
void node_agents(const struct report *r, const struct node *n, GArray *out);
/* The role bit of a registration's parent care-of agent and of its
 * registrar (0 when the registrar is that agent itself). */
unsigned registration_parent_role(enum reg_role role);
unsigned registration_registrar_role(const struct registration *reg);

/* The binding is its node's primary at its receiver: MCoA's IFPRI 0, RFC
 * 5648's lowest BID-PRI among the active bindings there; a plain
 * (mip6, NEMO, PMIPv6) binding is the only one and is not marked. */
bool binding_primary(const struct report *r, const struct node *n, const struct binding *b);

/* The node is drawn: every node, or only r->only. */
bool report_node_selected(const struct report *r, const struct node *n);
/* "10.1.0.55" or "2001:db8::1" into `out`; false when it is neither. */
bool report_node_parse(const char *text, struct mipx_addr *out);

#endif
