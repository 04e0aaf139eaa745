/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mipx-samples: writes real-looking captures of the DREMIP and MCoA
 * scenarios with the codec's encoders.  Everything is deterministic: fixed
 * clock (2023-11-14 22:13:20 UTC), fixed addresses, MACs, ports and
 * identifications, so the same bytes come out on every run.
 */
#ifndef MIPX_SAMPLES_GEN_H
#define MIPX_SAMPLES_GEN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "mipx/auth.h"
#include "mipx/frame.h"
#include "mipx/mip4.h"
#include "mipx/mip6.h"

#define GEN_BASE_SEC 1700000000u
#define GEN_SNAPLEN 65535u

/* ---- capture.c: pcap through libpcap, pcapng written here ---- */
enum cap_format { CAP_PCAP, CAP_PCAPNG };
struct capture;
/* For pcap, linktype is the file's; pcapng adds an IDB per new link type. */
struct capture *cap_open(const char *path, enum cap_format fmt, int linktype);
/* The same with the file header's snap length (0: GEN_SNAPLEN). */
struct capture *cap_open_snaplen(const char *path, enum cap_format fmt, int linktype,
				 uint32_t snaplen);
bool cap_write(struct capture *cap, int linktype, uint64_t ts_usec,
	       const uint8_t *data, size_t caplen, size_t origlen);
unsigned long cap_frames(const struct capture *cap);
bool cap_close(struct capture *cap);

/* ---- emit.c: entities, keys and the messages they send ---- */
struct node {
	const char *name;
	uint32_t v4;       /* host order; 0 for IPv6-only nodes */
	uint8_t v6[16];
	uint8_t mac[6];
	uint16_t port;     /* ephemeral source port of its requests */
};

/* Security associations of the scenarios; keys.txt lists them. */
enum spi {
	SPI_MN_RS2 = 0x100,   /* Mobile-Server: MN - local server RS2 */
	SPI_MN_RS1 = 0x101,   /* Mobile-Server: MN - home server RS1 */
	SPI_MN_RS3 = 0x102,   /* Mobile-Server: MN - transit server RS3 */
	SPI_MN_RS4 = 0x103,   /* Mobile-Server: MN - second foreign server */
	SPI_FA_RS2 = 0x200,   /* Agent-Server: foreign agents - RS2 */
	SPI_CA1_RS2 = 0x201,  /* Agent-Server: care-of agent CA1 - RS2 */
	SPI_HA_RS1 = 0x202,   /* Agent-Server: home agent - RS1 */
	SPI_CA2_RS3 = 0x203,  /* Agent-Server: care-of agent CA2 - RS3 */
	SPI_FA_RS1 = 0x204,   /* Agent-Server: home-domain FA - RS1 */
	SPI_CA3_RS2 = 0x205,  /* Agent-Server: care-of agent CA3 - RS2 */
	SPI_FA_RS4 = 0x206,   /* Agent-Server: FA - RS4 */
	SPI_RS2_RS1 = 0x300,  /* Server-Server */
	SPI_RS2_RS3 = 0x301,
	SPI_RS3_RS1 = 0x302,
	SPI_MN_HA = 0x400,    /* RFC 3344 MN-HA */
	SPI_MN_FA = 0x401,    /* RFC 3344 MN-FA */
};

/* One capture being written: its clock, link layer and fault knobs. */
struct scen {
	struct capture *cap;
	int linktype;
	uint16_t vlan;
	uint64_t now;          /* microseconds since the epoch */
	uint64_t ts_shift;     /* added to capture timestamps only (a second vantage point) */
	uint16_t ip_id;
	uint32_t corrupt_spi;  /* authenticator of this SPI is spoiled (0: none) */
	struct mipx_mip6_settings mip6;
	/* The frame layer around the messages (raw IP link types only for
	 * tunnel and frag_mtu): a tunnel every frame goes through (kind NONE:
	 * none), fragments of at most frag_mtu octets of IP (0: whole), and
	 * the capture's snap length (0: whole frames). */
	struct mipx_tunnel_spec tunnel;
	size_t frag_mtu;
	uint32_t frag_id;
	uint32_t snaplen;
	/* The checksum field of the UDP, ICMP or MH payload of each frame
	 * written whole (no tunnel, no fragments): right, wrong, or what a
	 * host that leaves checksums to its NIC captures (0, or the
	 * pseudo-header's sum alone). */
	enum gen_checksum { GEN_CK_RIGHT, GEN_CK_WRONG, GEN_CK_ZERO, GEN_CK_PSEUDO } checksum;
	bool failed;
};

void scen_init(struct scen *s, struct capture *cap, int linktype);
static inline void scen_wait(struct scen *s, uint64_t usec) { s->now += usec; }

/* Key of an SPI (HMAC-MD5, 16 octets); NULL when unknown. */
const uint8_t *gen_key(uint32_t spi, size_t *len);
/* keys.txt: the keyring text the analyzer and plugin read. */
bool gen_write_keys(const char *path);

/* NTP-style identification for a request made now (RFC 3344 5.7). */
uint64_t gen_ntp_ident(const struct scen *s, uint32_t salt);

