/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * libFuzzer target for the whole analyzer (issue 7: unbreakable): the input
 * is a capture file.  It is read through libpcap from a memory file, every
 * frame decoded and fed to the model as mipx does, then all three reports
 * are written to /dev/null.  Nothing may crash, leak or read out of bounds,
 * whatever the file holds; a capture libpcap refuses is simply skipped.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "analyzer.h"
#include "input.h"
#include "reassembly.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

/* The read-decode-analyze loop of mipx (analyzer/src/main.c). */
static void run(struct input_set *in, struct analysis *a,
		const struct analysis_options *opt, struct report_input *inputs)
{
	static struct mipx_packet pkt;
	struct input_frame fr;
	cap_time last = CAP_NONE;
	struct reassembly *re = reassembly_new();
	mipx_status st;

	for (unsigned i = 0; i < in->count; i++)
		if (in->files[i].pcap && !mipx_linktype_supported(in->files[i].linktype))
			in->files[i].done = true;
	while (input_next(in, &fr)) {
		struct mipx_error err;
		struct frame_ref ref = { fr.file, fr.frame };

		last = last == CAP_NONE || fr.ts > last ? fr.ts : last;
		if (!mipx_linktype_supported(fr.linktype))
			continue; /* a pcapng interface not decoded (input.c) */
		memset(&err, 0, sizeof(err));
		st = mipx_packet_decode_lean(fr.linktype, fr.data, fr.caplen, &opt->settings,
					     &pkt, &err);
		if (st == MIPX_OK && pkt.frame.kind == MIPX_PAYLOAD_FRAGMENT) {
			/* as mipx: fragments go to the reassembly, a datagram
			 * they complete is decoded as a raw IP packet */
			const uint8_t *dg;
			size_t dg_len;
			uint64_t dropped = 0;

			if (pkt.frame.payload_cut ||
			    reassembly_add(re, &pkt.frame, fr.data, fr.ts, fr.file, fr.frame, &dg,
					   &dg_len, &dropped) != REASSEMBLY_DONE)
				continue;
			memset(&err, 0, sizeof(err));
			st = mipx_packet_decode_lean(MIPX_DLT_RAW, dg, dg_len, &opt->settings, &pkt,
						     &err);
		}
		if (st != MIPX_OK && !(fr.caplen < fr.len && pkt.cut && pkt.cut_fixed_ok))
			analysis_malformed(a, &pkt, &err, fr.ts, ref);
		else
			analysis_packet(a, &pkt, fr.ts, ref);
	}
	reassembly_free(re);
	analysis_finish(a, last == CAP_NONE ? 0 : last);
	inputs[0].name = in->files[0].name;
	inputs[0].packets = in->files[0].frame;
	inputs[0].messages = a->messages;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mipx_settings defaults = MIPX_SETTINGS_DEFAULT;
	struct analysis_options opt;
	struct input_set in;
	struct report_input inputs[1] = { { 0 } };
	struct report rep;
	struct analysis *a;
	char path[64];
	char *names[1] = { path };
	int fd;

	if (!devnull)
		devnull = fopen("/dev/null", "w");
	fd = memfd_create("capture", 0);
	if (fd < 0 || !devnull)
		abort();
	if (size && write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);

	memset(&opt, 0, sizeof(opt));
	opt.settings = defaults;
	/* the last octet (part of the file too) picks the R/T reading of 0x02 */
	opt.rbit = size ? (enum rbit_mode)(data[size - 1] % 3) : RBIT_AUTO;
	memset(&in, 0, sizeof(in));
	memset(inputs, 0, sizeof(inputs));
	input_open(&in, names, 1);
	a = analysis_new(&opt);
	run(&in, a, &opt, inputs);
	rep.a = a;
	rep.inputs = inputs;
	rep.n_inputs = 1;
	rep.at = a->now;
	report_text(devnull, &rep);
	report_json(devnull, &rep);
	report_dot(devnull, &rep);
	analysis_free(a);
	input_close(&in);
	close(fd);
	return 0;
}
