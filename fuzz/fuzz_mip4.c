/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Registration and route messages: decode; whatever decodes must encode back
 * to exactly the same octets (reserved values and unknown extensions are kept,
 * so there is nothing the encoder may normalise) and decode again the same.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "mipx/mip4.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static uint8_t out[70000];

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct mipx_mip4_msg m, m2;
	struct mipx_error err;
	size_t n = 0;
	unsigned i;

	if (mipx_mip4_decode(data, size, &m, &err) != MIPX_OK) {
		if (!err.field || !err.reason)
			abort();
		if (err.status == MIPX_TRUNCATED && err.offset != size)
			abort();
		return 0;
	}
	if (mipx_mip4_encode(&m, out, sizeof out, &n, &err) != MIPX_OK)
		abort();
	if (n != size || memcmp(out, data, size) != 0)
		abort();
	if (mipx_mip4_decode(out, n, &m2, &err) != MIPX_OK)
		abort();
	if (m2.type != m.type || m2.n_ext != m.n_ext || m2.notes != m.notes ||
	    m2.lifetime != m.lifetime || m2.identification != m.identification)
		abort();
	for (i = 0; i < m.n_ext; i++) {
		const struct mipx_mip4_ext *a = &m.ext[i], *b = &m2.ext[i];
		if (a->type != b->type || a->length != b->length || a->offset != b->offset ||
		    a->header_len != b->header_len)
			abort();
		if (mipx_mip4_is_auth_ext(a->type) &&
		    (a->u.auth.spi != b->u.auth.spi ||
		     a->u.auth.authenticator_len != b->u.auth.authenticator_len))
			abort();
		/* every extension lies inside the message */
		if ((size_t)a->offset + a->header_len + a->length > size)
			abort();
	}
	(void)mipx_mip4_find_ext(&m, MIPX_EXT_REG_SERVER);
	(void)mipx_mip4_type_name(m.type);
	return 0;
}
