/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Frame lists: the frames that show something, deduplicated and kept in
 * (file, frame) order so that reports can name each file once; beyond
 * their size only a count.
 */
#include <string.h>

#include "frame_list.h"

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

int frame_list_cmp(const struct frame_list *x, const struct frame_list *y)
{
	if (!x->count || !y->count)
		return (int)y->count - (int)x->count;
	if (slot_after(x->f[0], y->f[0]))
		return 1;
	return slot_after(y->f[0], x->f[0]) ? -1 : 0;
}
