/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Names of Mobile IPv4 / DREMIP numbers, in the documents' own words. */
#include "mipx/mip4.h"

const char *mipx_mip4_type_name(uint8_t type)
{
	switch (type) {
	case MIPX_MIP4_REG_REQUEST:
		return "Registration Request";
	case MIPX_MIP4_REG_REPLY:
		return "Registration Reply";
	case MIPX_MIP4_TUNNEL_DATA:
		return "Tunnel Data";
	case MIPX_MIP4_REVOCATION:
		return "Registration Revocation";
	case MIPX_MIP4_REVOCATION_ACK:
		return "Registration Revocation Acknowledgement";
	case MIPX_MIP4_ROUTE_REQUEST:
		return "Route Request";
	case MIPX_MIP4_ROUTE_REPLY:
		return "Route Reply";
	}
	return "Unknown";
}

/*
 * Extensions of registration and route messages.  The advertisement-only
 * types (0, 16, 19) do not collide with any message extension number, so
 * they are named here too; 24 is named by mipx_adv_ext_name only.
 */
const char *mipx_mip4_ext_name(uint8_t ext_type)
{
	switch (ext_type) {
	case MIPX_ADV_EXT_PAD:
		return "One-byte Padding";
	case MIPX_ADV_EXT_MOBILITY_AGENT:
		return "Mobility Agent Advertisement";
	case MIPX_ADV_EXT_PREFIX_LENGTHS:
		return "Prefix-Lengths";
	case MIPX_EXT_MN_HA_AUTH:
		return "Mobile-Home Authentication";
	case MIPX_EXT_MN_FA_AUTH:
		return "Mobile-Foreign Authentication";
	case MIPX_EXT_FA_HA_AUTH:
		return "Foreign-Home Authentication";
	case MIPX_EXT_GEN_AUTH:
		return "Generalized Mobile IP Authentication";
	case MIPX_EXT_OLD_CVSE:
		return "Critical Vendor/Organization Specific (old number)";
	case MIPX_EXT_CVSE:
		return "Critical Vendor/Organization Specific";
	case MIPX_EXT_UDP_TUNNEL_REPLY:
		return "UDP Tunnel Reply";
	case MIPX_EXT_FA_ERROR:
		return "Foreign Agent Error";
	case MIPX_EXT_GFA_ADDRESS:
		return "GFA IP Address";
	case MIPX_EXT_PMIP_NON_SKIP:
		return "Proxy Mobile IPv4 Non-skippable";
	case MIPX_EXT_REG_SERVER:
		return "Registration Server";
	case MIPX_EXT_CARE_OF:
		return "Care-of Address";
	case MIPX_EXT_AGENT_SERVER_AUTH:
		return "Agent-Server Authentication";
	case MIPX_EXT_MOBILE_SERVER_AUTH:
		return "Mobile-Server Authentication";
	case MIPX_EXT_SERVER_SERVER_AUTH:
		return "Server-Server Authentication";
	case MIPX_EXT_EXPERIMENTAL:
		return "Experimental (not skippable)";
	case MIPX_EXT_SKIP_FIREWALL:
		return "SKIP Firewall Traversal";
	case MIPX_EXT_ENCAP_DELIVERY:
		return "Encapsulating Delivery Style";
	case MIPX_EXT_NAI:
		return "Mobile Node NAI";
	case MIPX_EXT_CHALLENGE:
		return "MN-FA Challenge";
	case MIPX_EXT_OLD_NVSE:
		return "Normal Vendor/Organization Specific (old number)";
	case MIPX_EXT_NVSE:
		return "Normal Vendor/Organization Specific";
	case MIPX_EXT_NAI_CARRYING:
		return "NAI Carrying";
	case MIPX_EXT_REVOCATION_SUPPORT:
		return "Revocation Support";
	case MIPX_EXT_GLLA:
		return "Generalized Link Layer Address Registration";
	case MIPX_EXT_DYNAMIC_HA:
		return "Dynamic HA";
	case MIPX_EXT_HIERARCHICAL_FA:
		return "Hierarchical Foreign Agent";
	case MIPX_EXT_REPLAY_STYLE:
		return "Replay Protection Style";
	case MIPX_EXT_REGIONAL_LIFETIME:
		return "Regional Registration Lifetime";
	case MIPX_EXT_UDP_TUNNEL_REQUEST:
		return "UDP Tunnel Request";
	case MIPX_EXT_MESSAGE_STRING:
		return "Message String";
	case MIPX_EXT_PMIP_SKIP:
		return "Proxy Mobile IPv4 Skippable";
	case MIPX_EXT_MOBILE_NETWORK:
		return "Mobile Network";
	case MIPX_EXT_TNC:
		return "Trusted Networks Configured";
	case MIPX_EXT_SERVICE_SELECTION:
		return "Service Selection";
	case MIPX_EXT_DUAL_STACK:
		return "Dual Stack (DSMIPv4)";
	case MIPX_EXT_SKIP_EXPERIMENTAL:
		return "Experimental (skippable)";
	}
	return "Unknown";
}

/* Agent Advertisement extensions (RFC 3344 2.1, RFC 3012 2, DREMIP 3.1). */
const char *mipx_adv_ext_name(uint8_t ext_type)
{
	switch (ext_type) {
	case MIPX_ADV_EXT_PAD:
	case MIPX_ADV_EXT_MOBILITY_AGENT:
	case MIPX_ADV_EXT_PREFIX_LENGTHS:
	case MIPX_ADV_EXT_REG_SERVER:
		return mipx_mip4_ext_name(ext_type);
	case MIPX_ADV_EXT_CHALLENGE:
		return "Challenge";
	}
	return "Unknown";
}

