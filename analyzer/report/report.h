/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The reports of a finished analysis (../shared/spec/analysis.md section
 * 3): text, JSON, Graphviz and HTML, each written to a stdio stream.
 */
#ifndef MIPX_REPORT_H
#define MIPX_REPORT_H

#include <stdio.h>

#include "mipx/model_state.h"

struct frame_clock;
struct report_input {
	const char *name;
	uint64_t packets;
	uint64_t messages;
	uint64_t cut; /* frames cut by the snap length (reports show them when not 0) */
	/* messages found inside tunnels, by the outermost tunnel's kind
	 * (enum mipx_tunnel_kind; [0] unused), and datagrams reassembled from
	 * fragments or dropped as overlapping, inconsistent, late or too many
	 * (reassembly.h); shown when not 0 */
	uint64_t tunnelled[MIPX_TUNNEL_KINDS];
	uint64_t reassembled;
	uint64_t frag_dropped;
	/* the file ends inside the record of this frame (0: it does not) */
	uint32_t cut_short_frame;
};
struct report {
	struct analysis *a;
	const struct report_input *inputs;
	unsigned n_inputs;
	cap_time at; /* CAP_NONE: no frame at all */
	const struct mipx_addr *only; /* --node: the pictures draw this node alone; NULL: all */
	const struct frame_clock *clock; /* each frame's time (HTML timeline); NULL: none */
};
void report_text(FILE *out, const struct report *r);
void report_json(FILE *out, const struct report *r);
void report_dot(FILE *out, const struct report *r);
void report_html(FILE *out, const struct report *r);
/* Shared by the reports: flag 0x02's reading and times as people read them. */
/* How flag 0x02 was read, and why: "R" or "T", and a sentence into why
 * (without the frame, which `ref` gets; ref->frame 0 when none). */
const char *report_rbit(const struct report *r, char *why, size_t n, struct frame_ref *ref);
void report_time(cap_time t, char out[40]);
/* A host-order IPv4 address in a printf format, as mipx_ipv4_str() writes
 * it: "a.b.c.d" straight into the line, with no string of its own. */
#define IP4_FMT "%u.%u.%u.%u"
#define IP4_ARGS(a)                                                              \
	(unsigned)((a) >> 24), (unsigned)((a) >> 16 & 0xff), (unsigned)((a) >> 8 & 0xff), \
		(unsigned)((a) & 0xff)
/* JSON number of seconds with 6 decimals, or null */
const char *report_json_time(cap_time t, char out[32]);

#endif
