/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mipx_frame_decode on hand-built frames: every link type, VLAN tags, IPv4
 * options, IPv6 extension headers, fragments, every truncation point,
 * impossible headers and checksum notes.  The frames are built here byte by
 * byte, with a checksum written here, not by the encoder under test.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "mipx/frame.h"

static const uint8_t V4_SRC[4] = { 10, 1, 0, 5 };
static const uint8_t V4_DST[4] = { 10, 2, 0, 1 };
static const uint8_t V6_SRC[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x10 };
static const uint8_t V6_DST[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x01 };
static const uint8_t V6_HOA[16] = { 0x20, 0x01, 0x0d, 0xb8, 0, 0xaa, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x77 };
static const uint8_t PAYLOAD[12] = { 1, 0x40, 0, 200, 10, 1, 0, 5, 10, 2, 0, 1 };
/* Eight octets shaped like an MH (payload proto 59, len 0, type 0 BRR). */
static const uint8_t MH[8] = { 59, 0, 0, 0, 0x12, 0x34, 0, 0 };

struct buf {
	uint8_t b[512];
	size_t n;
};

static void put(struct buf *f, const void *p, size_t n)
{
	assert_true(f->n + n <= sizeof f->b);
	memcpy(f->b + f->n, p, n);
	f->n += n;
}

static void put8(struct buf *f, unsigned v)
{
	uint8_t b = (uint8_t)v;
	put(f, &b, 1);
}

static void put16(struct buf *f, unsigned v)
{
	put8(f, v >> 8);
	put8(f, v & 0xff);
}

static void set16(struct buf *f, size_t at, unsigned v)
{
	f->b[at] = (uint8_t)(v >> 8);
	f->b[at + 1] = (uint8_t)v;
}

/* RFC 1071 written out the long way, independent of the codec's. */
static uint16_t cksum(const uint8_t *p, size_t n, uint32_t sum)
{
	size_t i;
	for (i = 0; i < n; i++)
		sum += (i & 1) ? p[i] : (uint32_t)p[i] << 8;
	while (sum > 0xffff)
		sum = (sum & 0xffff) + (sum >> 16);
	return (uint16_t)~sum;
}

static void ether(struct buf *f, unsigned ethertype)
{
	static const uint8_t macs[12] = { 0, 1, 2, 3, 4, 5, 0, 0x0a, 0x0b, 0x0c, 0x0d, 0x0e };
	put(f, macs, 12);
	put16(f, ethertype);
}

/* IPv4 header (options of optlen octets) + UDP with PAYLOAD, checksums right. */
static void ipv4_udp(struct buf *f, const uint8_t *opts, size_t optlen,
		     unsigned sport, unsigned dport)
{
	size_t ip = f->n, udp;
	size_t hl = 20 + optlen;
	uint8_t pseudo[12];

	put8(f, 0x40 | (unsigned)(hl / 4));
	put8(f, 0);
	put16(f, (unsigned)(hl + 8 + sizeof PAYLOAD));
	put16(f, 0x1234);
	put16(f, 0);
	put8(f, 61);
	put8(f, 17);
	put16(f, 0);
	put(f, V4_SRC, 4);
	put(f, V4_DST, 4);
	if (optlen)
		put(f, opts, optlen);
	set16(f, ip + 10, cksum(f->b + ip, hl, 0));
	udp = f->n;
	put16(f, sport);
	put16(f, dport);
	put16(f, 8 + sizeof PAYLOAD);
	put16(f, 0);
	put(f, PAYLOAD, sizeof PAYLOAD);
	memcpy(pseudo, V4_SRC, 4);
	memcpy(pseudo + 4, V4_DST, 4);
	pseudo[8] = 0;
	pseudo[9] = 17;
	pseudo[10] = 0;
	pseudo[11] = 8 + sizeof PAYLOAD;
	{
		uint16_t ph = (uint16_t)~cksum(pseudo, 12, 0);
		set16(f, udp + 6, cksum(f->b + udp, 8 + sizeof PAYLOAD, ph));
	}
}

