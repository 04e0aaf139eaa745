/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Messages whose checksum is wrong stop here (checksum_gate.h).  Senders
 * whose checksums were left to the NIC are kept per input, so that each is
 * told once: a capture taken on a host that offloads shows every message
 * it sends so.
 */
#include <string.h>
#include <strings.h>

#include "analysis.h"
#include "checksum_gate.h"
#include "record.h"

struct offload_sender {
	uint32_t file;
	struct mipx_addr sender;
};

static guint offload_sender_hash(gconstpointer p)
{
	const struct offload_sender *s = p;
	guint h = s->file * 31u + s->sender.family;

	for (unsigned i = 0; i < 16; i++)
		h = h * 31u + s->sender.bytes[i];
	return h;
}

static gboolean offload_sender_equal(gconstpointer x, gconstpointer y)
{
	const struct offload_sender *a = x, *b = y;

	return a->file == b->file && mipx_addr_equal(&a->sender, &b->sender);
}

const char *checksum_mode_name(enum checksum_mode mode)
{
	return mode == CHECKSUMS_VERIFY ? "verify" : mode == CHECKSUMS_IGNORE ? "ignore" : "offload";
}

bool checksum_mode_parse(const char *text, enum checksum_mode *out)
{
	static const enum checksum_mode modes[] = { CHECKSUMS_OFFLOAD, CHECKSUMS_VERIFY,
						    CHECKSUMS_IGNORE };

	for (unsigned i = 0; text && i < sizeof modes / sizeof modes[0]; i++)
		if (strcasecmp(text, checksum_mode_name(modes[i])) == 0) {
			*out = modes[i];
			return true;
		}
	return false;
}

static const char *what_of(enum mipx_payload_kind kind)
{
	return kind == MIPX_PAYLOAD_MIP4 ? "UDP" : kind == MIPX_PAYLOAD_AGENT_ADV ? "ICMP"
									 : "Mobility Header";
}

/* The first offloaded message of its sender in this input: told once. */
static void tell_offload(struct analysis *a, const struct mipx_packet *p,
			 const struct frame_list *here, const char *what)
{
	struct offload_sender key = { a->ref.file, p->frame.src };
	char src[46];

	if (!a->offload_senders)
		a->offload_senders = g_hash_table_new_full(offload_sender_hash,
							   offload_sender_equal, g_free, NULL);
	if (g_hash_table_contains(a->offload_senders, &key))
		return;
	g_hash_table_add(a->offload_senders, g_memdup2(&key, sizeof key));
	record_finding(a, MIPX_CAPTURE_CHECKSUM_OFFLOAD, NULL, here,
		       "checksums of %s not verifiable (offload): %s 0x%04x for 0x%04x, "
		       "left to the NIC; its messages are applied",
		       mipx_addr_str(&p->frame.src, src), what, p->frame.checksum.wire,
		       p->frame.checksum.expected);
}

bool checksum_admits(struct analysis *a, const struct mipx_packet *p,
		     const struct frame_list *here)
{
	const struct mipx_checksum *ck = &p->frame.checksum;
	struct mipx_verdicts v;

	if (ck->state != MIPX_CHECKSUM_BAD || a->opt.checksums == CHECKSUMS_IGNORE)
		return true;
	if (a->opt.checksums == CHECKSUMS_OFFLOAD && mipx_checksum_left_to_nic(ck)) {
		tell_offload(a, p, here, what_of(p->frame.kind));
		return true;
	}
	v.count = 0;
	mipx_rules_checksum(p->frame.kind, ck, &p->frame.src, &v);
	record_verdicts(a, &v, NULL, NULL, here, NULL, false);
	return false;
}
