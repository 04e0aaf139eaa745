/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Captured frames into the model: decode each (tunnels inside included),
 * reassemble fragments, and tell a frame the snap length cut from a
 * malformed one.  The analyzer and the plugin both feed frames here, so
 * that they model the same messages.
 */
#include <stdio.h>
#include <string.h>

#include "analysis.h"
#include "reassembly.h"
#include "record.h"

static bool is_mobile_ip(enum mipx_payload_kind kind)
{
	return kind == MIPX_PAYLOAD_MIP4 || kind == MIPX_PAYLOAD_AGENT_ADV ||
	       kind == MIPX_PAYLOAD_MH;
}

static void tell_error(struct frame_outcome *out, const struct mipx_error *err)
{
	const char *field = err->field ? err->field : "frame";

	if (err->status == MIPX_TRUNCATED)
		snprintf(out->error, sizeof(out->error), "truncated at octet %zu (%s)",
			 err->offset, field);
	else
		snprintf(out->error, sizeof(out->error), "invalid at octet %zu (%s): %s",
			 err->offset, field, err->reason ? err->reason : "bad value");
}

/*
 * A fragment goes to the reassembly; when it completes a datagram, that is
 * decoded into a->pkt as a raw IP packet and true is returned: it is
 * analyzed at the frame of its last fragment.  Overlapping or inconsistent
 * fragments are told once per datagram, which is dropped.
 */
static bool reassemble(struct analysis *a, const struct captured_frame *fr,
		       struct frame_outcome *out, struct mipx_error *err, mipx_status *st)
{
	struct mipx_packet *pkt = a->pkt;
	const uint8_t *dg = NULL;
	size_t dg_len = 0;
	enum reassembly_result res;
	char src[46], dst[46];

	res = reassembly_add(a->reassembly, &pkt->frame, fr->data, fr->ts, fr->ref.file,
			     fr->ref.frame, &dg, &dg_len, &out->frag_dropped);
	if (res == REASSEMBLY_OVERLAP) {
		out->frag_dropped++;
		snprintf(out->error, sizeof(out->error),
			 "overlapping or inconsistent fragments of datagram %s -> %s "
			 "id 0x%x: dropped",
			 mipx_addr_str(&pkt->frame.src, src), mipx_addr_str(&pkt->frame.dst, dst),
			 (unsigned)pkt->frame.frag_id);
	}
	if (res != REASSEMBLY_DONE)
		return false;
	out->reassembled = true;
	memset(err, 0, sizeof(*err));
	*st = mipx_packet_decode_lean(MIPX_DLT_RAW, dg, dg_len, &a->opt.settings, pkt, err);
	return true;
}

void analysis_frame(struct analysis *a, const struct captured_frame *fr,
		    struct frame_outcome *out)
{
	struct mipx_packet *pkt = a->pkt;
	struct mipx_error err;
	mipx_status st;
	bool capture_cut = fr->caplen < fr->len;

	memset(out, 0, sizeof(*out));
	memset(&err, 0, sizeof(err));
	st = mipx_packet_decode_lean(fr->linktype, fr->data, fr->caplen, &a->opt.settings,
				     pkt, &err);
	if (pkt->frame.kind == MIPX_PAYLOAD_FRAGMENT && st == MIPX_OK) {
		if (capture_cut && pkt->frame.payload_cut) {
			out->cut = true; /* its data are not all there */
			a->cut_unmodelled++;
			return;
		}
		if (!reassemble(a, fr, out, &err, &st))
			return;
		capture_cut = false; /* the packet is now the whole datagram's */
	}
	if (is_mobile_ip(pkt->frame.kind)) {
		out->message = true;
		out->tunnel_kind = (uint8_t)pkt->frame.tunnel_kind;
	}
	if (capture_cut && (pkt->cut || (st == MIPX_TRUNCATED && err.offset >= fr->caplen))) {
		/* cut by the snap length, not malformed: judged on what there
		 * is when its fixed part is (cut_fixed_ok) */
		out->cut = true;
		if (pkt->cut_fixed_ok) {
			analysis_packet(a, pkt, fr->ts, fr->ref);
		} else {
			a->cut_unmodelled++;
			if (is_mobile_ip(pkt->frame.kind))
				a->messages++;
		}
		return;
	}
	if (st != MIPX_OK) {
		tell_error(out, &err);
		analysis_malformed(a, pkt, &err, fr->ts, fr->ref);
		return;
	}
	analysis_packet(a, pkt, fr->ts, fr->ref);
}

unsigned analysis_fragments_pending(const struct analysis *a)
{
	return reassembly_pending(a->reassembly);
}

void analysis_capture_cut(struct analysis *a, uint32_t file, uint32_t first,
			  uint64_t count, uint32_t snaplen)
{
	struct frame_list here;

	memset(&here, 0, sizeof(here));
	frame_list_add(&here, (struct frame_ref){ file, first });
	record_finding(a, MIPX_CAPTURE_CUT, NULL, &here,
		    "%llu frame%s cut by the capture's snap length of %u octets: "
		    "their messages are judged on the captured part",
		    (unsigned long long)count, count == 1 ? "" : "s", (unsigned)snaplen);
}
