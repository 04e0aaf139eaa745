/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The listed findings by the node they are about, and which of a node's
 * findings are about one of its registrations, tunnels or bindings: those
 * that name one of its frames.  The pictures (Graphviz, HTML) colour such
 * an element in the finding's severity; a finding that names none of the
 * node's elements marks the node itself.
 */
#ifndef MIPX_FINDING_INDEX_H
#define MIPX_FINDING_INDEX_H

#include <stdbool.h>

#include "mipx/model_state.h"

struct finding_index {
	const struct finding *all;
	unsigned count;
	/* struct mipx_addr * (into `all`) -> GArray of unsigned (indices into
	 * `all`, in the order found); findings about no node are not in it */
	GHashTable *by_node;
};
void finding_index_init(struct finding_index *ix, const struct analysis *a);
void finding_index_free(struct finding_index *ix);
/* The indices of the findings about `node`; NULL when there are none. */
const GArray *finding_index_of(const struct finding_index *ix, const struct mipx_addr *node);

/* The findings an element shows: the worst severity and the check IDs. */
#define MARKS_MAX 8
struct marks {
	int severity; /* enum mipx_severity; -1: no finding */
	unsigned n;   /* IDs in `id`, each once; more are not named */
	enum mipx_check_id id[MARKS_MAX];
};
void marks_clear(struct marks *m);
void marks_add(struct marks *m, const struct finding *f);
/* Marks with the findings of `of` (finding_index_of) that name a frame of
 * `frames`, and sets used[k] for each k-th of them that does. */
void marks_for_frames(struct marks *m, const struct finding_index *ix, const GArray *of,
		      bool *used, const struct frame_list *frames);
/* The lists name a frame in common. */
bool frames_meet(const struct frame_list *a, const struct frame_list *b);
/* The colour of a severity (or of none) as people see it, "#rrggbb". */
const char *severity_colour(int severity);

#endif
