/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Finding verdicts by check in the rule tests. */
#ifndef MIPX_TEST_VERDICTS_UTIL_H
#define MIPX_TEST_VERDICTS_UTIL_H

#include <stddef.h>

#include "mipx/message_rules.h"

static inline const struct mipx_verdict *
verdict_of(const struct mipx_verdicts *out, enum mipx_check_id id)
{
	for (unsigned i = 0; i < out->count; i++)
		if (out->v[i].check == id)
			return &out->v[i];
	return NULL;
}

static inline unsigned count_of(const struct mipx_verdicts *out, enum mipx_check_id id)
{
	unsigned n = 0;
	for (unsigned i = 0; i < out->count; i++)
		n += out->v[i].check == id;
	return n;
}

#endif
