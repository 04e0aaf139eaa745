/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The catalogue of checks (../shared/spec/analysis.md section 2).  Their IDs
 * are a contract: the plugin's expert infos (dremip.expert.drm_lt_reply) and
 * the analyzer's findings come from this one table.
 */
#ifndef MIPX_CHECKS_H
#define MIPX_CHECKS_H

#include <stdbool.h>

enum mipx_severity {
	MIPX_SEV_INFO = 0,
	MIPX_SEV_WARNING = 1,
	MIPX_SEV_ERROR = 2,
};

enum mipx_check_id {
	/* DREMIP */
	MIPX_DRM_LT_ORDER,
	MIPX_DRM_LT_REPLY,
	MIPX_DRM_LT_ROUTE,
	MIPX_DRM_LT_ROUTE_COPY,
	MIPX_DRM_LT_TUNNEL,
	MIPX_DRM_LT_RELAY,
	MIPX_DRM_ID_ROUTE,
	MIPX_DRM_NO_REPLY,
	MIPX_DRM_ORPHAN_REPLY,
	MIPX_DRM_COA_EXT_MISSING,
	MIPX_DRM_COA_UNSTABLE,
	MIPX_DRM_AUTH_MISSING,
	MIPX_DRM_AUTH_RELAY,
	MIPX_DRM_AUTH_BAD,
	MIPX_DRM_RELAY_UNBOUND,
	MIPX_DRM_REPLY_BEFORE_ROUTE,
	MIPX_DRM_CHAIN_INCOMPLETE,
	MIPX_DRM_TUNNEL_GAP,
	MIPX_DRM_TUNNEL_LOOP,
	MIPX_DRM_RS_WITHDRAWN,
	MIPX_DRM_RBIT_MIX,
	MIPX_DRM_MALFORMED,
	MIPX_DRM_RESERVED,
	MIPX_DRM_UDP_CHECKSUM,
	MIPX_DRM_ICMP_CHECKSUM,
	/* RFC 3344 5.7 replay protection */
	MIPX_DRM_REPLAY_NONCE,
	MIPX_DRM_REPLAY_STALE,
	/* MCoA and RFC 5648 */
	MIPX_MCOA_M_NO_COAINFO,
	MIPX_MCOA_COAINFO_NO_M,
	MIPX_MCOA_BA_NO_COAINFO,
	MIPX_MCOA_STATUS1_NO_COAINFO,
	MIPX_MCOA_HOME_COAINFO,
	MIPX_MCOA_LT_BA,
	MIPX_MCOA_NO_PRIMARY,
	MIPX_MCOA_IFID_SHARED,
	MIPX_MCOA_DEREG_ALL,
	MIPX_MCOA_HOME_STALE,
	MIPX_MCOA_SEQ,
	MIPX_MCOA_AFTER_BE,
	MIPX_MCOA_EXPIRED,
	MIPX_MCOA_MALFORMED,
	MIPX_MCOA_COAINFO_LEN2,
	MIPX_MCOA_RESERVED,
	MIPX_MCOA_MH_LEN,
	MIPX_MCOA_MH_CHECKSUM,
	/* The capture itself */
	MIPX_CAPTURE_CUT,
	MIPX_CAPTURE_CHECKSUM_OFFLOAD,
	MIPX_CHECK_COUNT
};

enum mipx_check_scope {
	MIPX_SCOPE_MESSAGE, /* judged from one message: plugin and analyzer */
	MIPX_SCOPE_PAIR,    /* from a request and its response: plugin and analyzer */
	MIPX_SCOPE_STATE,   /* needs the rebuilt model: analyzer only */
};

struct mipx_check_info {
	enum mipx_check_id id;
	const char *name;          /* "DRM-LT-REPLY" */
	const char *expert_name;   /* "dremip.expert.drm_lt_reply" */
	enum mipx_severity severity;
	enum mipx_check_scope scope;
	const char *section;       /* draft section it enforces, "3.5" */
	const char *summary;       /* one line, from analysis.md */
};

const struct mipx_check_info *mipx_check_info(enum mipx_check_id id);
/* Case-insensitive lookup by name ("DRM-LT-ORDER"); -1 when unknown. */
int mipx_check_by_name(const char *name);
const char *mipx_severity_name(enum mipx_severity severity); /* "error" */
/* "info"/"warning"/"error" -> severity; false when unknown. */
bool mipx_severity_parse(const char *text, enum mipx_severity *out);

#endif
