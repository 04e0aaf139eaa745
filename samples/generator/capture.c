/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Capture files.  pcap goes through libpcap (pcap_open_dead + pcap_dump).
 * libpcap cannot write pcapng, so a minimal writer lives here: one Section
 * Header Block, an Interface Description Block per link type as it first
 * appears, and Enhanced Packet Blocks with microsecond timestamps (the IDB
 * default resolution).  All pcapng fields are written little-endian, so the
 * file is the same on every host.
 */
#include <pcap/pcap.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gen.h"

#define NG_MAX_IF 8

struct capture {
	enum cap_format fmt;
	unsigned long frames;
	/* pcap */
	pcap_t *dead;
	pcap_dumper_t *dumper;
	int linktype;
	/* pcapng */
	FILE *fp;
	int if_linktype[NG_MAX_IF];
	unsigned n_if;
	bool io_error;
};

/* pcapng LINKTYPE_ values differ from DLT_ values only for raw IP. */
static uint16_t linktype_for_file(int dlt)
{
	switch (dlt) {
	case MIPX_DLT_RAW:
	case MIPX_DLT_RAW_ALT:
		return MIPX_DLT_LINKTYPE_RAW;
	default:
		return (uint16_t)dlt;
	}
}

static void put_le16(uint8_t *p, uint16_t v)
{
	p[0] = (uint8_t)v;
	p[1] = (uint8_t)(v >> 8);
}

static void put_le32(uint8_t *p, uint32_t v)
{
	put_le16(p, (uint16_t)v);
	put_le16(p + 2, (uint16_t)(v >> 16));
}

static void ng_out(struct capture *cap, const void *p, size_t n)
{
	if (n && fwrite(p, 1, n, cap->fp) != n)
		cap->io_error = true;
}

static void ng_shb(struct capture *cap)
{
	uint8_t b[28];
	put_le32(b, 0x0A0D0D0A);
	put_le32(b + 4, sizeof b);
	put_le32(b + 8, 0x1A2B3C4D);
	put_le16(b + 12, 1);
	put_le16(b + 14, 0);
	put_le32(b + 16, 0xffffffff); /* section length not given */
	put_le32(b + 20, 0xffffffff);
	put_le32(b + 24, sizeof b);
	ng_out(cap, b, sizeof b);
}

static int ng_interface(struct capture *cap, int linktype)
{
	uint8_t b[20];

	for (unsigned i = 0; i < cap->n_if; i++)
		if (cap->if_linktype[i] == linktype)
			return (int)i;
	if (cap->n_if == NG_MAX_IF)
		return -1;
	put_le32(b, 1);
	put_le32(b + 4, sizeof b);
	put_le16(b + 8, linktype_for_file(linktype));
	put_le16(b + 10, 0);
	put_le32(b + 12, GEN_SNAPLEN);
	put_le32(b + 16, sizeof b);
	ng_out(cap, b, sizeof b);
	cap->if_linktype[cap->n_if] = linktype;
	return (int)cap->n_if++;
}

struct capture *cap_open(const char *path, enum cap_format fmt, int linktype)
{
	return cap_open_snaplen(path, fmt, linktype, 0);
}

struct capture *cap_open_snaplen(const char *path, enum cap_format fmt, int linktype,
				 uint32_t snaplen)
{
	struct capture *cap = calloc(1, sizeof *cap);

	if (!cap)
		return NULL;
	cap->fmt = fmt;
	cap->linktype = linktype;
	if (fmt == CAP_PCAP) {
		cap->dead = pcap_open_dead(linktype, snaplen ? (int)snaplen : (int)GEN_SNAPLEN);
		if (cap->dead)
			cap->dumper = pcap_dump_open(cap->dead, path);
		if (!cap->dumper) {
			fprintf(stderr, "mipx-samples: %s: %s\n", path,
				cap->dead ? pcap_geterr(cap->dead) : "pcap_open_dead failed");
			if (cap->dead)
				pcap_close(cap->dead);
			free(cap);
			return NULL;
		}
		return cap;
	}
	cap->fp = fopen(path, "wb");
	if (!cap->fp) {
		perror(path);
		free(cap);
		return NULL;
	}
	ng_shb(cap);
	ng_interface(cap, linktype);
	return cap;
}

bool cap_write(struct capture *cap, int linktype, uint64_t ts_usec,
	       const uint8_t *data, size_t caplen, size_t origlen)
{
	if (cap->fmt == CAP_PCAP) {
		struct pcap_pkthdr h;

		if (linktype != cap->linktype)
			return false; /* a pcap file has one link type */
		memset(&h, 0, sizeof h);
		h.ts.tv_sec = (time_t)(ts_usec / 1000000u);
		h.ts.tv_usec = (suseconds_t)(ts_usec % 1000000u);
		h.caplen = (bpf_u_int32)caplen;
		h.len = (bpf_u_int32)origlen;
		pcap_dump((u_char *)cap->dumper, &h, data);
		cap->frames++;
		return true;
	}

	int ifc = ng_interface(cap, linktype);
	if (ifc < 0)
		return false;
	size_t padded = (caplen + 3u) & ~(size_t)3u;
	uint32_t total = (uint32_t)(32 + padded);
	uint8_t h[28], tail[4];
	static const uint8_t zeros[4];

	put_le32(h, 6);
	put_le32(h + 4, total);
	put_le32(h + 8, (uint32_t)ifc);
	put_le32(h + 12, (uint32_t)(ts_usec >> 32));
	put_le32(h + 16, (uint32_t)ts_usec);
	put_le32(h + 20, (uint32_t)caplen);
	put_le32(h + 24, (uint32_t)origlen);
	put_le32(tail, total);
	ng_out(cap, h, sizeof h);
	ng_out(cap, data, caplen);
	ng_out(cap, zeros, padded - caplen);
	ng_out(cap, tail, sizeof tail);
	cap->frames++;
	return !cap->io_error;
}

unsigned long cap_frames(const struct capture *cap)
{
	return cap->frames;
}

bool cap_close(struct capture *cap)
{
	bool ok = true;

	if (!cap)
		return false;
	if (cap->fmt == CAP_PCAP) {
		if (pcap_dump_flush(cap->dumper) != 0)
			ok = false;
		pcap_dump_close(cap->dumper);
		pcap_close(cap->dead);
	} else {
		if (fclose(cap->fp) != 0 || cap->io_error)
			ok = false;
	}
	free(cap);
	return ok;
}
