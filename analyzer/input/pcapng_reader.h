/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * pcapng read block by block, for the one kind of file libpcap stops on: a
 * section whose interfaces have different link types (dumpcap -i eth0
 * -i any, a router's Ethernet and PPP ports).  libpcap 1.10 returns an
 * error at the first packet of the second link type; input.c then goes on
 * here from that packet.  Everything else is libpcap's.
 */
#ifndef MIPX_PCAPNG_READER_H
#define MIPX_PCAPNG_READER_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include <pcap/pcap.h>

#define PCAPNG_ERR_MAX 160

struct pcapng_packet {
	struct pcap_pkthdr hdr; /* microsecond timestamp, as libpcap gives */
	const uint8_t *data;    /* valid until the next read */
	int linktype;           /* of the packet's interface */
	uint32_t interface;
};

struct pcapng_reader;

/* Opens a pcapng file and passes over its first `skip` packets; NULL (and
 * why, in err) when it is not pcapng or they cannot be read. */
struct pcapng_reader *pcapng_reader_open(const char *path, uint64_t skip,
					 char err[PCAPNG_ERR_MAX]);
/* 1: the next packet; 0: end of file; -1: the file is damaged here (err). */
int pcapng_reader_next(struct pcapng_reader *r, struct pcapng_packet *pkt,
		       char err[PCAPNG_ERR_MAX]);
void pcapng_reader_close(struct pcapng_reader *r);

#endif
