/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Findings: one check that fired, about one node, with the frames that show
 * it.  Nothing is formatted for a check that was turned off, nor for one
 * already reported FINDINGS_KEPT times.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "analysis.h"

static struct frame_slot slot_of(struct frame_ref r)
{
	struct frame_slot s = { (uint16_t)(r.file > UINT16_MAX ? UINT16_MAX : r.file),
				(uint16_t)(r.frame >> 16), (uint16_t)r.frame };
	return s;
}

static bool slot_after(struct frame_slot s, struct frame_slot r)
{
	if (s.file != r.file)
		return s.file > r.file;
	return s.frame_hi != r.frame_hi ? s.frame_hi > r.frame_hi : s.frame_lo > r.frame_lo;
}

/* One add for both sizes: deduplicated, kept in (file, frame) order (so
 * reports can name each file once), the rest counted. */
static void slots_add(struct frame_slot *f, uint16_t *count, uint16_t *dropped,
		      unsigned cap, struct frame_slot ref)
{
	/* frames mostly come in order: after the last, ref is new */
	if (*count < cap && (*count == 0 || slot_after(ref, f[*count - 1]))) {
		f[(*count)++] = ref;
		return;
	}
	for (unsigned i = 0; i < *count; i++)
		if (f[i].file == ref.file && f[i].frame_hi == ref.frame_hi &&
		    f[i].frame_lo == ref.frame_lo)
			return;
	if (*count < cap) {
		unsigned at = *count;
		while (at > 0 && slot_after(f[at - 1], ref)) {
			f[at] = f[at - 1];
			at--;
		}
		f[at] = ref;
		(*count)++;
	} else if (*dropped < UINT16_MAX)
		(*dropped)++;
}

static void dropped_add(uint16_t *dropped, unsigned more)
{
	unsigned d = *dropped + more;
	*dropped = (uint16_t)(d > UINT16_MAX ? UINT16_MAX : d);
}

void frame_list_add(struct frame_list *list, struct frame_ref ref)
{
	slots_add(list->f, &list->count, &list->dropped, FRAME_LIST_MAX, slot_of(ref));
}

void frame_list_merge_list(struct frame_list *dst, const struct frame_list *src)
{
	if (!src)
		return;
	for (unsigned i = 0; i < src->count; i++)
		slots_add(dst->f, &dst->count, &dst->dropped, FRAME_LIST_MAX, src->f[i]);
}

void frame_list_merge_few(struct frame_list *dst, const struct frame_few *src)
{
	if (!src)
		return;
	for (unsigned i = 0; i < src->count; i++)
		slots_add(dst->f, &dst->count, &dst->dropped, FRAME_LIST_MAX, src->f[i]);
}

void frame_few_merge(struct frame_few *dst, const struct frame_list *src)
{
	if (!src)
		return;
	for (unsigned i = 0; i < src->count; i++)
		slots_add(dst->f, &dst->count, &dst->dropped, FRAME_FEW_MAX, src->f[i]);
}

void frame_few_set(struct frame_few *dst, const struct frame_list *src)
{
	memset(dst, 0, sizeof(*dst));
	frame_few_merge(dst, src);
	dropped_add(&dst->dropped, src->dropped); /* as a copy would */
}

const struct frame_list *frame_list_of_few(struct frame_list *out, const struct frame_few *src)
{
	memset(out, 0, sizeof(*out));
	memcpy(out->f, src->f, sizeof(src->f[0]) * src->count);
	out->count = src->count;
	out->dropped = src->dropped;
	return out;
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
	/* A node with a listed finding stays listed.  A finding only counted
	 * keeps no node: the report could not show it, and a check failing
	 * for every node of a day-long capture would otherwise keep every
	 * node record to the end (issue 7: memory follows live state). */
	if (node && node->family)
		node_get(a, node)->has_finding = true;
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
	if (slot_after(x->f[0], y->f[0]))
		return 1;
	return slot_after(y->f[0], x->f[0]) ? -1 : 0;
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

const struct finding *analysis_findings(const struct analysis *a, unsigned *count)
{
	*count = a->findings->len;
	return (const struct finding *)(const void *)a->findings->data;
}