/* After editing an IPv4 header at ip, make its checksum right again. */
static void fix_ipv4_checksum(struct buf *f, size_t ip)
{
	set16(f, ip + 10, 0);
	set16(f, ip + 10, cksum(f->b + ip, (size_t)(f->b[ip] & 0x0f) * 4, 0));
}

static void ipv6_hdr(struct buf *f, unsigned plen, unsigned nh)
{
	put16(f, 0x6000);
	put16(f, 0);
	put16(f, plen);
	put8(f, nh);
	put8(f, 255);
	put(f, V6_SRC, 16);
	put(f, V6_DST, 16);
}

/* Destination options with PadN(4) then the Home Address option. */
static void dstopt_hao(struct buf *f, unsigned nh)
{
	put8(f, nh);
	put8(f, 2);
	put8(f, 1);
	put8(f, 2);
	put16(f, 0);
	put8(f, 201);
	put8(f, 16);
	put(f, V6_HOA, 16);
}

static void rh2(struct buf *f, unsigned nh)
{
	put8(f, nh);
	put8(f, 2);
	put8(f, 2);
	put8(f, 1);
	put16(f, 0);
	put16(f, 0);
	put(f, V6_HOA, 16);
}

static struct mipx_frame fr;
static struct mipx_error er;

static mipx_status decode(int linktype, const struct buf *f, size_t len)
{
	static const struct mipx_settings settings = MIPX_SETTINGS_DEFAULT;
	memset(&er, 0, sizeof er);
	return mipx_frame_decode(linktype, f->b, len, &settings, &fr, &er);
}

/* The IPv4+UDP fields every frame from ipv4_udp() must show. */
static void check_ipv4_udp(size_t payload_offset)
{
	assert_int_equal(fr.ip_version, 4);
	assert_int_equal(fr.src.family, 4);
	assert_memory_equal(fr.src.bytes, V4_SRC, 4);
	assert_memory_equal(fr.dst.bytes, V4_DST, 4);
	assert_int_equal(fr.ttl, 61);
	assert_int_equal(fr.protocol, 17);
	assert_int_equal(fr.ip_id, 0x1234);
	assert_int_equal(fr.frag_offset, 0);
	assert_false(fr.more_fragments);
	assert_int_equal(fr.sport, 434);
	assert_int_equal(fr.dport, 1500);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_MIP4);
	assert_int_equal(fr.payload_offset, payload_offset);
	assert_int_equal(fr.payload_len, sizeof PAYLOAD);
	assert_memory_equal(fr.payload, PAYLOAD, sizeof PAYLOAD);
	assert_false(fr.payload_cut);
	assert_int_equal(fr.notes, 0);
	assert_false(fr.has_home_address_option);
	assert_false(fr.has_rh2);
}

static void test_ethernet_ipv4_udp(void **state)
{
	struct buf f = { .n = 0 };
	(void)state;
	ether(&f, 0x0800);
	ipv4_udp(&f, NULL, 0, 434, 1500);
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_int_equal(fr.linktype, 1);
	assert_int_equal(fr.vlan_count, 0);
	assert_int_equal(fr.ipv4_options_len, 0);
	check_ipv4_udp(42);
}

static void test_ethernet_padding(void **state)
{
	static const uint8_t pad[6];
	struct buf f = { .n = 0 };
	(void)state;
	ether(&f, 0x0800);
	ipv4_udp(&f, NULL, 0, 434, 1500);
	put(&f, pad, sizeof pad); /* Ethernet minimum-size trailer */
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	check_ipv4_udp(42);
}

