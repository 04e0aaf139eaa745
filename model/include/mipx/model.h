/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The model of ../shared/spec/analysis.md section 1, as a library that both
 * the analyzer and the Wireshark plugin run: captured frames (or decoded
 * messages) with their time and frame reference go in, in capture-time
 * order; the state per mobile node and the findings come out.  No I/O, no
 * report formatting.  This is what a caller needs to feed the model and to
 * read its findings; the state itself is described by the headers of each
 * part (analysis.h).
 */
#ifndef MIPX_MODEL_H
#define MIPX_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "mipx/auth.h"
#include "mipx/checks.h"
#include "mipx/message_rules.h"
#include "mipx/packet.h"

/* Where a message was seen: input file (index) and 1-based frame number. */
struct frame_ref {
	uint32_t file;
	uint32_t frame;
};

/*
 * As stored: six octets, two-aligned (file index u16: more than 65535 input
 * files share the last index; frame u32 in two halves), since a million
 * live nodes hold several million of these.
 */
struct frame_slot {
	uint16_t file;
	uint16_t frame_hi, frame_lo;
};
static inline struct frame_ref frame_slot_ref(struct frame_slot s)
{
	struct frame_ref r = { s.file, (uint32_t)s.frame_hi << 16 | s.frame_lo };
	return r;
}

/* The frames that show something; a few are enough to jump to.  Findings
 * and exchanges keep FRAME_LIST_MAX; beyond that only a count. */
#define FRAME_LIST_MAX 8
struct frame_list {
	uint16_t count;
	uint16_t dropped;
	struct frame_slot f[FRAME_LIST_MAX];
};
void frame_list_add(struct frame_list *list, struct frame_ref ref);

/*
 * Capture time: integer microseconds since the epoch, as pcap records carry
 * it.  Never a double: rounding a double made the same capture print
 * ".254" in one build and ".255" in another.  CAP_NEVER is a lifetime of
 * 0xffff (never expires), CAP_NONE no time at all (no frame read).
 */
typedef int64_t cap_time;
#define CAP_SEC INT64_C(1000000)
#define CAP_NEVER INT64_MAX
#define CAP_NONE INT64_MIN
/* "12.345" from microseconds, rounded half away from zero to `decimals`
 * (0-6) places, with integer arithmetic only. */
const char *cap_secs(int64_t usec, unsigned decimals, char out[32]);

/*
 * Registration Request flag 0x02 is DREMIP's R (DREMIP 3.2) or RFC 3024's T
 * (RFC 3024 3.1).  RBIT_AUTO reads it as R once the input showed DREMIP,
 * as T until then (docs/standard-mip4.md).
 */
enum rbit_mode { RBIT_AUTO, RBIT_R, RBIT_T };
const char *rbit_mode_name(enum rbit_mode mode); /* "auto", "r", "t" */

/*
 * What becomes of a message whose UDP, ICMP or MH checksum is wrong
 * (docs/analyzer.md, "Checksums"): its receiver discards it, so it is
 * reported and not applied.  CHECKSUMS_OFFLOAD, the default, takes a field
 * that holds 0 or the pseudo-header's sum alone for a checksum its sender
 * left to the NIC (a capture on the sending host): reported once per input
 * and sender as not verifiable, and the message applied.  CHECKSUMS_VERIFY
 * counts those as wrong too; CHECKSUMS_IGNORE looks at no checksum.
 */
enum checksum_mode { CHECKSUMS_OFFLOAD, CHECKSUMS_VERIFY, CHECKSUMS_IGNORE };
const char *checksum_mode_name(enum checksum_mode mode); /* "offload", ... */
bool checksum_mode_parse(const char *text, enum checksum_mode *out);

/* Who is who in a deployment (docs/analyzer.md, "Topology"). */
struct topology;
struct topology *topology_parse(const char *text, GError **error);
struct topology *topology_load(const char *path, GError **error);
void topology_free(struct topology *topo);

struct analysis_options {
	struct mipx_settings settings;
	enum rbit_mode rbit;
	enum checksum_mode checksums;
	const struct mipx_keyring *keys; /* NULL: no authenticator checks */
	const struct topology *topology; /* NULL: roles inferred */
	bool disabled[MIPX_CHECK_COUNT];
};

/* A check that fires for every node of a million-node capture must not hold
 * a million findings: the first FINDINGS_KEPT of each check are kept with
 * their frames, the rest only counted (the reports say how many). */
#define FINDINGS_KEPT 1000
struct finding {
	enum mipx_check_id check;
	struct mipx_addr node; /* family 0: not about one node */
	struct frame_list frames;
	char text[MIPX_VERDICT_TEXT];
};

struct analysis;
struct analysis *analysis_new(const struct analysis_options *opt);
void analysis_free(struct analysis *a);

/* One captured frame, as the capture file holds it. */
struct captured_frame {
	int linktype; /* DLT_ */
	const uint8_t *data;
	uint32_t caplen, len;
	cap_time ts;
	struct frame_ref ref;
};

/* What became of a frame, for the caller's counts and messages. */
struct frame_outcome {
	bool message;        /* it carried a Mobile IP message (or completed one) */
	uint8_t tunnel_kind; /* enum mipx_tunnel_kind of that message */
	bool cut;            /* the capture's snap length cut it */
	bool reassembled;    /* it completed a datagram from fragments */
	uint64_t frag_dropped; /* fragments given up on at this frame */
	char error[200];     /* not empty: what is wrong with it, for the user */
};

/*
 * Decode one frame (tunnels, fragments and cut frames included) and feed
 * what it holds to the model.  Frames come in capture-time order, every
 * frame of the input, whatever it carries.
 */
void analysis_frame(struct analysis *a, const struct captured_frame *fr,
		    struct frame_outcome *out);
/* Datagrams still waiting for fragments: at the end, they are dropped. */
unsigned analysis_fragments_pending(const struct analysis *a);
/* The finding CAPTURE-CUT for input `file`: `count` frames cut, the first
 * at `first`, with snap length `snaplen`. */
void analysis_capture_cut(struct analysis *a, uint32_t file, uint32_t first,
			  uint64_t count, uint32_t snaplen);

/* One decoded packet (p->frame.payload points at its Mobile IP bytes). */
void analysis_packet(struct analysis *a, const struct mipx_packet *p,
		     cap_time ts, struct frame_ref ref);
/* A frame whose Mobile IP payload did not decode. */
void analysis_malformed(struct analysis *a, const struct mipx_packet *p,
			const struct mipx_error *err, cap_time ts,
			struct frame_ref ref);
/* End of input (or the time asked): unanswered requests, state checks. */
void analysis_finish(struct analysis *a, cap_time at);

/* The findings kept so far (after analysis_finish: all, sorted). */
const struct finding *analysis_findings(const struct analysis *a, unsigned *count);

#endif
