/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The findings store: the first FINDINGS_KEPT findings of each check with
 * their frames and text, the rest only counted.  It stores; deciding what
 * to store (checks turned off, copies of one message) is the caller's.
 */
#ifndef MIPX_MODEL_FINDING_H
#define MIPX_MODEL_FINDING_H

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>

#include "mipx/model.h"

struct finding_store {
	GArray *findings; /* struct finding, at most FINDINGS_KEPT per check */
	unsigned kept[MIPX_CHECK_COUNT];
	uint64_t suppressed[MIPX_CHECK_COUNT]; /* found beyond FINDINGS_KEPT */
	uint64_t suppressed_total;
	unsigned severity_count[3]; /* every finding, kept or suppressed */
};

void finding_store_init(struct finding_store *s);
void finding_store_clear(struct finding_store *s);
/* Counts a finding of `check`; stores it unless FINDINGS_KEPT are: returns
 * whether it was stored (its node, if any, is then listed in the report). */
bool finding_add(struct finding_store *s, enum mipx_check_id check,
		 const struct mipx_addr *node, const struct frame_list *frames,
		 const char *text);
/* Stable order for reports: by first frame, then check, then node. */
void findings_sort(struct finding_store *s);

#endif