static void test_vlan_tags(void **state)
{
	struct buf f = { .n = 0 };
	(void)state;
	ether(&f, 0x8100);
	put16(&f, 0x2000 | 100); /* priority 1, VID 100 */
	put16(&f, 0x0800);
	ipv4_udp(&f, NULL, 0, 434, 1500);
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_int_equal(fr.vlan_count, 1);
	assert_int_equal(fr.vlan_id[0], 100);
	check_ipv4_udp(46);

	f.n = 0;
	ether(&f, 0x88a8);
	put16(&f, 200);
	put16(&f, 0x8100);
	put16(&f, 0xe000 | 300);
	put16(&f, 0x0800);
	ipv4_udp(&f, NULL, 0, 434, 1500);
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_int_equal(fr.vlan_count, 2);
	assert_int_equal(fr.vlan_id[0], 200);
	assert_int_equal(fr.vlan_id[1], 300);
	check_ipv4_udp(50);

	/* A third tag is beyond what we read: not IP to us. */
	f.n = 0;
	ether(&f, 0x88a8);
	put16(&f, 1);
	put16(&f, 0x8100);
	put16(&f, 2);
	put16(&f, 0x8100);
	put16(&f, 3);
	put16(&f, 0x0800);
	ipv4_udp(&f, NULL, 0, 434, 1500);
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_int_equal(fr.vlan_count, 2);
	assert_int_equal(fr.ip_version, 0);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_NONE);
	assert_null(fr.payload);
}

static void test_non_ip_ethertype(void **state)
{
	struct buf f = { .n = 0 };
	(void)state;
	ether(&f, 0x0806);
	put16(&f, 1);
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_int_equal(fr.ip_version, 0);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_NONE);
}

static void test_linux_sll(void **state)
{
	static const uint8_t sll[14] = { 0, 4, 0, 1, 0, 6, 1, 2, 3, 4, 5, 6, 0, 0 };
	struct buf f = { .n = 0 };
	(void)state;
	put(&f, sll, sizeof sll);
	put16(&f, 0x0800);
	ipv4_udp(&f, NULL, 0, 434, 1500);
	assert_int_equal(decode(113, &f, f.n), MIPX_OK);
	assert_int_equal(fr.linktype, 113);
	check_ipv4_udp(16 + 28);
}

static void test_linux_sll2(void **state)
{
	static const uint8_t rest[18] = { 0, 0, 0, 0, 0, 3, 0, 1, 0, 6, 1, 2, 3, 4, 5, 6, 0, 0 };
	struct buf f = { .n = 0 };
	(void)state;
	put16(&f, 0x0800);
	put(&f, rest, sizeof rest);
	ipv4_udp(&f, NULL, 0, 434, 1500);
	assert_int_equal(decode(276, &f, f.n), MIPX_OK);
	assert_int_equal(fr.linktype, 276);
	check_ipv4_udp(20 + 28);
}

static void test_raw_and_ipv4_linktypes(void **state)
{
	static const int raw[] = { 12, 14, 101, 228 };
	struct buf f = { .n = 0 };
	size_t i;
	(void)state;
	ipv4_udp(&f, NULL, 0, 434, 1500);
	for (i = 0; i < sizeof raw / sizeof raw[0]; i++) {
		assert_int_equal(decode(raw[i], &f, f.n), MIPX_OK);
		assert_int_equal(fr.linktype, raw[i]);
		check_ipv4_udp(28);
	}
	/* DLT_IPV6 with an IPv4 packet in it is wrong. */
	assert_int_equal(decode(229, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "ipv6.version");
	assert_int_equal(er.offset, 0);
}

static void test_null_both_byte_orders(void **state)
{
	static const uint8_t le_inet[4] = { 2, 0, 0, 0 };
	static const uint8_t be_inet[4] = { 0, 0, 0, 2 };
	struct buf f = { .n = 0 };
	(void)state;
	put(&f, le_inet, 4);
	ipv4_udp(&f, NULL, 0, 434, 1500);
	assert_int_equal(decode(0, &f, f.n), MIPX_OK);
	check_ipv4_udp(32);
	memcpy(f.b, be_inet, 4);
	assert_int_equal(decode(0, &f, f.n), MIPX_OK);
	check_ipv4_udp(32);
	/* OpenBSD loop is network order only. */
	assert_int_equal(decode(108, &f, f.n), MIPX_OK);
	check_ipv4_udp(32);
	/* An unknown family is not IP. */
	f.b[3] = 17;
	assert_int_equal(decode(0, &f, f.n), MIPX_OK);
	assert_int_equal(fr.ip_version, 0);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_NONE);
}

