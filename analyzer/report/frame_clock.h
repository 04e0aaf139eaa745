/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The capture time of each frame, for the HTML report's timeline: the
 * model keeps frames as (file, number) only.  Kept only when --html asks
 * for it, in milliseconds from the first frame of the input, in about two
 * octets a frame: per block of CLOCK_BLOCK frames the time of its first
 * frame, per frame its offset from that in a uint16; a frame more than 65
 * s after its block's first (under one frame a second on average) or
 * before it (out of order) is kept apart with its whole time.  11 MB for
 * the 5.3 million frames of the million-node bench capture.
 */
#ifndef MIPX_FRAME_CLOCK_H
#define MIPX_FRAME_CLOCK_H

#include <glib.h>

#include "mipx/model.h"

#define CLOCK_BLOCK 64

struct clock_file {
	GArray *base;   /* int32_t ms, per block; INT32_MIN: no frame yet */
	GArray *offset; /* uint16_t per frame (number - 1); CLOCK_FAR: in far */
	GArray *far;    /* struct clock_far, by frame number */
};
struct frame_clock {
	cap_time origin; /* CAP_NONE until the first frame */
	unsigned n_files;
	struct clock_file *files;
};
void frame_clock_init(struct frame_clock *c, unsigned n_files);
void frame_clock_free(struct frame_clock *c);
/* Frames of one file come in increasing number (as input.h gives them). */
void frame_clock_add(struct frame_clock *c, unsigned file, uint32_t frame, cap_time ts);
/* Milliseconds from the origin; false when the frame was not read. */
bool frame_clock_ms(const struct frame_clock *c, struct frame_ref ref, int64_t *ms);

#endif
