/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Names of Mobility Header types, options and status values. */
#include "mipx/mip6.h"

const char *mipx_mh_type_name(uint8_t type)
{
	switch (type) {
	case MIPX_MH_BRR: return "Binding Refresh Request";
	case MIPX_MH_HOTI: return "Home Test Init";
	case MIPX_MH_COTI: return "Care-of Test Init";
	case MIPX_MH_HOT: return "Home Test";
	case MIPX_MH_COT: return "Care-of Test";
	case MIPX_MH_BU: return "Binding Update";
	case MIPX_MH_BA: return "Binding Acknowledgement";
	case MIPX_MH_BE: return "Binding Error";
	default: return "Unknown";
	}
}

const char *mipx_mh_option_name(enum mipx_mh_option_kind kind)
{
	switch (kind) {
	case MIPX_MHOPT_KIND_PAD1: return "Pad1";
	case MIPX_MHOPT_KIND_PADN: return "PadN";
	case MIPX_MHOPT_KIND_REFRESH_ADVICE: return "Binding Refresh Advice";
	case MIPX_MHOPT_KIND_ALT_COA: return "Alternate Care-of Address";
	case MIPX_MHOPT_KIND_NONCE_INDICES: return "Nonce Indices";
	case MIPX_MHOPT_KIND_AUTH_DATA: return "Binding Authorization Data";
	case MIPX_MHOPT_KIND_COAINFO: return "Care-of Address Information (CoAINFO)";
	case MIPX_MHOPT_KIND_BID: return "Binding Identifier";
	case MIPX_MHOPT_KIND_UNKNOWN:
	default: return "Unknown";
	}
}

/*
 * RFC 6275 6.1.8 and RFC 5648 9.  The MCoA draft (5.3.3, 7.4) gives status 1
 * a second meaning when the BA carries CoAINFO (wire-format.md 2.4).
 */
const char *mipx_ba_status_name(uint8_t status, bool with_coainfo)
{
	if (status == 1 && with_coainfo)
		return "non-primary care-of address registered";
	switch (status) {
	case 0: return "Binding Update accepted";
	case 1: return "Accepted but prefix discovery necessary";
	case 4: return "MCOA NOTCOMPLETE";
	case 5: return "MCOA RETURNHOME WO/NDP";
	case 128: return "Reason unspecified";
	case 129: return "Administratively prohibited";
	case 130: return "Insufficient resources";
	case 131: return "Home registration not supported";
	case 132: return "Not home subnet";
	case 133: return "Not home agent for this mobile node";
	case 134: return "Duplicate Address Detection failed";
	case 135: return "Sequence number out of window";
	case 136: return "Expired home nonce index";
	case 137: return "Expired care-of nonce index";
	case 138: return "Expired nonces";
	case 139: return "Registration type change disallowed";
	case 164: return "MCOA MALFORMED";
	case 165: return "MCOA NON-MCOA BINDING EXISTS";
	case 166: return "MCOA PROHIBITED";
	case 167: return "MCOA UNKNOWN COA";
	case 168: return "MCOA BULK REGISTRATION PROHIBITED";
	case 169: return "MCOA SIMULTANEOUS HOME AND FOREIGN PROHIBITED";
	default: return status < 128 ? "Unknown (accepted)" : "Unknown (rejected)";
	}
}

/* RFC 6275 6.1.9.  The draft's 8.6 says 0 and 1 for these; it is off by
 * one and RFC 6275's values stand (wire-format.md 2.4). */
const char *mipx_be_status_name(uint8_t status)
{
	switch (status) {
	case 1: return "Unknown binding for Home Address destination option";
	case 2: return "Unrecognized MH Type value";
	default: return "Unknown";
	}
}
