/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Who is who in a deployment: the topology file (docs/analyzer.md). */
#ifndef MIPX_MODEL_TOPOLOGY_H
#define MIPX_MODEL_TOPOLOGY_H

#include <stdbool.h>

#include <glib.h>

#include "mipx/model.h"

enum topo_role { TOPO_SERVER = 1, TOPO_CARE_OF_AGENT, TOPO_HOME_AGENT };
struct topo_prefix {
	struct mipx_addr prefix;
	unsigned len;
	bool network; /* a `network` line: membership only, serves no one */
	int domain;
	struct mipx_addr server; /* family 0 when not named */
	struct mipx_addr home_agent;
};
struct topo_entity {
	struct mipx_addr addr;
	enum topo_role role;
	int domain;
};
struct topology {
	GPtrArray *domains; /* char * names */
	GArray *entities;   /* struct topo_entity */
	GArray *prefixes;   /* struct topo_prefix */
};
const struct topo_entity *topology_entity(const struct topology *topo,
					  const struct mipx_addr *addr);
const struct topo_prefix *topology_home_prefix(const struct topology *topo,
					       const struct mipx_addr *home);
int topology_domain_of(const struct topology *topo, const struct mipx_addr *addr);
/* It names a registration server: it describes a DREMIP network. */
bool topology_has_server(const struct topology *topo);

#endif
