/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Internal to checks/: appending one verdict.  The "[ID] " prefix comes from
 * the catalogue so that a rule cannot misspell its own ID.
 */
#ifndef MIPX_CHECKS_VERDICT_H
#define MIPX_CHECKS_VERDICT_H

#include <stdbool.h>
#include <stdint.h>

#include "mipx/message_rules.h"

/* Appends; a full array drops the verdict (MIPX_MAX_VERDICTS is a cap, not
 * an error: the first ones are the ones a user reads). */
#if defined(__GNUC__)
__attribute__((format(printf, 6, 7)))
#endif
void mipx_verdict_add(struct mipx_verdicts *out, enum mipx_check_id check,
		      size_t offset, size_t length, bool about_response,
		      const char *fmt, ...);

/* Lifetime comparison shared by the DREMIP rules: 0xffff is infinity. */
bool mipx_lifetime_exceeds(uint16_t granted, uint16_t asked);

#endif
