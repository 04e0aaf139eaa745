/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mipx_badcaps DIR: writes broken captures into DIR, each
 * built around valid Mobile IP frames (a Registration Request and its
 * Reply, encoded by the codec), so a test can tell "the bad part was
 * reported" from "the good part was still analyzed".
 *
 * The files are malformed on purpose, which libpcap's writer refuses to do,
 * so the pcap and pcapng records are written here by hand, little-endian.
 * Every file is listed in `cases` with what a reader can at best recover;
 * tests/robustness/CMakeLists.txt repeats those numbers for the checks.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mipx/frame.h"
#include "mipx/mip4.h"
#include "mipx/mip6.h"

#define FRAME_MAX 256
#define SNAPLEN 65535u
#define T0 1700000000u /* 2023-11-14 22:13:20 UTC, as the samples */

/* LINKTYPE_ values as they appear in files (pcapng wants 101 for raw IP). */
#define LT_ETHERNET 1
#define LT_RAW 101
#define LT_USER0 147 /* a link type mipx does not decode */
#define LT_UNKNOWN 147 /* LINKTYPE_USER0: no codec decodes it */

struct frame {
	uint8_t data[FRAME_MAX];
	size_t len;
};

/* The valid frames: request and reply, over Ethernet and over raw IPv4. */
static struct frame eth_req, eth_reply, raw_req, raw_reply;

static void die(const char *what)
{
	fprintf(stderr, "mipx_badcaps: %s\n", what);
	exit(1);
}

/*
 * An RFC 3344 registration as DREMIP 3.2 keeps it: mobile node 10.1.0.5
 * (home agent 10.1.0.1) registers care-of 10.2.0.1 through its foreign agent.
 */
static void build_message(bool reply, uint8_t *buf, size_t *len)
{
	struct mipx_mip4_msg m;
	struct mipx_error err;

	memset(&m, 0, sizeof(m));
	m.type = reply ? MIPX_MIP4_REG_REPLY : MIPX_MIP4_REG_REQUEST;
	m.lifetime = 300;
	m.home_address = 0x0a010005;
	m.registrar = 0x0a010001;
	if (!reply)
		m.care_of = 0x0a020001;
	m.identification = ((uint64_t)(T0 + 2208988800u) << 32) | 0x1234;
	if (mipx_mip4_encode(&m, buf, FRAME_MAX, len, &err) != MIPX_OK)
		die("cannot encode the registration message");
}

static void build_frame(int linktype, bool reply, struct frame *f)
{
	static const uint8_t mac_fa[6] = { 0x02, 0, 0, 0, 0x02, 0x01 };
	static const uint8_t mac_rt[6] = { 0x02, 0, 0, 0, 0x01, 0xfe };
	struct mipx_frame_spec spec;
	struct mipx_error err;
	uint8_t msg[FRAME_MAX];
	size_t msg_len;

	build_message(reply, msg, &msg_len);
	memset(&spec, 0, sizeof(spec));
	spec.linktype = linktype;
	memcpy(spec.src_mac, reply ? mac_rt : mac_fa, 6);
	memcpy(spec.dst_mac, reply ? mac_fa : mac_rt, 6);
	/* the foreign agent relays to the home agent; the reply comes back */
	spec.src = mipx_addr_v4(reply ? 0x0a010001 : 0x0a020001);
	spec.dst = mipx_addr_v4(reply ? 0x0a020001 : 0x0a010001);
	spec.ip_id = reply ? 0x2001 : 0x1001;
	spec.kind = MIPX_PAYLOAD_MIP4;
	spec.sport = reply ? MIPX_MIP4_UDP_PORT : 40000;
	spec.dport = reply ? 40000 : MIPX_MIP4_UDP_PORT;
	if (mipx_frame_encode(&spec, msg, msg_len, f->data, sizeof(f->data), &f->len,
			      &err) != MIPX_OK)
		die("cannot encode the frame");
}

/* ---- a minimal writer: bytes exactly as told ---- */

struct out {
	FILE *fp;
	const char *path;
};

static void put(struct out *o, const void *p, size_t n)
{
	if (n && fwrite(p, 1, n, o->fp) != n)
		die(o->path);
}

static void put16(struct out *o, uint16_t v)
{
	uint8_t b[2] = { (uint8_t)v, (uint8_t)(v >> 8) };
	put(o, b, 2);
}

static void put32(struct out *o, uint32_t v)
{
	uint8_t b[4] = { (uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16),
			 (uint8_t)(v >> 24) };
	put(o, b, 4);
}