/* Message builders (extensions point at static storage). */
void mip4_reg_request(struct mipx_mip4_msg *m, uint8_t flags, uint16_t lifetime,
		      uint32_t home, uint32_t registrar, uint32_t care_of,
		      uint64_t ident);
void mip4_reg_reply(struct mipx_mip4_msg *m, uint8_t code, uint16_t lifetime,
		    uint32_t home, uint32_t registrar, uint64_t ident);
void mip4_route(struct mipx_mip4_msg *m, uint8_t type, uint8_t code_or_reserved,
		uint16_t lifetime, uint32_t destination, uint32_t next_hop,
		uint64_t ident);
void mip4_add_auth(struct mipx_mip4_msg *m, uint8_t type, uint32_t spi);
void mip4_add_coa(struct mipx_mip4_msg *m, uint32_t care_of);
void mip4_add_rs(struct mipx_mip4_msg *m, uint16_t lifetime, unsigned n,
		 const struct mipx_rs_entry *entries);
void mip4_drop_last_ext(struct mipx_mip4_msg *m);
/* RFC 2794 NAI (131) and RFC 3115 Normal Vendor/Organization Specific
 * extension (134); the bytes must outlive the message. */
void mip4_add_nai(struct mipx_mip4_msg *m, const char *nai);
void mip4_add_nvse(struct mipx_mip4_msg *m, uint32_t vendor, uint16_t type,
		   const uint8_t *value, uint16_t len);

/* Encode and sign (every auth extension, in order) into buf. */
bool mip4_build(struct scen *s, const struct mipx_mip4_msg *m, uint8_t *buf,
		size_t cap, size_t *len);

/* Frame and write: UDP payload, ICMP message or MH. cut: caplen = len - cut. */
struct send_opts {
	bool rh2, hao;
	uint8_t rh2_addr[16], hao_addr[16];
	size_t cut;
	const uint8_t *dst_mac; /* NULL: the receiver's */
};
void send_udp(struct scen *s, const struct node *from, const struct node *to,
	      uint16_t sport, uint16_t dport, const uint8_t *payload, size_t len,
	      size_t cut);
void send_mip4(struct scen *s, const struct node *from, const struct node *to,
	       uint16_t sport, uint16_t dport, const struct mipx_mip4_msg *m);
void send_adv(struct scen *s, const struct node *agent, uint16_t seq,
	      uint16_t reg_lifetime, const struct mipx_rs_ext *rs);
/* The same with the Mobility Agent Advertisement flags given (RFC 3344 2.1.1). */
void send_adv_flags(struct scen *s, const struct node *agent, uint16_t seq,
		    uint16_t reg_lifetime, uint8_t flags, const struct mipx_rs_ext *rs);
void send_mh(struct scen *s, const struct node *from, const uint8_t src[16],
	     const struct node *to, const uint8_t dst[16], struct mipx_mh *mh,
	     const struct send_opts *o);
void send_raw_mh(struct scen *s, const struct node *from, const uint8_t src[16],
		 const struct node *to, const uint8_t dst[16], const uint8_t *mh,
		 size_t len, const struct send_opts *o);
/* Encode an MH (after padding) into buf; false on failure. */
bool mh_build(struct scen *s, struct mipx_mh *mh, uint8_t *buf, size_t cap,
	      size_t *len);

/* MH option helpers. */
void mh_init(struct mipx_mh *mh, uint8_t type);
void mh_add_coainfo(struct mipx_mh *mh, uint8_t ifid, uint8_t ifpri, bool literal);
void mh_add_bid(struct mipx_mh *mh, uint16_t bid, uint8_t status, uint8_t pri);
void mh_add_rr_auth(struct mipx_mh *mh, uint16_t home_nonce, uint16_t coa_nonce,
		    uint32_t salt);
void mh_add_prefix(struct mipx_mh *mh, bool home_network, uint8_t len, const uint8_t prefix[16]);
void mh_add_mn_id(struct mipx_mh *mh, const char *nai);
void mh_add_hi_att(struct mipx_mh *mh, uint8_t handoff, uint8_t att);
void mh_add_timestamp(struct scen *s, struct mipx_mh *mh);

/* ---- scenarios ---- */
struct scenario {
	const char *file;     /* "dremip-local.pcap" */
	enum cap_format fmt;
	int linktype;         /* first (pcap: only) link type */
	void (*run)(struct scen *s);
	const char *expect;   /* the .expect text */
};
extern const struct scenario gen_dremip_scenarios[];
extern const struct scenario gen_dremip_fault_scenarios[];
extern const struct scenario gen_mcoa_scenarios[];
extern const struct scenario gen_std_mip6_scenarios[];
extern const struct scenario gen_mip4_scenarios[];
extern const struct scenario gen_frames_scenarios[];
extern const struct scenario gen_checksum_scenarios[];
/* Snap length of a gen_frames_scenarios capture (0: whole frames). */
uint32_t gen_frames_snaplen(const char *file);

int gen_write_all(const char *dir);
/* once: each node makes one registration round, the starts spread over the
 * whole duration (the million-node case of bench/run). */
int gen_synthetic(unsigned nodes, unsigned minutes, uint64_t seed, bool once,
		  const char *out);

#endif
