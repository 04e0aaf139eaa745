/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The findings store: one check that fired, about one node, with the frames
 * that show it; the first FINDINGS_KEPT of each check kept, the rest only
 * counted.  Deciding what to store is the caller's (record.c).
 */
#include <string.h>

#include "addr.h"
#include "finding.h"
#include "frame_list.h"

void finding_store_init(struct finding_store *s)
{
	memset(s, 0, sizeof(*s));
	s->findings = g_array_new(FALSE, TRUE, sizeof(struct finding));
}

void finding_store_clear(struct finding_store *s)
{
	if (s->findings)
		g_array_free(s->findings, TRUE);
	memset(s, 0, sizeof(*s));
}

bool finding_add(struct finding_store *s, enum mipx_check_id check,
		 const struct mipx_addr *node, const struct frame_list *frames,
		 const char *text)
{
	struct finding f;

	s->severity_count[mipx_check_info(check)->severity]++;
	if (s->kept[check] >= FINDINGS_KEPT) {
		s->suppressed[check]++;
		s->suppressed_total++;
		return false;
	}
	s->kept[check]++;
	memset(&f, 0, sizeof(f));
	f.check = check;
	if (node)
		f.node = *node;
	if (frames)
		f.frames = *frames;
	g_strlcpy(f.text, text, sizeof(f.text));
	g_array_append_val(s->findings, f);
	return true;
}

static gint finding_cmp(gconstpointer pa, gconstpointer pb)
{
	const struct finding *x = pa, *y = pb;
	int c = frame_list_cmp(&x->frames, &y->frames);

	if (c)
		return c;
	if (x->check != y->check)
		return x->check < y->check ? -1 : 1;
	return addr_compare(&x->node, &y->node);
}

/* Stable order for reports: by first frame, then check, then node. */
void findings_sort(struct finding_store *s)
{
	g_array_sort(s->findings, finding_cmp);
}