static void open_out(struct out *o, const char *dir, const char *name)
{
	static char path[4096];

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	o->path = path;
	o->fp = fopen(path, "wb");
	if (!o->fp)
		die(path);
}

static void close_out(struct out *o)
{
	if (fclose(o->fp) != 0)
		die(o->path);
}

/* pcap: 24-octet file header, then 16-octet record headers (microseconds). */
static void pcap_header(struct out *o, uint32_t snaplen, uint32_t linktype)
{
	put32(o, 0xa1b2c3d4);
	put16(o, 2);
	put16(o, 4);
	put32(o, 0); /* thiszone */
	put32(o, 0); /* sigfigs */
	put32(o, snaplen);
	put32(o, linktype);
}

static void pcap_record_header(struct out *o, uint32_t sec, uint32_t usec,
			       uint32_t caplen, uint32_t len)
{
	put32(o, sec);
	put32(o, usec);
	put32(o, caplen);
	put32(o, len);
}

static void pcap_record(struct out *o, uint32_t sec, const struct frame *f)
{
	pcap_record_header(o, sec, 0, (uint32_t)f->len, (uint32_t)f->len);
	put(o, f->data, f->len);
}

/* pcapng (little-endian section): SHB, IDB per interface, EPB per frame. */
static void pcapng_shb(struct out *o)
{
	put32(o, 0x0a0d0d0a);
	put32(o, 28);
	put32(o, 0x1a2b3c4d);
	put16(o, 1);
	put16(o, 0);
	put32(o, 0xffffffff); /* section length: not given */
	put32(o, 0xffffffff);
	put32(o, 28);
}

static void pcapng_idb(struct out *o, uint16_t linktype)
{
	put32(o, 1);
	put32(o, 20);
	put16(o, linktype);
	put16(o, 0);
	put32(o, SNAPLEN);
	put32(o, 20); /* no options: if_tsresol defaults to microseconds */
}

/* An interface with if_tsresol 9: its timestamps count nanoseconds. */
static void pcapng_idb_ns(struct out *o, uint16_t linktype)
{
	static const uint8_t tsresol[4] = { 9, 0, 0, 0 };

	put32(o, 1);
	put32(o, 32);
	put16(o, linktype);
	put16(o, 0);
	put32(o, SNAPLEN);
	put16(o, 9); /* if_tsresol, one octet, padded */
	put16(o, 1);
	put(o, tsresol, 4);
	put32(o, 0); /* opt_endofopt */
	put32(o, 32);
}

/* An EPB with the timestamp in the interface's own units. */
static void pcapng_epb_units(struct out *o, uint32_t ifid, uint64_t ts, const struct frame *f)
{
	static const uint8_t zero[4];
	size_t pad = (4 - f->len % 4) % 4;
	uint32_t total = (uint32_t)(32 + f->len + pad);

	put32(o, 6);
	put32(o, total);
	put32(o, ifid);
	put32(o, (uint32_t)(ts >> 32));
	put32(o, (uint32_t)ts);
	put32(o, (uint32_t)f->len);
	put32(o, (uint32_t)f->len);
	put(o, f->data, f->len);
	put(o, zero, pad);
	put32(o, total);
}

static void pcapng_epb(struct out *o, uint32_t ifid, uint32_t sec, const struct frame *f)
{
	pcapng_epb_units(o, ifid, (uint64_t)sec * 1000000u, f);
}

/* ---- the cases ---- */

/* Both frames, nothing wrong: proves the frames are Mobile IP to the reader. */
static void write_good(struct out *o)
{
	pcap_header(o, SNAPLEN, LT_ETHERNET);
	pcap_record(o, T0, &eth_req);
	pcap_record(o, T0 + 1, &eth_reply);
}

/* Record 3's header says 100 octets; the file ends 30 octets into them. */
static void write_cut_record(struct out *o)
{
	write_good(o);
	pcap_record_header(o, T0 + 2, 0, 100, 100);
	put(o, eth_req.data, 30);
}

/* A snaplen no link type allows (libpcap clamps it; a reader must not trust it). */
static void write_huge_snaplen(struct out *o)
{
	pcap_header(o, 0x7fffffff, LT_ETHERNET);
	pcap_record(o, T0, &eth_req);
	pcap_record(o, T0 + 1, &eth_reply);
}

/* Record 2 claims more octets captured than were on the wire. */
static void write_caplen_over_len(struct out *o)
{
	pcap_header(o, SNAPLEN, LT_ETHERNET);
	pcap_record(o, T0, &eth_req);
	pcap_record_header(o, T0 + 1, 0, (uint32_t)eth_req.len, 20);
	put(o, eth_req.data, eth_req.len);
	pcap_record(o, T0 + 2, &eth_reply);
}

