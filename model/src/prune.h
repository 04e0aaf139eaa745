/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Time and pruning (docs/model.md): state that expired leaves a node; nodes
 * with nothing left leave the table.
 */
#ifndef MIPX_MODEL_PRUNE_H
#define MIPX_MODEL_PRUNE_H

#include <stdbool.h>

#include <glib.h>

#include "mipx/model_state.h"

struct analysis;

/* What expired by `now` leaves n; nothing is read before n->prune_at. */
void node_prune(struct analysis *a, struct node *n, cap_time now);
/* Prune every node; drop those with nothing left and no finding (counted in
 * nodes_seen only) and the care-of addresses of dropped nodes; with
 * `receivers`, free the receivers no kept node names too.  During the
 * capture a node must be idle at two sweeps in a row; `final` (the time
 * reported): at once. */
void nodes_sweep(struct analysis *a, cap_time now, bool final, bool receivers);
/* nodes_sweep(a, at, true, false) over `sorted`, every node of the analysis
 * (from analysis_sorted_nodes), each handed to `first` (unless NULL) just
 * before it is swept: returns the nodes kept, in that order. */
GPtrArray *nodes_sweep_sorted(struct analysis *a, const GPtrArray *sorted, cap_time at,
			      void (*first)(struct analysis *a, struct node *n));

#endif