static void test_null_ipv6_families(void **state)
{
	static const unsigned afs[] = { 24, 28, 30 };
	size_t i;
	(void)state;
	for (i = 0; i < 3; i++) {
		struct buf f = { .n = 0 };
		put8(&f, afs[i]);
		put8(&f, 0);
		put16(&f, 0);
		ipv6_hdr(&f, sizeof MH, 135);
		put(&f, MH, sizeof MH);
		assert_int_equal(decode(0, &f, f.n), MIPX_OK);
		assert_int_equal(fr.ip_version, 6);
		assert_int_equal(fr.kind, MIPX_PAYLOAD_MH);
		assert_int_equal(fr.payload_offset, 44);
		/* Network order for DLT_LOOP. */
		f.b[0] = 0;
		f.b[3] = (uint8_t)afs[i];
		assert_int_equal(decode(108, &f, f.n), MIPX_OK);
		assert_int_equal(fr.ip_version, 6);
		assert_int_equal(fr.payload_offset, 44);
	}
}

static void test_ipv6_linktypes(void **state)
{
	static const int lt[] = { 12, 14, 101, 229 };
	struct buf f = { .n = 0 };
	size_t i;
	(void)state;
	ipv6_hdr(&f, sizeof MH, 135);
	put(&f, MH, sizeof MH);
	for (i = 0; i < 4; i++) {
		assert_int_equal(decode(lt[i], &f, f.n), MIPX_OK);
		assert_int_equal(fr.ip_version, 6);
		assert_int_equal(fr.src.family, 6);
		assert_memory_equal(fr.src.bytes, V6_SRC, 16);
		assert_memory_equal(fr.dst.bytes, V6_DST, 16);
		assert_int_equal(fr.ttl, 255);
		assert_int_equal(fr.protocol, 135);
		assert_int_equal(fr.kind, MIPX_PAYLOAD_MH);
		assert_int_equal(fr.payload_offset, 40);
		assert_int_equal(fr.payload_len, 8);
		assert_memory_equal(fr.payload, MH, 8);
		assert_false(fr.payload_cut);
	}
	assert_int_equal(decode(228, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "ip.version");
}

static void test_unsupported_linktype(void **state)
{
	struct buf f = { .n = 0 };
	(void)state;
	ipv4_udp(&f, NULL, 0, 434, 1500);
	assert_int_equal(decode(105, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "linktype");
	assert_false(mipx_linktype_supported(105));
	assert_true(mipx_linktype_supported(276));
	assert_string_equal(mipx_linktype_name(113), "LINUX_SLL");
	assert_string_equal(mipx_linktype_name(101), "RAW");
	assert_string_equal(mipx_linktype_name(105), "unsupported");
	/* Raw IP whose nibble is neither 4 nor 6. */
	f.b[0] = 0x55;
	assert_int_equal(decode(12, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "ip.version");
}

static void test_ipv4_options(void **state)
{
	static const uint8_t opts[8] = { 1, 1, 7, 3, 4, 1, 1, 0 }; /* NOP NOP RR(3) NOP NOP EOL */
	struct buf f = { .n = 0 };
	(void)state;
	ether(&f, 0x0800);
	ipv4_udp(&f, opts, sizeof opts, 434, 1500);
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_int_equal(fr.ipv4_options_len, 8);
	check_ipv4_udp(14 + 28 + 8);
}

static void test_other_udp_and_port_setting(void **state)
{
	struct mipx_settings s = MIPX_SETTINGS_DEFAULT;
	struct buf f = { .n = 0 };
	(void)state;
	ipv4_udp(&f, NULL, 0, 53, 5353);
	assert_int_equal(decode(12, &f, f.n), MIPX_OK);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_NONE);
	assert_int_equal(fr.sport, 53);
	assert_int_equal(fr.dport, 5353);
	assert_null(fr.payload);
	assert_int_equal(fr.notes, 0);
	/* The port is a setting. */
	s.mip4_udp_port = 5353;
	assert_int_equal(mipx_frame_decode(12, f.b, f.n, &s, &fr, &er), MIPX_OK);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_MIP4);
	assert_int_equal(fr.payload_offset, 28);
	/* NULL settings: the defaults (port 434, to or from). */
	f.n = 0;
	ipv4_udp(&f, NULL, 0, 1500, 434);
	assert_int_equal(mipx_frame_decode(12, f.b, f.n, NULL, &fr, &er), MIPX_OK);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_MIP4);
}

