/* SPDX-License-Identifier: GPL-2.0-or-later */
/* SMALL_VEC: records inline, on the heap once they outgrow them. */
#include <string.h>

#include <glib.h>

#include "mipx/model_state.h"
#include "small_vec.h"

void *small_vec_push(uint16_t *len, uint16_t *cap, void **heap, void *in,
		     unsigned n_in, size_t size)
{
	uint8_t *data;

	if (!*heap && *len < n_in) {
		data = in;
	} else {
		if (!*heap) { /* outgrew the inline records: all move to the heap */
			*cap = (uint16_t)(n_in * 2);
			*heap = g_malloc(size * *cap);
			memcpy(*heap, in, size * *len);
		} else if (*len == *cap) {
			if (*cap >= UINT16_MAX / 2)
				g_error("mipx: more than %u records for one node", (unsigned)*cap);
			*cap = (uint16_t)(*cap * 2);
			*heap = g_realloc(*heap, size * *cap);
		}
		data = *heap;
	}
	memset(data + size * *len, 0, size);
	return data + size * (*len)++;
}

void small_vec_remove(uint16_t *len, void *data, unsigned i, size_t size)
{
	uint8_t *d = data;

	memmove(d + size * i, d + size * (i + 1), size * (*len - i - 1u));
	(*len)--;
}

void small_vec_free(void *heap)
{
	g_free(heap);
}
