/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "frame_clock.h"

/* a frame number never read */
#define FRAME_UNSEEN INT32_MIN

void frame_clock_init(struct frame_clock *c, unsigned n_files)
{
	c->origin = CAP_NONE;
	c->n_files = n_files;
	c->ms = g_new0(GArray *, n_files ? n_files : 1);
	for (unsigned i = 0; i < n_files; i++)
		c->ms[i] = g_array_new(FALSE, FALSE, sizeof(int32_t));
}

void frame_clock_free(struct frame_clock *c)
{
	for (unsigned i = 0; i < c->n_files; i++)
		g_array_unref(c->ms[i]);
	g_free(c->ms);
	c->ms = NULL;
	c->n_files = 0;
}

void frame_clock_add(struct frame_clock *c, unsigned file, uint32_t frame, cap_time ts)
{
	int64_t ms;
	int32_t v;
	GArray *a;

	if (file >= c->n_files || frame == 0)
		return;
	if (c->origin == CAP_NONE)
		c->origin = ts;
	ms = (ts - c->origin) / 1000;
	v = ms > INT32_MAX ? INT32_MAX : ms <= INT32_MIN ? INT32_MIN + 1 : (int32_t)ms;
	a = c->ms[file];
	while (a->len < frame - 1) {
		int32_t unseen = FRAME_UNSEEN;
		g_array_append_val(a, unseen);
	}
	if (a->len == frame - 1)
		g_array_append_val(a, v);
	else
		g_array_index(a, int32_t, frame - 1) = v;
}

bool frame_clock_ms(const struct frame_clock *c, struct frame_ref ref, int64_t *ms)
{
	if (!c || ref.file >= c->n_files || ref.frame == 0 || ref.frame > c->ms[ref.file]->len)
		return false;
	*ms = g_array_index(c->ms[ref.file], int32_t, ref.frame - 1);
	return *ms != FRAME_UNSEEN;
}