static void test_ipv4_invalid_headers(void **state)
{
	struct buf f = { .n = 0 };
	(void)state;
	ether(&f, 0x0800);
	ipv4_udp(&f, NULL, 0, 434, 1500);

	f.b[14] = 0x44; /* IHL 4 */
	assert_int_equal(decode(1, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "ip.hdr_len");
	assert_int_equal(er.offset, 14);

	f.b[14] = 0x65; /* IPv6 nibble behind an IPv4 ethertype */
	assert_int_equal(decode(1, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "ip.version");

	f.b[14] = 0x45;
	set16(&f, 16, 19); /* total length below the header */
	assert_int_equal(decode(1, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "ip.len");
	assert_int_equal(er.offset, 16);

	set16(&f, 16, 24); /* ends inside the UDP header */
	assert_int_equal(decode(1, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "udp.header");
	assert_int_equal(er.offset, 14 + 24);

	set16(&f, 16, 40);
	set16(&f, 38, 7); /* UDP length below 8 */
	assert_int_equal(decode(1, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "udp.length");
	assert_int_equal(er.offset, 38);

	set16(&f, 38, 21); /* UDP longer than the (whole, unfragmented) IP packet */
	assert_int_equal(decode(1, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "udp.length");
}

static void test_ipv4_fragments(void **state)
{
	struct buf f = { .n = 0 };
	(void)state;
	ether(&f, 0x0800);
	ipv4_udp(&f, NULL, 0, 434, 1500);

	/* Non-first fragment: offset 185 * 8 = 1480. */
	set16(&f, 20, 185);
	fix_ipv4_checksum(&f, 14);
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_FRAGMENT);
	assert_int_equal(fr.frag_offset, 1480);
	assert_false(fr.more_fragments);
	/* its data, for the caller to reassemble: all after the IP header */
	assert_non_null(fr.payload);
	assert_int_equal(fr.frag_ip_offset, 14);
	assert_int_equal(fr.payload_offset, 34);
	assert_int_equal(fr.payload_len, 8 + sizeof PAYLOAD);
	assert_int_equal(fr.frag_id, fr.ip_id);
	assert_int_equal(fr.protocol, 17);

	/* First fragment of a longer datagram: a fragment too, not a message
	 * cut short (RFC 791 3.2: reassembled before anything above IP). */
	set16(&f, 20, 0x2000);
	fix_ipv4_checksum(&f, 14);
	set16(&f, 38, 1000);
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_FRAGMENT);
	assert_true(fr.more_fragments);
	assert_int_equal(fr.frag_offset, 0);
	assert_false(fr.payload_cut);
	assert_int_equal(fr.payload_len, 8 + sizeof PAYLOAD);
	/* Checksums are not judged over part of a datagram. */
	assert_int_equal(fr.notes & MIPX_NOTE_BAD_CHECKSUM, 0);
}

static void test_checksum_notes(void **state)
{
	struct buf f = { .n = 0 };
	(void)state;
	ether(&f, 0x0800);
	ipv4_udp(&f, NULL, 0, 434, 1500);
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_int_equal(fr.notes, 0);

	f.b[24] ^= 0x01; /* IPv4 header checksum */
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_int_equal(fr.notes, MIPX_NOTE_BAD_CHECKSUM);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_MIP4);
	f.b[24] ^= 0x01;

	f.b[f.n - 1] ^= 0x80; /* a payload octet: the UDP checksum no longer fits */
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_int_equal(fr.notes, MIPX_NOTE_BAD_CHECKSUM);

	/* UDP checksum 0: none was computed, nothing to judge. */
	set16(&f, 40, 0);
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_int_equal(fr.notes, 0);

	/* A cut frame is not judged either. */
	set16(&f, 40, 0x1111);
	assert_int_equal(decode(1, &f, f.n - 2), MIPX_OK);
	assert_true(fr.payload_cut);
	assert_int_equal(fr.payload_len, sizeof PAYLOAD - 2);
	assert_int_equal(fr.notes, 0);
}

/* ICMP: type 9 is an agent advertisement, anything else is not ours. */
static void icmp_frame(struct buf *f, unsigned type)
{
	static const uint8_t body[12] = { 1, 2, 0, 30, 10, 2, 0, 1, 0, 0, 0, 0 };
	size_t ip, icmp;

	f->n = 0;
	ip = f->n;
	put8(f, 0x45);
	put8(f, 0);
	put16(f, 20 + 4 + sizeof body);
	put16(f, 7);
	put16(f, 0x4000); /* DF */
	put8(f, 1);
	put8(f, 1);
	put16(f, 0);
	put(f, V4_DST, 4);
	put(f, V4_SRC, 4);
	set16(f, ip + 10, cksum(f->b + ip, 20, 0));
	icmp = f->n;
	put8(f, type);
	put8(f, 0);
	put16(f, 0);
	put(f, body, sizeof body);
	set16(f, icmp + 2, cksum(f->b + icmp, 4 + sizeof body, 0));
}

static void test_icmp(void **state)
{
	struct buf f;
	(void)state;
	icmp_frame(&f, 9);
	assert_int_equal(decode(228, &f, f.n), MIPX_OK);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_AGENT_ADV);
	assert_int_equal(fr.protocol, 1);
	assert_int_equal(fr.ttl, 1);
	assert_int_equal(fr.ip_id, 7);
	assert_int_equal(fr.payload_offset, 20);
	assert_int_equal(fr.payload_len, 16);
	assert_ptr_equal(fr.payload, f.b + 20);
	assert_int_equal(fr.notes, 0);
	f.b[30] ^= 0xff;
	assert_int_equal(decode(228, &f, f.n), MIPX_OK);
	assert_int_equal(fr.notes, MIPX_NOTE_BAD_CHECKSUM);

	icmp_frame(&f, 8);
	assert_int_equal(decode(228, &f, f.n), MIPX_OK);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_NONE);
	assert_null(fr.payload);
	/* Cut right after the IP header: type octet missing. */
	assert_int_equal(decode(228, &f, 20), MIPX_TRUNCATED);
	assert_int_equal(er.offset, 20);
}

static void test_ipv6_hao(void **state)
{
	struct buf f = { .n = 0 };
	(void)state;
	ether(&f, 0x86dd);
	ipv6_hdr(&f, 24 + sizeof MH, 60);
	dstopt_hao(&f, 135);
	put(&f, MH, sizeof MH);
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_true(fr.has_home_address_option);
	assert_memory_equal(fr.home_address_option, V6_HOA, 16);
	assert_false(fr.has_rh2);
	assert_int_equal(fr.protocol, 135);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_MH);
	assert_int_equal(fr.payload_offset, 14 + 40 + 24);
	assert_int_equal(fr.payload_len, 8);
	assert_memory_equal(fr.payload, MH, 8);
	assert_memory_equal(fr.src.bytes, V6_SRC, 16); /* the header's, unswapped */

	/* An HAO whose length is not 16 cannot be. */
	f.b[14 + 40 + 7] = 8;
	f.b[14 + 40 + 1] = 1; /* keep the header 16 octets: 2+4+10 */
	f.b[14 + 40 + 16] = 1; /* PadN over the rest */
	f.b[14 + 40 + 17] = 6;
	assert_int_equal(decode(1, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "ipv6.hao.length");
	assert_int_equal(er.offset, 14 + 40 + 7);
}

static void test_ipv6_option_overrun(void **state)
{
	struct buf f = { .n = 0 };
	(void)state;
	ipv6_hdr(&f, 8 + sizeof MH, 60);
	put8(&f, 135);
	put8(&f, 0);
	put8(&f, 0);   /* Pad1 */
	put8(&f, 5);   /* some option ... */
	put8(&f, 9);   /* ... with 9 octets in a 4-octet space */
	put8(&f, 0);
	put16(&f, 0);
	put(&f, MH, sizeof MH);
	assert_int_equal(decode(101, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "ipv6.opt.length");
	assert_int_equal(er.offset, 43);
	/* Callers may pass no error struct at all. */
	assert_int_equal(mipx_frame_decode(101, f.b, f.n, NULL, &fr, NULL), MIPX_INVALID);
}

static void test_ipv6_rh2_and_hop_by_hop(void **state)
{
	struct buf f = { .n = 0 };
	(void)state;
	ipv6_hdr(&f, 8 + 24 + sizeof MH, 0);
	put8(&f, 43); /* hop-by-hop: next routing, PadN 4 */
	put8(&f, 0);
	put8(&f, 1);
	put8(&f, 4);
	put(&f, "\0\0\0\0", 4);
	rh2(&f, 135);
	put(&f, MH, sizeof MH);
	assert_int_equal(decode(101, &f, f.n), MIPX_OK);
	assert_true(fr.has_rh2);
	assert_memory_equal(fr.rh2_address, V6_HOA, 16);
	assert_false(fr.has_home_address_option);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_MH);
	assert_int_equal(fr.payload_offset, 40 + 8 + 24);

	/* A header longer than the IP packet holds is impossible. */
	f.b[49] = 4;
	assert_int_equal(decode(101, &f, f.n), MIPX_INVALID);
	assert_string_equal(er.field, "ipv6.ext.length");
	assert_int_equal(er.offset, f.n);
	/* One that fits, but an RH2 must be one address long (RFC 6275 6.4). */
	{
		struct buf g = { .n = 0 };
		ipv6_hdr(&g, 40 + sizeof MH, 43);
		rh2(&g, 135);
		g.b[41] = 4;
		put(&g, V6_SRC, 16);
		put(&g, MH, sizeof MH);
		assert_int_equal(decode(101, &g, g.n), MIPX_INVALID);
		assert_string_equal(er.field, "ipv6.rh2.length");
		assert_int_equal(er.offset, 41);
	}

	/* Another routing type is skipped by its length. */
	f.b[49] = 2;
	f.b[50] = 0;
	assert_int_equal(decode(101, &f, f.n), MIPX_OK);
	assert_false(fr.has_rh2);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_MH);
	assert_int_equal(fr.payload_offset, 72);
}

