/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Growing and shrinking a SMALL_VEC (model_state.h). */
#ifndef MIPX_MODEL_SMALL_VEC_H
#define MIPX_MODEL_SMALL_VEC_H

#include <stddef.h>
#include <stdint.h>

/* A slot appended at the end (zeroed); `v` is a pointer to the SMALL_VEC. */
#define SMALL_VEC_PUSH(v) \
	((__typeof__(&(v)->in[0]))small_vec_push(&(v)->len, &(v)->cap, \
		(void **)&(v)->heap, (v)->in, sizeof((v)->in) / sizeof((v)->in[0]), \
		sizeof((v)->in[0])))
#define SMALL_VEC_REMOVE(v, i) \
	small_vec_remove(&(v)->len, SMALL_VEC_DATA(*(v)), (i), sizeof((v)->in[0]))
void *small_vec_push(uint16_t *len, uint16_t *cap, void **heap, void *in,
		     unsigned n_in, size_t size);
void small_vec_remove(uint16_t *len, void *data, unsigned i, size_t size);
void small_vec_free(void *heap);

#endif