/* DREMIP 3.5. */
const char *mipx_route_code_name(uint8_t code)
{
	switch (code) {
	case MIPX_ROUTE_ADDED:
		return "route added";
	case MIPX_ROUTE_DENIED_UNSPECIFIED:
		return "reason unspecified";
	case MIPX_ROUTE_DENIED_PROHIBITED:
		return "administratively prohibited";
	case MIPX_ROUTE_DENIED_AUTH:
		return "server failed authentication";
	case MIPX_ROUTE_DENIED_LIFETIME:
		return "requested Lifetime too long";
	case MIPX_ROUTE_DENIED_POORLY_FORMED:
		return "poorly formed message";
	}
	return "unknown";
}

/*
 * RFC 3344 3.4: 0-1 accepted, 64-127 denied by the foreign agent, 128-
 * denied by the home agent (here: the binding registrar); later numbers
 * from the RFCs that added them (IANA "Mobile IPv4 numbers").
 */
const char *mipx_reg_code_name(uint8_t code)
{
	switch (code) {
	case 0:
		return "registration accepted";
	case 1:
		return "registration accepted, but simultaneous mobility bindings unsupported";
	case 64:
		return "denied by FA: reason unspecified";
	case 65:
		return "denied by FA: administratively prohibited";
	case 66:
		return "denied by FA: insufficient resources";
	case 67:
		return "denied by FA: mobile node failed authentication";
	case 68:
		return "denied by FA: home agent failed authentication";
	case 69:
		return "denied by FA: requested Lifetime too long";
	case 70:
		return "denied by FA: poorly formed Request";
	case 71:
		return "denied by FA: poorly formed Reply";
	case 72:
		return "denied by FA: requested encapsulation unavailable";
	case 73:
		return "denied by FA: reserved and unavailable";
	case 74: /* RFC 3024 4.3 */
		return "denied by FA: requested reverse tunnel unavailable";
	case 75: /* RFC 3024 4.3 */
		return "denied by FA: reverse tunnel is mandatory and 'T' bit not set";
	case 76: /* RFC 3024 4.3 */
		return "denied by FA: mobile node too distant";
	case 77:
		return "denied by FA: invalid care-of address";
	case 78:
		return "denied by FA: registration timeout";
	case 79: /* RFC 3024 4.3 */
		return "denied by FA: delivery style not supported";
	case 80:
		return "denied by FA: home network unreachable";
	case 81:
		return "denied by FA: home agent host unreachable";
	case 82:
		return "denied by FA: home agent port unreachable";
	case 88:
		return "denied by FA: home agent unreachable";
	case 89: /* RFC 3115 */
		return "denied by FA: vendor-specific reason";
	case 90: /* RFC 4433 */
		return "denied by FA: non-zero home agent address required";
	case 96: /* RFC 2794 3 */
		return "denied by FA: non-zero home address required";
	case 97: /* RFC 2794 3 */
		return "denied by FA: missing NAI";
	case 98: /* RFC 2794 3 */
		return "denied by FA: missing home agent";
	case 99: /* RFC 2794 3 */
		return "denied by FA: missing home address";
	case 100: /* RFC 3115 */
		return "denied by FA: unable to interpret CVSE sent by mobile node";
	case 101: /* RFC 3115 */
		return "denied by FA: unable to interpret CVSE sent by home agent";
	case 104: /* RFC 3012 6 */
		return "denied by FA: unknown challenge";
	case 105: /* RFC 3012 6 */
		return "denied by FA: missing challenge";
	case 106: /* RFC 3012 6 */
		return "denied by FA: stale challenge";
	case 107: /* RFC 3957 */
		return "denied by FA: missing MN-FA key generation nonce reply extension";
	case 108: /* RFC 4721 */
		return "denied by FA: mobile node failed AAA authentication";
	case 109: /* RFC 4721 */
		return "denied by FA: home agent sent wrong challenge in reply";
	case 127: /* RFC 4064 */
		return "denied by FA: error code for experimental use";
	case 128:
		return "denied by HA: reason unspecified";
	case 129:
		return "denied by HA: administratively prohibited";
	case 130:
		return "denied by HA: insufficient resources";
	case 131:
		return "denied by HA: mobile node failed authentication";
	case 132:
		return "denied by HA: foreign agent failed authentication";
	case 133:
		return "denied by HA: registration Identification mismatch";
	case 134:
		return "denied by HA: poorly formed Request";
	case 135:
		return "denied by HA: too many simultaneous mobility bindings";
	case 136:
		return "denied by HA: unknown home agent address";
	case 137: /* RFC 3024 4.4 */
		return "denied by HA: requested reverse tunnel unavailable";
	case 138: /* RFC 3024 4.4 */
		return "denied by HA: reverse tunnel is mandatory and 'T' bit not set";
	case 139: /* RFC 3024 4.4 */
		return "denied by HA: requested encapsulation unavailable";
	case 140: /* RFC 3115 */
		return "denied by HA: unable to interpret CVSE sent by mobile node";
	case 141: /* RFC 3115 */
		return "denied by HA: unable to interpret CVSE sent by foreign agent";
	case 142: /* RFC 3519 3.2.2 */
		return "denied by HA: UDP encapsulation unavailable";
	case 143: /* RFC 4433 */
		return "denied by HA: register with redirected home agent";
	case 144: /* RFC 4721 */
		return "denied by HA: mobile node failed AAA authentication";
	case 192: /* RFC 4064 */
		return "denied by HA: error code for experimental use";
	case 194: /* RFC 4433 */
		return "denied by FA: invalid home agent address";
	}
	return "unknown";
}