static void test_ipv6_fragments(void **state)
{
	struct buf f = { .n = 0 };
	size_t udp;
	(void)state;
	/* First fragment of a UDP datagram to 434 that is longer than this. */
	ipv6_hdr(&f, 8 + 8 + sizeof PAYLOAD, 44);
	put8(&f, 17);
	put8(&f, 0);
	put16(&f, 0x0001); /* offset 0, M */
	put16(&f, 0xbeef);
	put16(&f, 0x0001);
	udp = f.n;
	put16(&f, 1500);
	put16(&f, 434);
	put16(&f, 2000);
	put16(&f, 0x5555);
	put(&f, PAYLOAD, sizeof PAYLOAD);
	assert_int_equal(decode(229, &f, f.n), MIPX_OK);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_FRAGMENT);
	assert_true(fr.more_fragments);
	assert_int_equal(fr.frag_offset, 0);
	assert_int_equal(fr.frag_id, 0xbeef0001u);
	assert_int_equal(fr.frag_ip_offset, 0);
	assert_int_equal(fr.frag_nh_offset, 6); /* the fixed header names it */
	assert_int_equal(fr.payload_offset, udp);
	assert_int_equal(fr.payload_len, 8 + sizeof PAYLOAD);
	assert_int_equal(fr.protocol, 17);
	assert_int_equal(fr.notes, 0);

	/* Non-first: offset 1448, its data after the Fragment header. */
	set16(&f, 42, 1448 | 1);
	assert_int_equal(decode(229, &f, f.n), MIPX_OK);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_FRAGMENT);
	assert_int_equal(fr.frag_offset, 1448);
	assert_int_equal(fr.protocol, 17);
	assert_int_equal(fr.payload_offset, udp);

	/* An atomic fragment (offset 0, M clear: RFC 6946) is a whole datagram. */
	set16(&f, 42, 0);
	set16(&f, udp + 4, 8 + sizeof PAYLOAD);
	assert_int_equal(decode(229, &f, f.n), MIPX_OK);
	assert_int_equal(fr.kind, MIPX_PAYLOAD_MIP4);
	assert_false(fr.payload_cut);
}

