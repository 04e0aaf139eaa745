/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A decode failure as a verdict.  Truncated and invalid read differently
 * (status.h): "truncated at octet 22 (ext81.length)" says the capture or a
 * length ran out; "invalid coainfo.length: ..." says the bytes are wrong.
 */
#include <stdio.h>

#include "mipx/message_rules.h"
#include "verdict.h"

void mipx_rules_malformed(bool mcoa, const struct mipx_error *err,
			  struct mipx_verdicts *out)
{
	enum mipx_check_id id = mcoa ? MIPX_MCOA_MALFORMED : MIPX_DRM_MALFORMED;
	const char *field = err && err->field ? err->field : "message";

	if (!out)
		return;
	if (!err || err->status == MIPX_OK) {
		mipx_verdict_add(out, id, 0, 0, false, "does not parse");
		return;
	}
	/* Truncated: the missing octet is past the data, so the verdict covers
	 * the whole message and the text says where it stopped.  Invalid: the
	 * offending octet is there; point at it. */
	if (err->status == MIPX_TRUNCATED)
		mipx_verdict_add(out, id, 0, 0, false, "truncated at octet %zu (%s)",
				 err->offset, field);
	else
		mipx_verdict_add(out, id, err->offset, 1, false, "invalid %s: %s",
				 field, err->reason ? err->reason : "wrong value");
}
