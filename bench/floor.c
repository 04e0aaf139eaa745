/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mipx_floor: the least any analyzer that keeps state per mobile node does
 * for each frame, so bench/run can show how much of mipx's time is the
 * analysis itself and how much no design can avoid.  Per frame:
 *   - read it through libpcap (the same 64 KiB stdio buffer as mipx),
 *   - decode it with mipx_packet_decode_lean (as mipx does),
 *   - find its node in a GLib hash table by home address (made on first
 *     sight: a 64-octet record, written to),
 *   - pair it: a request is put in a second table, a reply finds its request
 *     there and removes it.
 * No checks, no chains, no expiry, no report.  Prints frames and seconds.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>
#include <pcap/pcap.h>

#include "mipx/packet.h"

struct node_key {
	uint8_t family;
	uint8_t address[16];
};

struct node_record {
	struct node_key key;
	uint64_t messages;
	uint8_t state[40]; /* stands for what a node keeps */
};

struct pair_key {
	uint8_t address[16];
	uint64_t id; /* MIPv4 identification, or MH sequence number */
};

static guint node_hash(gconstpointer p)
{
	const struct node_key *k = p;
	uint64_t w[2];

	memcpy(w, k->address, 16);
	return (guint)((w[0] * UINT64_C(0x9e3779b97f4a7c15) ^ w[1]) * UINT64_C(0xff51afd7ed558ccd) >>
		       32) ^ k->family;
}

static gboolean node_equal(gconstpointer a, gconstpointer b)
{
	return memcmp(a, b, sizeof(struct node_key)) == 0;
}

static guint pair_hash(gconstpointer p)
{
	const struct pair_key *k = p;
	uint64_t w[2];

	memcpy(w, k->address, 16);
	return (guint)(((w[0] ^ k->id) * UINT64_C(0x9e3779b97f4a7c15) ^ w[1]) *
			       UINT64_C(0xff51afd7ed558ccd) >> 32);
}

static gboolean pair_equal(gconstpointer a, gconstpointer b)
{
	return memcmp(a, b, sizeof(struct pair_key)) == 0;
}

/* The node a message is about and its pairing key; false: no Mobile IP. */
static bool keys_of(const struct mipx_packet *p, struct node_key *node, struct pair_key *pair,
		    bool *request)
{
	memset(node, 0, sizeof(*node));
	memset(pair, 0, sizeof(*pair));
	switch (p->frame.kind) {
	case MIPX_PAYLOAD_MIP4: {
		const struct mipx_mip4_msg *m = &p->msg.mip4;
		uint32_t home = mipx_mip4_is_route(m->type) ? m->destination : m->home_address;

		node->family = 4;
		for (int i = 0; i < 4; i++)
			node->address[i] = (uint8_t)(home >> (24 - 8 * i));
		pair->id = m->identification;
		*request = mipx_mip4_is_request(m->type);
		break;
	}
	case MIPX_PAYLOAD_MH:
		node->family = 6;
		memcpy(node->address, p->mn_home_address, 16);
		pair->id = p->msg.mh.sequence;
		*request = p->msg.mh.type == MIPX_MH_BU;
		break;
	default:
		return false;
	}
	memcpy(pair->address, node->address, 16);
	return true;
}

static double now_s(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
	static const struct mipx_settings settings = MIPX_SETTINGS_DEFAULT;
	static struct mipx_packet packet;
	static char read_buffer[64 * 1024];
	char errbuf[PCAP_ERRBUF_SIZE];
	struct pcap_pkthdr *hdr;
	const unsigned char *data;
	uint64_t frames = 0, paired = 0;
	GHashTable *nodes, *pairs;
	double t0;
	pcap_t *p;
	FILE *fp;
	int rc;

	if (argc != 2) {
		fprintf(stderr, "usage: mipx_floor FILE\n");
		return 2;
	}
	t0 = now_s();
	fp = fopen(argv[1], "rb");
	if (!fp) {
		perror(argv[1]);
		return 2;
	}
	setvbuf(fp, read_buffer, _IOFBF, sizeof(read_buffer));
	errbuf[0] = '\0';
	p = pcap_fopen_offline(fp, errbuf);
	if (!p) {
		fprintf(stderr, "mipx_floor: %s: %s\n", argv[1], errbuf);
		return 2;
	}
	nodes = g_hash_table_new_full(node_hash, node_equal, NULL, g_free);
	pairs = g_hash_table_new_full(pair_hash, pair_equal, g_free, NULL);
	while ((rc = pcap_next_ex(p, &hdr, &data)) == 1) {
		struct mipx_error err;
		struct node_key nk;
		struct pair_key pk;
		struct node_record *n;
		bool request;

		frames++;
		if (mipx_packet_decode_lean(pcap_datalink(p), data, hdr->caplen, &settings,
					    &packet, &err) != MIPX_OK ||
		    !keys_of(&packet, &nk, &pk, &request))
			continue;
		n = g_hash_table_lookup(nodes, &nk);
		if (!n) {
			n = g_new0(struct node_record, 1);
			n->key = nk;
			g_hash_table_add(nodes, n);
		}
		n->messages++;
		if (request) {
			if (!g_hash_table_contains(pairs, &pk))
				g_hash_table_add(pairs, g_memdup2(&pk, sizeof(pk)));
		} else if (g_hash_table_remove(pairs, &pk)) {
			paired++;
		}
	}
	if (rc != PCAP_ERROR_BREAK)
		fprintf(stderr, "mipx_floor: %s: %s\n", argv[1], pcap_geterr(p));
	pcap_close(p);
	printf("%" PRIu64 " frames, %u nodes, %" PRIu64 " paired: %.3f s\n", frames,
	       g_hash_table_size(nodes), paired, now_s() - t0);
	g_hash_table_destroy(nodes);
	g_hash_table_destroy(pairs);
	return 0;
}