static void test_truncation_ipv4_udp(void **state)
{
	struct buf f = { .n = 0 };
	size_t len;
	(void)state;
	ether(&f, 0x0800);
	ipv4_udp(&f, NULL, 0, 434, 1500);
	for (len = 0; len < f.n; len++) {
		mipx_status st = decode(1, &f, len);
		if (len < 42) {
			assert_int_equal(st, MIPX_TRUNCATED);
			assert_int_equal(er.status, MIPX_TRUNCATED);
			assert_int_equal(er.offset, len);
			assert_non_null(er.field);
		} else {
			assert_int_equal(st, MIPX_OK);
			assert_int_equal(fr.kind, MIPX_PAYLOAD_MIP4);
			assert_true(fr.payload_cut);
			assert_int_equal(fr.payload_len, len - 42);
			assert_int_equal(fr.notes, 0);
		}
	}
}

static void test_truncation_ipv6_mh(void **state)
{
	struct buf f = { .n = 0 };
	size_t len;
	(void)state;
	ether(&f, 0x86dd);
	ipv6_hdr(&f, 24 + sizeof MH, 60);
	dstopt_hao(&f, 135);
	put(&f, MH, sizeof MH);
	for (len = 0; len < f.n; len++) {
		mipx_status st = decode(1, &f, len);
		if (len < 78) {
			assert_int_equal(st, MIPX_TRUNCATED);
			assert_int_equal(er.offset, len);
		} else {
			assert_int_equal(st, MIPX_OK);
			assert_int_equal(fr.kind, MIPX_PAYLOAD_MH);
			assert_true(fr.payload_cut);
			assert_int_equal(fr.payload_len, len - 78);
			assert_true(fr.has_home_address_option);
		}
	}
	assert_int_equal(decode(1, &f, f.n), MIPX_OK);
	assert_false(fr.payload_cut);
}

