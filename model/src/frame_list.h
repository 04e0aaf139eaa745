/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Frame lists (model.h) and the few frames a record keeps (model_state.h):
 * deduplicated, in (file, frame) order, the rest counted.
 */
#ifndef MIPX_MODEL_FRAME_LIST_H
#define MIPX_MODEL_FRAME_LIST_H

#include "mipx/model_state.h"

void frame_list_merge_list(struct frame_list *dst, const struct frame_list *src);
void frame_list_merge_few(struct frame_list *dst, const struct frame_few *src);
#define frame_list_merge(dst, src) \
	_Generic((src), struct frame_few *: frame_list_merge_few, \
		 const struct frame_few *: frame_list_merge_few, \
		 default: frame_list_merge_list)(dst, src)
/* dst = src (keeping the first FRAME_FEW_MAX; the rest counted as dropped) */
void frame_few_set(struct frame_few *dst, const struct frame_list *src);
void frame_few_merge(struct frame_few *dst, const struct frame_list *src);
/* <0, 0, >0 as x's first frame comes before, with or after y's (an empty
 * list last) */
int frame_list_cmp(const struct frame_list *x, const struct frame_list *y);

#endif
