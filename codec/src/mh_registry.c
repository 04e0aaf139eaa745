/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * IANA's Mobility Options registry (mobility-parameters, "Mobility
 * Options"), as Wireshark's epan/dissectors/packet-mip6.c lists it, with the
 * length each defining RFC fixes for the option's data (type and length
 * octets not counted).  A registered option of another length cannot be
 * that option and is MIPX_INVALID; where the RFC allows a range or mipx has
 * no fixed reading, any length is taken (min 0, max 255).
 * See docs/standard-mip6.md 2.
 */
#include <stddef.h>

#include "mh_registry.h"

#define ANY 0, 255
#define FIXED(n) (n), (n)

static const struct mipx_mhopt_rule rules[] = {
	[0] = { "Pad1", NULL, ANY },
	[1] = { "PadN", NULL, ANY },
	[2] = { "Binding Refresh Advice", "refresh_advice.length", FIXED(2) }, /* RFC 6275 6.2.4 */
	[3] = { "Alternate Care-of Address", "alt_coa.length", FIXED(16) },  /* 6.2.5 */
	[4] = { "Nonce Indices", "nonce_indices.length", FIXED(4) },         /* 6.2.6 */
	[5] = { "Binding Authorization Data", NULL, ANY },                   /* 6.2.7 */
	[6] = { "Mobile Network Prefix", "mnp.length", FIXED(18) },         /* RFC 3963 6.2 */
	[7] = { "Mobility Header Link-Layer Address", "mh_lla.length", 1, 255 }, /* RFC 5568 6.4.3 */
	[8] = { "Mobile Node Identifier", "mn_id.length", 2, 255 },         /* RFC 4283 3 */
	[9] = { "AUTH", NULL, ANY },                                         /* RFC 4285 */
	[10] = { "MESG-ID", NULL, ANY },                                     /* RFC 4285 */
	[11] = { "CGA Parameters Request", NULL, ANY },                      /* RFC 4866 */
	[12] = { "CGA Parameters", NULL, ANY },
	[13] = { "Signature", NULL, ANY },
	[14] = { "Permanent Home Keygen Token", NULL, ANY },
	[15] = { "Care-of Test Init", NULL, ANY },
	[16] = { "Care-of Test", NULL, ANY },
	[17] = { "DNS-UPDATE-TYPE", NULL, ANY },                             /* RFC 5026 */
	[18] = { "Experimental Mobility Option", NULL, ANY },                /* RFC 5096 */
	[19] = { "Vendor Specific", NULL, ANY },                             /* RFC 5094 */
	[20] = { "Service Selection", NULL, ANY },                           /* RFC 5149 */
	[21] = { "Binding Authorization Data for FMIPv6 (BADF)", NULL, ANY }, /* RFC 5568 */
	[22] = { "Home Network Prefix", "hnp.length", FIXED(18) },          /* RFC 5213 8.3 */
	[23] = { "Handoff Indicator", "handoff_indicator.length", FIXED(2) }, /* 8.4 */
	[24] = { "Access Technology Type", "att.length", FIXED(2) },        /* 8.5 */
	[25] = { "Mobile Node Link-layer Identifier", NULL, ANY },           /* 8.6 */
	[26] = { "Link-local Address", "link_local.length", FIXED(16) },   /* 8.7 */
	[27] = { "Timestamp", "timestamp.length", FIXED(8) },               /* 8.8 */
	/* RFC 5847 5.2 as Wireshark reads it: the 32-bit counter alone. */
	[28] = { "Restart Counter", "restart_counter.length", FIXED(4) },
	[29] = { "IPv4 Home Address", "ipv4_hoa.length", FIXED(6) },        /* RFC 5555 3.1.1 */
	[30] = { "IPv4 Address Acknowledgement", "ipv4_aa.length", FIXED(6) }, /* 3.2.1 */
	[31] = { "NAT Detection", "nat_detection.length", FIXED(6) },       /* 3.2.2 */
	[32] = { "IPv4 Care-of Address", "ipv4_coa.length", FIXED(6) },     /* 3.1.2 */
	/* RFC 5845 3.1: the GRE key identifier may be left out. */
	[33] = { "GRE Key", "gre_key.length", 2, 6 },
	[34] = { "Mobility Header IPv6 Address/Prefix", NULL, ANY },         /* RFC 5568 */
	[35] = { "Binding Identifier", "bid.length", 4, 20 },                /* RFC 5648 6.1 */
	[36] = { "IPv4 Home Address Request", "ipv4_hoa_req.length", FIXED(6) }, /* RFC 5844 */
	[37] = { "IPv4 Home Address Reply", "ipv4_hoa_rep.length", FIXED(6) },
	[38] = { "IPv4 Default-Router Address", "ipv4_dra.length", FIXED(6) },
	[39] = { "IPv4 DHCP Support Mode", "ipv4_dsm.length", FIXED(2) },
	[40] = { "Context Request", NULL, ANY },                             /* RFC 5949 */
	[41] = { "Local Mobility Anchor Address", NULL, ANY },
	[42] = { "Mobile Node Link-local Address Interface Identifier", NULL, ANY },
	[43] = { "Transient Binding", NULL, ANY },                           /* RFC 6058 */
	[44] = { "Flow Summary", NULL, ANY },                                /* RFC 6089 */
	[45] = { "Flow Identification", NULL, ANY },
	[46] = { "Redirect-Capability", "redirect_cap.length", FIXED(2) },  /* RFC 6463 */
	[47] = { "Redirect", NULL, ANY },
	[48] = { "Load Information", "load_info.length", FIXED(18) },
	[49] = { "Alternate IPv4 Care-of Address", "alt_ipv4_coa.length", FIXED(4) },
	[50] = { "Mobile Node Group Identifier", "mn_group_id.length", FIXED(6) }, /* RFC 6602 */
	[51] = { "MAG IPv6 Address", NULL, ANY },                            /* RFC 6705 */
	[52] = { "Access Network Identifier", NULL, ANY },                   /* RFC 6757 */
	[55] = { "Delegated Mobile Network Prefix", NULL, ANY },             /* RFC 7148 */
};

const struct mipx_mhopt_rule *mipx_mhopt_rule(uint8_t type)
{
	static const struct mipx_mhopt_rule unassigned = { NULL, NULL, 0, 255 };

	if (type < sizeof rules / sizeof rules[0] && rules[type].name)
		return &rules[type];
	return &unassigned;
}
