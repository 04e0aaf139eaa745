/* SPDX-License-Identifier: GPL-2.0-or-later */
/* A mobile router's prefixes per receiver (RFC 3963 6.2). */
#ifndef MIPX_MODEL_NEMO_H
#define MIPX_MODEL_NEMO_H

#include "mipx/mip6.h"
#include "mipx/model_state.h"

struct analysis;

/* The MNPs a BU registered at `receiver` replace those it had there. */
void nemo_prefixes_set(struct analysis *a, struct node *n, const struct mipx_addr *receiver,
		       const struct mipx_mh *bu);

#endif
