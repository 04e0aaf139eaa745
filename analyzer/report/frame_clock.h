/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The capture time of each frame, for the HTML report's timeline: the
 * model keeps frames as (file, number) only.  Four octets a frame read,
 * milliseconds from the first frame of the input (int32: 24 days either
 * way), kept only when --html asks for it: 21 MB for the 5.3 million
 * frames of the million-node bench capture.
 */
#ifndef MIPX_FRAME_CLOCK_H
#define MIPX_FRAME_CLOCK_H

#include <glib.h>

#include "mipx/model.h"

struct frame_clock {
	cap_time origin; /* CAP_NONE until the first frame */
	unsigned n_files;
	GArray **ms;     /* per file, [frame - 1]: int32_t ms from origin */
};
void frame_clock_init(struct frame_clock *c, unsigned n_files);
void frame_clock_free(struct frame_clock *c);
void frame_clock_add(struct frame_clock *c, unsigned file, uint32_t frame, cap_time ts);
/* Milliseconds from the origin; false when the frame was not read. */
bool frame_clock_ms(const struct frame_clock *c, struct frame_ref ref, int64_t *ms);

#endif
