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

bool checksum_offloaded(const struct mipx_checksum *ck)
{
	return ck->state == MIPX_CHECKSUM_BAD && (ck->wire == 0 || ck->wire == ck->pseudo);
}

static const char *what_of(enum mipx_payload_kind kind, enum mipx_check_id *check)
{
	switch (kind) {
	case MIPX_PAYLOAD_MIP4:
		*check = MIPX_DRM_UDP_CHECKSUM;
		return "UDP";
	case MIPX_PAYLOAD_AGENT_ADV:
		*check = MIPX_DRM_ICMP_CHECKSUM;
		return "ICMP";
	default:
		*check = MIPX_MCOA_MH_CHECKSUM;
		return "Mobility Header";
	}
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
	enum mipx_check_id check;
	const char *what;
	char src[46];

	if (ck->state != MIPX_CHECKSUM_BAD || a->opt.checksums == CHECKSUMS_IGNORE)
		return true;
	what = what_of(p->frame.kind, &check);
	if (a->opt.checksums == CHECKSUMS_OFFLOAD && checksum_offloaded(ck)) {
		tell_offload(a, p, here, what);
		return true;
	}
	record_finding(a, check, NULL, here,
		       "%s checksum 0x%04x, expected 0x%04x: discarded by its receiver, "
		       "so not applied (from %s)",
		       what, ck->wire, ck->expected, mipx_addr_str(&p->frame.src, src));
	return false;
}
