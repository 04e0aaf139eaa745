/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Tunnels (binding routes, DREMIP 2.5, 5.2) of a DREMIP node: enabled by a
 * positive Route Reply, disabled by a lifetime of 0 or expiry.
 */
#ifndef MIPX_MODEL_TUNNEL_H
#define MIPX_MODEL_TUNNEL_H

#include <stdint.h>

#include <glib.h>

#include "mipx/model_state.h"

struct analysis;

const struct tunnel *tunnel_find(const struct node *n, uint32_t from, uint32_t to);
/* NULL: the node holds the most tunnels mipx keeps (node_room). */
const struct tunnel *tunnel_enable(struct analysis *a, struct node *n, uint32_t from,
				   uint32_t to, uint16_t granted, cap_time at,
				   const struct frame_list *frames);
void tunnel_disable(struct node *n, uint32_t from, uint32_t to);
/* Tunnels disabled or expired by `now` leave; returns the earliest expiry left. */
cap_time tunnels_prune(struct node *n, cap_time now);
enum path_result { PATH_NONE, PATH_OK, PATH_GAP, PATH_LOOP };
/* Walk the enabled tunnels from `start` toward `end`. */
enum path_result tunnel_path(const struct node *n, cap_time at, uint32_t start,
			     uint32_t end, GPtrArray *out);

#endif
