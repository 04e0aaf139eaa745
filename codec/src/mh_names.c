/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Names of Mobility Header types, options and status values, as IANA's
 * mobility-parameters registries (and Wireshark) spell them. */
#include "mh_registry.h"
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
	case MIPX_MH_FBU: return "Fast Binding Update";
	case MIPX_MH_FBACK: return "Fast Binding Acknowledgment";
	case MIPX_MH_FNA: return "Fast Neighbor Advertisement";
	case MIPX_MH_EMH: return "Experimental Mobility Header";
	case MIPX_MH_HAS: return "Home Agent Switch";
	case MIPX_MH_HB: return "Heartbeat";
	case MIPX_MH_HI: return "Handover Initiate";
	case MIPX_MH_HACK: return "Handover Acknowledge";
	case MIPX_MH_BR: return "Binding Revocation";
	case MIPX_MH_LRI: return "Localized Routing Initiation";
	case MIPX_MH_LRA: return "Localized Routing Acknowledgment";
	case MIPX_MH_UN: return "Update Notification";
	case MIPX_MH_UNA: return "Update Notification Acknowledgement";
	case MIPX_MH_FB: return "Flow Binding";
	case MIPX_MH_SQ: return "Subscription Query";
	case MIPX_MH_SR: return "Subscription Response";
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
	case MIPX_MHOPT_KIND_MNP: return "Mobile Network Prefix";
	case MIPX_MHOPT_KIND_MN_ID: return "Mobile Node Identifier";
	case MIPX_MHOPT_KIND_HNP: return "Home Network Prefix";
	case MIPX_MHOPT_KIND_HANDOFF_IND: return "Handoff Indicator";
	case MIPX_MHOPT_KIND_ATT: return "Access Technology Type";
	case MIPX_MHOPT_KIND_TIMESTAMP: return "Timestamp";
	case MIPX_MHOPT_KIND_RESTART_COUNTER: return "Restart Counter";
	case MIPX_MHOPT_KIND_REGISTERED: return "Registered";
	case MIPX_MHOPT_KIND_UNKNOWN:
	default: return "Unknown";
	}
}

const char *mipx_mh_option_type_name(uint8_t type)
{
	const char *name = mipx_mhopt_rule(type)->name;

	return name ? name : "Unknown";
}

const char *mipx_mh_opt_name(const struct mipx_mh_option *o)
{
	if (o->kind == MIPX_MHOPT_KIND_REGISTERED || o->kind == MIPX_MHOPT_KIND_UNKNOWN)
		return mipx_mh_option_type_name(o->type);
	return mipx_mh_option_name(o->kind);
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
	case 140: return "Mobile Router Operation not permitted";  /* RFC 3963 */
	case 141: return "Invalid Prefix";
	case 142: return "Not Authorized for Prefix";
	case 143: return "Forwarding Setup failed (prefixes missing)";
	case 152: return "PROXY_REG_NOT_ENABLED";                  /* RFC 5213 */
	case 153: return "NOT_LMA_FOR_THIS_MOBILE_NODE";
	case 154: return "MAG_NOT_AUTHORIZED_FOR_PROXY_REG";
	case 155: return "NOT_AUTHORIZED_FOR_HOME_NETWORK_PREFIX";
	case 156: return "TIMESTAMP_MISMATCH";
	case 157: return "TIMESTAMP_LOWER_THAN_PREV_ACCEPTED";
	case 158: return "MISSING_HOME_NETWORK_PREFIX_OPTION";
	case 159: return "BCE_PBU_PREFIX_SET_DO_NOT_MATCH";
	case 160: return "MISSING_MN_IDENTIFIER_OPTION";
	case 161: return "MISSING_HANDOFF_INDICATOR_OPTION";
	case 162: return "MISSING_ACCESS_TECH_TYPE_OPTION";
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
