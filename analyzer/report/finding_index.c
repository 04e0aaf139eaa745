/* SPDX-License-Identifier: GPL-2.0-or-later */
#include <stdint.h>

#include "finding_index.h"

void finding_index_init(struct finding_index *ix, const struct analysis *a)
{
	ix->all = analysis_findings(a, &ix->count);
	ix->by_node = g_hash_table_new_full(addr_hash, addr_equal, NULL,
					    (GDestroyNotify)g_array_unref);
	for (unsigned i = 0; i < ix->count; i++) {
		const struct mipx_addr *node = &ix->all[i].node;
		GArray *list;

		if (!node->family)
			continue;
		list = g_hash_table_lookup(ix->by_node, node);
		if (!list) {
			list = g_array_new(FALSE, FALSE, sizeof(unsigned));
			/* keys are only read: the hash table API takes them non-const */
			g_hash_table_insert(ix->by_node, (gpointer)(uintptr_t)node, list);
		}
		g_array_append_val(list, i);
	}
}

void finding_index_free(struct finding_index *ix)
{
	g_hash_table_unref(ix->by_node);
	ix->by_node = NULL;
}

const GArray *finding_index_of(const struct finding_index *ix, const struct mipx_addr *node)
{
	return g_hash_table_lookup(ix->by_node, node);
}

void marks_clear(struct marks *m)
{
	m->severity = -1;
	m->n = 0;
}

void marks_add(struct marks *m, const struct finding *f)
{
	int severity = (int)mipx_check_info(f->check)->severity;

	if (severity > m->severity)
		m->severity = severity;
	for (unsigned i = 0; i < m->n; i++)
		if (m->id[i] == f->check)
			return;
	if (m->n < MARKS_MAX)
		m->id[m->n++] = f->check;
}

bool frames_meet(const struct frame_list *a, const struct frame_list *b)
{
	for (unsigned i = 0; i < a->count; i++) {
		struct frame_ref x = frame_slot_ref(a->f[i]);

		for (unsigned k = 0; k < b->count; k++) {
			struct frame_ref y = frame_slot_ref(b->f[k]);

			if (x.file == y.file && x.frame == y.frame)
				return true;
		}
	}
	return false;
}

void marks_for_frames(struct marks *m, const struct finding_index *ix, const GArray *of,
		      bool *used, const struct frame_list *frames)
{
	for (guint k = 0; of && k < of->len; k++) {
		const struct finding *f = &ix->all[g_array_index(of, unsigned, k)];

		if (!frames_meet(&f->frames, frames))
			continue;
		marks_add(m, f);
		used[k] = true;
	}
}

const char *severity_colour(int severity)
{
	switch (severity) {
	case MIPX_SEV_ERROR: return "#d62728";
	case MIPX_SEV_WARNING: return "#e07b00";
	case MIPX_SEV_INFO: return "#1f6fb4";
	default: return "#333333";
	}
}
