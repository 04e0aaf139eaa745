/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Findings: one check that fired, about one node, with the frames that show
 * it.  Nothing is formatted for a check that was turned off, nor for one
 * already reported FINDINGS_KEPT times.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "analyzer.h"

void frame_list_add(struct frame_list *list, struct frame_ref ref)
{
	for (unsigned i = 0; i < list->count; i++)
		if (list->f[i].file == ref.file && list->f[i].frame == ref.frame)
			return;
	if (list->count < FRAME_LIST_MAX) {
		/* kept in (file, frame) order, so reports can name each file once */
		unsigned at = list->count;
		while (at > 0 && (list->f[at - 1].file > ref.file ||
				  (list->f[at - 1].file == ref.file &&
				   list->f[at - 1].frame > ref.frame))) {
			list->f[at] = list->f[at - 1];
			at--;
		}
		list->f[at] = ref;
		list->count++;
	} else if (list->dropped < UINT16_MAX)
		list->dropped++;
}

void frame_list_merge(struct frame_list *dst, const struct frame_list *src)
{
	if (!src)
		return;
	for (unsigned i = 0; i < src->count; i++)
		frame_list_add(dst, src->f[i]);
}

bool finding_enabled(const struct analysis *a, enum mipx_check_id check)
{
	return check < MIPX_CHECK_COUNT && !a->opt.disabled[check];
}

struct finding *finding_add(struct analysis *a, enum mipx_check_id check,
			    const struct mipx_addr *node,
			    const struct frame_list *frames, const char *fmt, ...)
{
	struct finding f;
	va_list ap;

	if (!finding_enabled(a, check))
		return NULL;
	a->severity_count[mipx_check_info(check)->severity]++;
	if (a->kept[check] >= FINDINGS_KEPT) {
		a->suppressed[check]++; /* counted; its text is never formatted */
		a->suppressed_total++;
		return NULL;
	}
	a->kept[check]++;
	memset(&f, 0, sizeof(f));
	f.check = check;
	if (node)
		f.node = *node;
	if (frames)
		f.frames = *frames;
	va_start(ap, fmt);
	vsnprintf(f.text, sizeof(f.text), fmt, ap);
	va_end(ap);
	g_array_append_val(a->findings, f);
	return &g_array_index(a->findings, struct finding, a->findings->len - 1);
}

/* The shared rules write "[ID] text" (plugin.md 4); a finding keeps the text. */
static const char *verdict_text(const struct mipx_verdict *v)
{
	const char *t = v->text;

	if (t[0] == '[') {
		const char *close = strchr(t, ']');
		if (close) {
			t = close + 1;
			while (*t == ' ')
				t++;
		}
	}
	return t;
}

void finding_add_verdicts(struct analysis *a, const struct mipx_verdicts *v,
			  const struct mipx_addr *node,
			  const struct frame_list *frames, struct exchange *ex,
			  bool reply)
{
	for (unsigned i = 0; i < v->count && i < MIPX_MAX_VERDICTS; i++) {
		enum mipx_check_id id = v->v[i].check;

		if (id >= MIPX_CHECK_COUNT)
			continue;
		/* copies of one message (relays, vantage points) report once */
		if (ex) {
			uint64_t *fired = reply ? &ex->fired_reply : &ex->fired;
			if (*fired & (UINT64_C(1) << id))
				continue;
			*fired |= UINT64_C(1) << id;
		}
		finding_add(a, id, node, frames, "%s", verdict_text(&v->v[i]));
	}
}

static int frame_cmp(const struct frame_list *x, const struct frame_list *y)
{
	if (!x->count || !y->count)
		return (int)y->count - (int)x->count;
	if (x->f[0].file != y->f[0].file)
		return x->f[0].file < y->f[0].file ? -1 : 1;
	if (x->f[0].frame != y->f[0].frame)
		return x->f[0].frame < y->f[0].frame ? -1 : 1;
	return 0;
}

static gint finding_cmp(gconstpointer pa, gconstpointer pb)
{
	const struct finding *x = pa, *y = pb;
	int c = frame_cmp(&x->frames, &y->frames);

	if (c)
		return c;
	if (x->check != y->check)
		return x->check < y->check ? -1 : 1;
	return addr_compare(&x->node, &y->node);
}

/* Stable order for reports: by first frame, then check, then node. */
void findings_sort(struct analysis *a)
{
	g_array_sort(a->findings, finding_cmp);
}
