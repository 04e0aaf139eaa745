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
	case MIPX_MIP4_ROUTE_REQUEST:
		return "Route Request";
	case MIPX_MIP4_ROUTE_REPLY:
		return "Route Reply";
	}
	return "Unknown";
}

/*
 * One table for both places: the advertisement-only types (0, 16, 19) do not
 * collide with any registration extension number.
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
	case MIPX_EXT_NAI:
		return "Mobile Node NAI";
	case MIPX_EXT_CHALLENGE:
		return "MN-FA Challenge";
	case MIPX_EXT_OLD_NVSE:
		return "Normal Vendor/Organization Specific (old number)";
	case MIPX_EXT_NVSE:
		return "Normal Vendor/Organization Specific";
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

/* RFC 3344 3.4: 0-1 accepted, 64-127 denied by the foreign agent, 128-
 * denied by the home agent (here: the binding registrar). */
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
	case 77:
		return "denied by FA: invalid care-of address";
	case 78:
		return "denied by FA: registration timeout";
	case 80:
		return "denied by FA: home network unreachable";
	case 81:
		return "denied by FA: home agent host unreachable";
	case 82:
		return "denied by FA: home agent port unreachable";
	case 88:
		return "denied by FA: home agent unreachable";
	case 194:
		return "denied by FA: invalid home agent address";
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
	}
	return "unknown";
}