static void test_empty_input(void **state)
{
	(void)state;
	assert_int_equal(mipx_frame_decode(1, NULL, 0, NULL, &fr, &er), MIPX_TRUNCATED);
	assert_int_equal(er.offset, 0);
	assert_int_equal(mipx_frame_decode(229, NULL, 0, NULL, &fr, NULL), MIPX_TRUNCATED);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ethernet_ipv4_udp),
		cmocka_unit_test(test_ethernet_padding),
		cmocka_unit_test(test_vlan_tags),
		cmocka_unit_test(test_non_ip_ethertype),
		cmocka_unit_test(test_linux_sll),
		cmocka_unit_test(test_linux_sll2),
		cmocka_unit_test(test_raw_and_ipv4_linktypes),
		cmocka_unit_test(test_null_both_byte_orders),
		cmocka_unit_test(test_null_ipv6_families),
		cmocka_unit_test(test_ipv6_linktypes),
		cmocka_unit_test(test_unsupported_linktype),
		cmocka_unit_test(test_ipv4_options),
		cmocka_unit_test(test_other_udp_and_port_setting),
		cmocka_unit_test(test_ipv4_invalid_headers),
		cmocka_unit_test(test_ipv4_fragments),
		cmocka_unit_test(test_checksum_notes),
		cmocka_unit_test(test_icmp),
		cmocka_unit_test(test_ipv6_hao),
		cmocka_unit_test(test_ipv6_option_overrun),
		cmocka_unit_test(test_ipv6_rh2_and_hop_by_hop),
		cmocka_unit_test(test_ipv6_fragments),
		cmocka_unit_test(test_truncation_ipv4_udp),
		cmocka_unit_test(test_truncation_ipv6_mh),
		cmocka_unit_test(test_empty_input),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
