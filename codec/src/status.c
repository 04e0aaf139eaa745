/* SPDX-License-Identifier: GPL-2.0-or-later */
#include "mipx/status.h"

const char *mipx_status_name(mipx_status status)
{
	switch (status) {
	case MIPX_OK:
		return "ok";
	case MIPX_TRUNCATED:
		return "truncated";
	case MIPX_INVALID:
		return "invalid";
	}
	return "unknown";
}
