/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mipx_pcap_loop: the floor every capture reader stands on.  Reads a file
 * with pcap_next_ex() and does nothing with the frames but count them, so
 * bench/run can say how far the analyzer is from the cost of reading.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <pcap/pcap.h>

int main(int argc, char **argv)
{
	char errbuf[PCAP_ERRBUF_SIZE];
	struct pcap_pkthdr *hdr;
	const unsigned char *data;
	uint64_t frames = 0, bytes = 0;
	pcap_t *p;
	int rc;

	if (argc == 2 && strcmp(argv[1], "--version") == 0) {
		printf("%s\n", pcap_lib_version());
		return 0;
	}
	if (argc != 2) {
		fprintf(stderr, "usage: mipx_pcap_loop FILE | --version\n");
		return 2;
	}
	errbuf[0] = '\0';
	p = pcap_open_offline(argv[1], errbuf);
	if (!p) {
		fprintf(stderr, "mipx_pcap_loop: %s: %s\n", argv[1], errbuf);
		return 2;
	}
	while ((rc = pcap_next_ex(p, &hdr, &data)) == 1) {
		frames++;
		bytes += hdr->caplen;
	}
	if (rc != PCAP_ERROR_BREAK) {
		fprintf(stderr, "mipx_pcap_loop: %s: frame %" PRIu64 ": %s\n", argv[1],
			frames + 1, pcap_geterr(p));
		pcap_close(p);
		return 1;
	}
	pcap_close(p);
	printf("%" PRIu64 " frames %" PRIu64 " bytes\n", frames, bytes);
	return 0;
}
