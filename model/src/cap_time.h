/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Capture time arithmetic (cap_time: model.h). */
#ifndef MIPX_MODEL_CAP_TIME_H
#define MIPX_MODEL_CAP_TIME_H

#include <stdbool.h>
#include <stdint.h>

#include "mipx/model.h"

cap_time lifetime_expiry(cap_time t, uint32_t seconds, bool infinite);
/* t + seconds, staying CAP_NEVER when t is */
cap_time cap_add(cap_time t, int64_t seconds);

#endif