/* Records 2 and 3 hold nothing at all, on the wire or in the file. */
static void write_zero_length(struct out *o)
{
	pcap_header(o, SNAPLEN, LT_ETHERNET);
	pcap_record(o, T0, &eth_req);
	pcap_record_header(o, T0 + 1, 0, 0, 0);
	pcap_record_header(o, T0 + 1, 500000, 0, 60);
	pcap_record(o, T0 + 2, &eth_reply);
}

/* The reply is stamped an hour before its request, then a second request. */
static void write_time_backwards(struct out *o)
{
	pcap_header(o, SNAPLEN, LT_ETHERNET);
	pcap_record(o, T0 + 3600, &eth_req);
	pcap_record(o, T0, &eth_reply);
	pcap_record(o, T0 + 3601, &eth_req);
}

/* Ethernet bytes under a link type the codec does not know. */
static void write_unknown_linktype(struct out *o)
{
	pcap_header(o, SNAPLEN, LT_UNKNOWN);
	pcap_record(o, T0, &eth_req);
	pcap_record(o, T0 + 1, &eth_reply);
}

/*
 * Interface 0 is Ethernet, interface 1 raw IP, as a capture taken on a LAN
 * and a tunnel at once.  The second IDB comes after the first frame, as a
 * capture tool writes it when the interface appears (libpcap 1.10 refuses a
 * second link type there; a reader must still keep frame 1).
 */
static void write_two_interfaces(struct out *o)
{
	pcapng_shb(o);
	pcapng_idb(o, LT_ETHERNET);
	pcapng_epb(o, 0, T0, &eth_req);
	pcapng_idb(o, LT_RAW);
	pcapng_epb(o, 1, T0 + 1, &raw_reply);
	pcapng_epb(o, 1, T0 + 2, &raw_req);
}

/*
 * Three interfaces: Ethernet; raw IP counting nanoseconds; a link type mipx
 * does not decode (its frame is counted and named once, not decoded).
 */
static void write_three_interfaces(struct out *o)
{
	pcapng_shb(o);
	pcapng_idb(o, LT_ETHERNET);
	pcapng_epb(o, 0, T0, &eth_req);
	pcapng_idb_ns(o, LT_RAW);
	pcapng_idb(o, LT_USER0);
	pcapng_epb_units(o, 1, (uint64_t)(T0 + 1) * 1000000000u + 5, &raw_reply);
	pcapng_epb(o, 2, T0 + 1, &eth_reply);
	pcapng_epb_units(o, 1, (uint64_t)(T0 + 2) * 1000000000u, &raw_req);
}

/* An EPB whose length says 200 octets; the file ends 40 octets into it. */
static void write_cut_block(struct out *o)
{
	pcapng_shb(o);
	pcapng_idb(o, LT_ETHERNET);
	pcapng_epb(o, 0, T0, &eth_req);
	pcapng_epb(o, 0, T0 + 1, &eth_reply);
	put32(o, 6);
	put32(o, 200);
	put32(o, 0);
	put32(o, 0);
	put32(o, T0 + 2);
	put32(o, 168);
	put32(o, 168);
	put(o, eth_req.data, 12);
}

static void write_empty(struct out *o)
{
	(void)o;
}

static void write_not_a_capture(struct out *o)
{
	static const char text[] =
		"This is a text file a user passed by mistake, not a capture.\n"
		"mipx must say so, name it, and not crash.\n";
	put(o, text, sizeof(text) - 1);
}

/* Deterministic junk (a xorshift sequence: no structure a reader can use). */
static void put_garbage(struct out *o, size_t n, uint32_t seed)
{
	uint32_t x = seed;

	for (size_t i = 0; i < n; i++) {
		uint8_t b;

		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		b = (uint8_t)(x >> 24);
		put(o, &b, 1);
	}
}

/* A valid file header and nothing valid after it. */
static void write_garbage_after_header(struct out *o)
{
	pcap_header(o, SNAPLEN, LT_ETHERNET);
	put_garbage(o, 200, 0x9e3779b9);
}

/* Two good records, then junk where record 3's header should be. */
static void write_garbage_tail(struct out *o)
{
	write_good(o);
	put_garbage(o, 77, 0x2545f491);
}

/* Record 2 is well framed but its bytes are junk; record 3 is fine again. */
static void write_garbage_frame(struct out *o)
{
	pcap_header(o, SNAPLEN, LT_ETHERNET);
	pcap_record(o, T0, &eth_req);
	pcap_record_header(o, T0 + 1, 0, 64, 64);
	put_garbage(o, 64, 0x12345678);
	pcap_record(o, T0 + 2, &eth_reply);
}

