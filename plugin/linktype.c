/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * A frame's pcap link type, as the codec's frame decoder and the model take
 * it.  Wireshark hands over wiretap's encapsulation; 4.0 does not export
 * the mapping back to a pcap link type (wtap_wtap_encap_to_pcap_encap), so
 * each link type the codec reads is asked the forward way.
 */
#include "mipx_plugin.h"

#ifdef MIPX_HAVE_WIRETAP
#include <wiretap/pcap-encap.h>
#endif

#include "mipx/frame.h"

int mipx_linktype_of(const packet_info *pinfo)
{
#ifdef MIPX_HAVE_WIRETAP
	static const int dlts[] = { MIPX_DLT_EN10MB, MIPX_DLT_LINUX_SLL, MIPX_DLT_LINUX_SLL2,
				    MIPX_DLT_RAW, MIPX_DLT_LINKTYPE_RAW, MIPX_DLT_RAW_ALT, MIPX_DLT_IPV4,
				    MIPX_DLT_IPV6, MIPX_DLT_NULL, MIPX_DLT_LOOP };
	int encap;

	if (!pinfo->rec || pinfo->rec->rec_type != REC_TYPE_PACKET)
		return -1;
	encap = pinfo->rec->rec_header.packet_header.pkt_encap;
	for (unsigned i = 0; i < G_N_ELEMENTS(dlts); i++)
		if (wtap_pcap_encap_to_wtap_encap(dlts[i]) == encap && mipx_linktype_supported(dlts[i]))
			return dlts[i];
#else
	(void)pinfo;
#endif
	return -1;
}
