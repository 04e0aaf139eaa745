/* SPDX-License-Identifier: GPL-2.0-or-later */
/* IANA's Mobility Options registry as the decoder and encoder use it. */
#ifndef MIPX_MH_REGISTRY_H
#define MIPX_MH_REGISTRY_H

#include <stdint.h>

struct mipx_mhopt_rule {
	const char *name;   /* NULL: unassigned */
	const char *field;  /* error field for a wrong length, "hnp.length" */
	uint8_t min, max;   /* data octets allowed */
};

/* The rule of an option type (never NULL; name NULL when unassigned). */
const struct mipx_mhopt_rule *mipx_mhopt_rule(uint8_t type);

#endif
