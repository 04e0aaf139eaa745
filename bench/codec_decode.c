/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mipx_codec_decode: what mipx_packet_decode_lean costs per frame, without
 * the capture reader.  Reads a capture into memory once with libpcap, then
 * decodes every frame PASSES times into one reused struct mipx_packet, as
 * the analyzer does, and prints the best pass in ns per frame.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <pcap/pcap.h>

#include "mipx/packet.h"

struct frame_ref {
	size_t off;
	size_t caplen;
};

static double now_ns(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
	static const struct mipx_settings settings = MIPX_SETTINGS_DEFAULT;
	static struct mipx_packet packet;
	char errbuf[PCAP_ERRBUF_SIZE];
	struct pcap_pkthdr *hdr;
	const unsigned char *data;
	struct frame_ref *frames = NULL;
	uint8_t *bytes = NULL;
	size_t n = 0, cap_frames = 0, used = 0, cap_bytes = 0, i;
	int passes = argc > 2 ? atoi(argv[2]) : 20, pass, linktype, rc;
	double best = 0;
	unsigned long ok = 0, mh_ok = 0;
	pcap_t *p;

	if (argc < 2 || passes < 1) {
		fprintf(stderr, "usage: mipx_codec_decode FILE [PASSES]\n");
		return 2;
	}
	errbuf[0] = '\0';
	p = pcap_open_offline(argv[1], errbuf);
	if (!p) {
		fprintf(stderr, "mipx_codec_decode: %s: %s\n", argv[1], errbuf);
		return 2;
	}
	linktype = pcap_datalink(p);
	while ((rc = pcap_next_ex(p, &hdr, &data)) == 1) {
		if (n == cap_frames) {
			cap_frames = cap_frames ? cap_frames * 2 : 4096;
			frames = realloc(frames, cap_frames * sizeof *frames);
		}
		while (used + hdr->caplen > cap_bytes) {
			cap_bytes = cap_bytes ? cap_bytes * 2 : 1 << 20;
			bytes = realloc(bytes, cap_bytes);
		}
		if (!frames || !bytes) {
			fprintf(stderr, "mipx_codec_decode: out of memory\n");
			return 1;
		}
		memcpy(bytes + used, data, hdr->caplen);
		frames[n].off = used;
		frames[n].caplen = hdr->caplen;
		used += hdr->caplen;
		n++;
	}
	pcap_close(p);
	if (n == 0) {
		fprintf(stderr, "mipx_codec_decode: %s: no frames\n", argv[1]);
		return 1;
	}

	for (pass = 0; pass < passes; pass++) {
		double t0 = now_ns(), dt;
		ok = mh_ok = 0;
		for (i = 0; i < n; i++) {
			struct mipx_error err;
			if (mipx_packet_decode_lean(linktype, bytes + frames[i].off,
						    frames[i].caplen, &settings, &packet,
						    &err) == MIPX_OK)
				ok++;
			mh_ok += packet.mh_checksum_ok;
		}
		dt = now_ns() - t0;
		if (pass == 0 || dt < best)
			best = dt;
	}
	printf("%zu frames (%lu ok, %lu MH checksums ok), best of %d passes: %.1f ns/frame, %.2f ms/pass\n",
	       n, ok, mh_ok, passes, best / (double)n, best / 1e6);
	free(frames);
	free(bytes);
	return 0;
}