/*
 * One mobile node binding with ever new correspondent nodes: 1100 Binding
 * Updates (MCoA, IFID 1, no A flag, so each takes effect as sent) from
 * 2001:db8:1::5 at care-of 2001:db8:9::5 to 2001:db8:7::1, ::2, ...  The
 * node's bindings stop at the most mipx keeps for one node (1024, node.c),
 * so BU 1025 is named, and every message is still counted.
 */
#define MANY_CNS 1100
static void write_many_correspondents(struct out *o)
{
	static const uint8_t home[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 1, [15] = 5 };
	static const uint8_t coa[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 9, [15] = 5 };
	const struct mipx_mip6_settings settings = MIPX_MIP6_SETTINGS_DEFAULT;

	pcap_header(o, SNAPLEN, LT_RAW);
	for (unsigned i = 0; i < MANY_CNS; i++) {
		struct mipx_mh mh;
		struct mipx_mh_option *ci;
		struct mipx_frame_spec spec;
		struct mipx_error err;
		uint8_t msg[FRAME_MAX], cn[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 7 };
		size_t msg_len = 0;
		struct frame f;

		memset(&mh, 0, sizeof(mh));
		mh.payload_proto = MIPX_MH_NO_NEXT_HEADER;
		mh.type = MIPX_MH_BU;
		mh.sequence = (uint16_t)i;
		mh.flags = MIPX_BU_FLAG_M_DEFAULT;
		mh.lifetime = 75; /* 300 s */
		ci = &mh.opt[mh.n_opt++];
		ci->type = MIPX_MHOPT_COAINFO_DEFAULT;
		ci->kind = MIPX_MHOPT_KIND_COAINFO;
		ci->length = 4;
		ci->u.coainfo.ifid = 1;
		if (mipx_mh_pad(&mh, &err) != MIPX_OK ||
		    mipx_mh_encode(&mh, &settings, msg, sizeof(msg), &msg_len, &err) != MIPX_OK)
			die("cannot encode the Binding Update");
		cn[14] = (uint8_t)((i + 1) >> 8);
		cn[15] = (uint8_t)(i + 1);
		memset(&spec, 0, sizeof(spec));
		spec.linktype = MIPX_DLT_RAW;
		spec.src = mipx_addr_v6(coa);
		spec.dst = mipx_addr_v6(cn);
		spec.kind = MIPX_PAYLOAD_MH;
		spec.has_home_address_option = true;
		memcpy(spec.home_address_option, home, 16);
		if (mipx_frame_encode(&spec, msg, msg_len, f.data, sizeof(f.data), &f.len,
				      &err) != MIPX_OK)
			die("cannot encode the Binding Update's frame");
		pcap_record(o, T0 + i, &f);
	}
}

static const struct {
	const char *name;
	void (*write)(struct out *o);
} cases[] = {
	{ "good.pcap", write_good },
	{ "cut-record.pcap", write_cut_record },
	{ "huge-snaplen.pcap", write_huge_snaplen },
	{ "caplen-over-len.pcap", write_caplen_over_len },
	{ "zero-length.pcap", write_zero_length },
	{ "time-backwards.pcap", write_time_backwards },
	{ "unknown-linktype.pcap", write_unknown_linktype },
	{ "two-interfaces.pcapng", write_two_interfaces },
	{ "three-interfaces.pcapng", write_three_interfaces },
	{ "cut-block.pcapng", write_cut_block },
	{ "empty.pcap", write_empty },
	{ "not-a-capture.pcap", write_not_a_capture },
	{ "garbage-after-header.pcap", write_garbage_after_header },
	{ "garbage-tail.pcap", write_garbage_tail },
	{ "garbage-frame.pcap", write_garbage_frame },
	{ "many-correspondents.pcap", write_many_correspondents },
};

int main(int argc, char **argv)
{
	if (argc != 2) {
		fprintf(stderr, "usage: mipx_badcaps DIR\n");
		return 2;
	}
	build_frame(MIPX_DLT_EN10MB, false, &eth_req);
	build_frame(MIPX_DLT_EN10MB, true, &eth_reply);
	build_frame(MIPX_DLT_RAW, false, &raw_req);
	build_frame(MIPX_DLT_RAW, true, &raw_reply);
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct out o;

		open_out(&o, argv[1], cases[i].name);
		cases[i].write(&o);
		close_out(&o);
	}
	return 0;
}
