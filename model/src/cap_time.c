/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Capture time arithmetic: integer microseconds, never a double. */
#include <stdio.h>

#include "cap_time.h"

cap_time lifetime_expiry(cap_time t, uint32_t seconds, bool infinite)
{
	return infinite ? CAP_NEVER : cap_add(t, seconds);
}

cap_time cap_add(cap_time t, int64_t seconds)
{
	if (t == CAP_NEVER || t == CAP_NONE)
		return t;
	return t + seconds * CAP_SEC;
}

const char *cap_secs(int64_t usec, unsigned decimals, char out[32])
{
	static const int64_t scale[] = { 1000000, 100000, 10000, 1000, 100, 10, 1 };
	uint64_t mag = usec < 0 ? (uint64_t)0 - (uint64_t)usec : (uint64_t)usec;
	uint64_t unit, q;

	if (decimals > 6)
		decimals = 6;
	unit = (uint64_t)scale[decimals];
	q = (mag + unit / 2) / unit; /* half away from zero */
	if (decimals == 0)
		snprintf(out, 32, "%s%llu", usec < 0 && q ? "-" : "", (unsigned long long)q);
	else {
		uint64_t den = (uint64_t)(CAP_SEC / (int64_t)unit);
		snprintf(out, 32, "%s%llu.%0*llu", usec < 0 && q ? "-" : "",
			 (unsigned long long)(q / den), (int)decimals,
			 (unsigned long long)(q % den));
	}
	return out;
}
