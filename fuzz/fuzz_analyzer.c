/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * libFuzzer target for the whole analyzer, which must never crash: the input
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

#include "report.h"
#include "input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static FILE *devnull;

/* The read-decode-analyze loop of mipx (analyzer/main.c). */
static cap_time run(struct input_set *in, struct analysis *a, struct report_input *inputs)
{
	struct input_frame fr;
	struct analysis_totals totals;
	cap_time last = CAP_NONE;

	for (unsigned i = 0; i < in->count; i++)
		if (in->files[i].pcap && !mipx_linktype_supported(in->files[i].linktype))
			in->files[i].done = true;
	while (input_next(in, &fr)) {
		struct captured_frame cf = { fr.linktype, fr.data, fr.caplen, fr.len, fr.ts,
					     { fr.file, fr.frame } };
		struct frame_outcome out;

		last = last == CAP_NONE || fr.ts > last ? fr.ts : last;
		if (!mipx_linktype_supported(fr.linktype))
			continue; /* a pcapng interface not decoded (input.c) */
		analysis_frame(a, &cf, &out);
	}
	analysis_finish(a, last == CAP_NONE ? 0 : last);
	analysis_totals(a, &totals);
	inputs[0].name = in->files[0].name;
	inputs[0].packets = in->files[0].frame;
	inputs[0].messages = totals.messages;
	return last == CAP_NONE ? 0 : last;
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
	memset(&rep, 0, sizeof(rep)); /* all nodes (no --node), no frame clock */
	rep.at = run(&in, a, inputs);
	rep.a = a;
	rep.inputs = inputs;
	rep.n_inputs = 1;
	report_text(devnull, &rep);
	report_json(devnull, &rep);
	report_dot(devnull, &rep);
	report_html(devnull, &rep);
	analysis_free(a);
	input_close(&in);
	close(fd);
	return 0;
}
