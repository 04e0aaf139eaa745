/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * DREMIP registrations and the chains they link into (analysis.md 1): a
 * node's registrations, one per registrar, and its chains at a time, built
 * into one cache that all nodes share.
 */
#ifndef MIPX_MODEL_CHAIN_H
#define MIPX_MODEL_CHAIN_H

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

#include "mipx/model_state.h"

struct analysis;

/* The chains last built, in buffers reused from node to node: building
 * them allocates only when a node has more registrations than any before. */
struct chain_cache {
	const struct node *node; /* NULL: not computed */
	cap_time at;
	struct chains result;
	struct chain *chain; /* and `used`: one per registration of the node */
	bool *used;
	guint reg_cap;
	const struct registration **link; /* the chains' links, one after another */
	enum reg_role *role;
	guint link_cap;
};
struct chain_cache *chain_cache_new(void);
void chain_cache_free(struct chain_cache *cache);
/* The node's registrations changed: its chains are built again when asked. */
void chain_cache_forget(const struct analysis *a, const struct node *n);

bool is_home_agent(const struct analysis *a, const struct node *n, uint32_t addr);
bool is_home_server(const struct analysis *a, const struct node *n, uint32_t addr);
bool registration_active(const struct registration *r, cap_time at);
const struct registration *registration_by_registrar(const struct node *n, uint32_t registrar,
						     cap_time at);
const struct registration *registration_by_parent(const struct node *n, uint32_t parent,
						  cap_time at);
/* The registrar's entry for the node is `r` now (6.1: one per node). */
void registration_accept(struct analysis *a, struct node *n, const struct registration *r);
/* The tunnel t was enabled: the registration it serves awaits it no more. */
void registration_route_enabled(struct node *n, const struct tunnel *t, cap_time at);
/* Registrations that expired by `now` leave; returns the earliest expiry left. */
cap_time registrations_prune(struct analysis *a, struct node *n, cap_time now);

#endif
