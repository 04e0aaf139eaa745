/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Addresses: hashing and order (declared in mipx/model_state.h, for the
 * reports too), and IPv4 ones as numbers. */
#ifndef MIPX_MODEL_ADDR_H
#define MIPX_MODEL_ADDR_H

#include <stdint.h>

#include "mipx/model_state.h"

/* The IPv4 address as a number; 0 for another family. */
uint32_t addr_v4(const struct mipx_addr *x);

#endif
