/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "frame_clock.h"

/* an offset that does not fit, or a frame never read */
#define CLOCK_FAR UINT16_MAX
#define BASE_NONE INT32_MIN

struct clock_far {
	uint32_t frame;
	int32_t ms;
};

void frame_clock_init(struct frame_clock *c, unsigned n_files)
{
	c->origin = CAP_NONE;
	c->n_files = n_files;
	c->files = g_new0(struct clock_file, n_files ? n_files : 1);
	for (unsigned i = 0; i < n_files; i++) {
		c->files[i].base = g_array_new(FALSE, FALSE, sizeof(int32_t));
		c->files[i].offset = g_array_new(FALSE, FALSE, sizeof(uint16_t));
		c->files[i].far = g_array_new(FALSE, FALSE, sizeof(struct clock_far));
	}
}

void frame_clock_free(struct frame_clock *c)
{
	for (unsigned i = 0; i < c->n_files; i++) {
		g_array_unref(c->files[i].base);
		g_array_unref(c->files[i].offset);
		g_array_unref(c->files[i].far);
	}
	g_free(c->files);
	c->files = NULL;
	c->n_files = 0;
}

void frame_clock_add(struct frame_clock *c, unsigned file, uint32_t frame, cap_time ts)
{
	struct clock_file *f;
	int32_t ms, *base;
	int64_t wide, offset;
	uint16_t far = CLOCK_FAR;
	uint32_t index = frame - 1, block = index / CLOCK_BLOCK;

	if (file >= c->n_files || frame == 0)
		return;
	if (c->origin == CAP_NONE)
		c->origin = ts;
	wide = (ts - c->origin) / 1000;
	ms = wide > INT32_MAX ? INT32_MAX : wide <= BASE_NONE ? BASE_NONE + 1 : (int32_t)wide;
	f = &c->files[file];
	if (index < f->offset->len)
		return; /* numbers only grow: seen already */
	while (f->base->len <= block) {
		int32_t none = BASE_NONE;
		g_array_append_val(f->base, none);
	}
	base = &g_array_index(f->base, int32_t, block);
	if (*base == BASE_NONE)
		*base = ms;
	while (f->offset->len < index)
		g_array_append_val(f->offset, far); /* frames never read */
	offset = (int64_t)ms - *base;
	if (offset >= 0 && offset < CLOCK_FAR) {
		uint16_t near = (uint16_t)offset;
		g_array_append_val(f->offset, near);
	} else {
		struct clock_far whole = { frame, ms };
		g_array_append_val(f->offset, far);
		g_array_append_val(f->far, whole);
	}
}

bool frame_clock_ms(const struct frame_clock *c, struct frame_ref ref, int64_t *ms)
{
	const struct clock_file *f;
	uint32_t index = ref.frame - 1;
	guint lo = 0, hi;
	uint16_t offset;

	if (!c || ref.file >= c->n_files || ref.frame == 0)
		return false;
	f = &c->files[ref.file];
	if (index >= f->offset->len)
		return false;
	offset = g_array_index(f->offset, uint16_t, index);
	if (offset != CLOCK_FAR) {
		*ms = (int64_t)g_array_index(f->base, int32_t, index / CLOCK_BLOCK) + offset;
		return true;
	}
	hi = f->far->len;
	while (lo < hi) { /* far is by frame number: the first not below ref.frame */
		guint mid = lo + (hi - lo) / 2;

		if (g_array_index(f->far, struct clock_far, mid).frame < ref.frame)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == f->far->len || g_array_index(f->far, struct clock_far, lo).frame != ref.frame)
		return false;
	*ms = g_array_index(f->far, struct clock_far, lo).ms;
	return true;
}
