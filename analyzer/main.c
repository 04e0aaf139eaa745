/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * mipx: analyze DREMIP and MCoA captures.  Options, the read-decode-analyze
 * loop, the reports and the exit status (analysis.md 3: 0 clean, 1 a finding
 * reached --fail-on, 2 unreadable input or bad command line).
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <glib.h>

#include "frame_clock.h"
#include "input.h"
#include "node_roles.h"
#include "report.h"

#ifndef MIPX_VERSION
#define MIPX_VERSION "0"
#endif

/* stdout's buffer while a report is written (static: stdout outlives main) */
static char report_buffer[64 * 1024];

#define EXIT_FINDINGS 1
#define EXIT_UNREADABLE 2

struct cli {
	gboolean json, dot, quiet, version, rbit_as_t;
	gchar *at, *node, *html, *topology, *fail_on, *keys, *coainfo_type, *m_flag_mask, *udp_port, *rbit;
	gchar *checksums;
	gchar **disable;
	gchar **files;
};

static bool parse_uint(const char *s, unsigned long max, unsigned long *out)
{
	char *end = NULL;

	errno = 0;
	*out = strtoul(s, &end, 0);
	return s[0] && s[0] != '-' && !*end && !errno && *out <= max;
}

static bool usage_error(GOptionContext *ctx, const char *fmt, ...)
	G_GNUC_PRINTF(2, 3);
static bool usage_error(GOptionContext *ctx, const char *fmt, ...)
{
	va_list ap;

	(void)ctx;
	fputs("mipx: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputs(" (mipx --help)\n", stderr);
	return false;
}

static bool configure(GOptionContext *ctx, const struct cli *cli,
		      struct analysis_options *opt, struct mipx_keyring *ring,
		      enum mipx_severity *fail_on, struct mipx_addr *only)
{
	unsigned long v;

	if (cli->udp_port) {
		if (!parse_uint(cli->udp_port, 65535, &v) || v == 0)
			return usage_error(ctx, "bad --udp-port '%s'", cli->udp_port);
		opt->settings.mip4_udp_port = (uint16_t)v;
	}
	if (cli->coainfo_type) {
		if (!parse_uint(cli->coainfo_type, 255, &v) || v < 2)
			return usage_error(ctx, "bad --coainfo-type '%s'", cli->coainfo_type);
		opt->settings.mip6.coainfo_type = (uint8_t)v;
	}
	if (cli->m_flag_mask) {
		if (!parse_uint(cli->m_flag_mask, 0xffff, &v) || v == 0 || (v & (v - 1)))
			return usage_error(ctx, "bad --m-flag-mask '%s' (one bit, e.g. 0x0400)",
					   cli->m_flag_mask);
		opt->settings.mip6.m_flag_mask = (uint16_t)v;
	}
	/* --rbit-as-t: the old name of --rbit=t, kept for one release */
	opt->rbit = cli->rbit_as_t ? RBIT_T : RBIT_AUTO;
	if (cli->rbit) {
		if (!g_ascii_strcasecmp(cli->rbit, "auto"))
			opt->rbit = RBIT_AUTO;
		else if (!g_ascii_strcasecmp(cli->rbit, "r"))
			opt->rbit = RBIT_R;
		else if (!g_ascii_strcasecmp(cli->rbit, "t"))
			opt->rbit = RBIT_T;
		else
			return usage_error(ctx, "bad --rbit '%s' (auto, r or t)", cli->rbit);
		if (cli->rbit_as_t && opt->rbit != RBIT_T)
			return usage_error(ctx, "--rbit-as-t contradicts --rbit=%s", cli->rbit);
	}
	if (cli->checksums && !checksum_mode_parse(cli->checksums, &opt->checksums))
		return usage_error(ctx, "bad --checksums '%s' (verify, offload or ignore)",
				   cli->checksums);
	if (cli->fail_on && !mipx_severity_parse(cli->fail_on, fail_on))
		return usage_error(ctx, "bad --fail-on '%s' (info, warning or error)",
				   cli->fail_on);
	for (unsigned i = 0; cli->disable && cli->disable[i]; i++) {
		char **ids = g_strsplit(cli->disable[i], ",", -1);
		bool ok = true;

		for (unsigned k = 0; ok && ids[k]; k++) {
			int id = mipx_check_by_name(g_strstrip(ids[k]));
			if (id < 0)
				ok = usage_error(ctx, "unknown check '%s' in --disable", ids[k]);
			else
				opt->disabled[id] = true;
		}
		g_strfreev(ids);
		if (!ok)
			return false;
	}
	if (cli->keys) {
		char *text = NULL;
		GError *error = NULL;
		struct mipx_error err;

		if (!g_file_get_contents(cli->keys, &text, NULL, &error)) {
			fprintf(stderr, "mipx: %s\n", error->message);
			g_error_free(error);
			return false;
		}
		memset(&err, 0, sizeof(err));
		if (mipx_keyring_parse(text, ring, &err) != MIPX_OK) {
			fprintf(stderr, "mipx: %s: bad key at offset %zu: %s\n", cli->keys,
				err.offset, err.reason ? err.reason : "unreadable");
			g_free(text);
			return false;
		}
		g_free(text);
		opt->keys = ring;
	}
	if (cli->topology) {
		GError *error = NULL;

		opt->topology = topology_load(cli->topology, &error);
		if (!opt->topology) {
			fprintf(stderr, "mipx: topology %s\n", error ? error->message : "");
			g_clear_error(&error);
			return false;
		}
	}
	if (cli->json && cli->dot)
		return usage_error(ctx, "%s", "--json and --dot exclude each other");
	if (cli->node && !report_node_parse(cli->node, only))
		return usage_error(ctx, "bad --node '%s' (an IPv4 or IPv6 address)", cli->node);
	return true;
}

/* --at: epoch seconds, or +SECONDS from the first frame; decimals to the
 * microsecond, read as integers (a double would round differently). */
static bool parse_at(const char *text, cap_time first, cap_time *at)
{
	const char *s = text[0] == '+' ? text + 1 : text;
	int64_t secs = 0, frac = 0, scale = CAP_SEC;
	bool digits = false;

	for (; *s >= '0' && *s <= '9'; s++, digits = true) {
		if (secs > (INT64_MAX / CAP_SEC - 10) / 10)
			return false;
		secs = secs * 10 + (*s - '0');
	}
	if (*s == '.') {
		for (s++; *s >= '0' && *s <= '9'; s++, digits = true)
			if (scale > 1) {
				scale /= 10;
				frac += (*s - '0') * scale;
			}
	}
	if (!digits || *s)
		return false;
	*at = secs * CAP_SEC + frac;
	if (text[0] == '+' && first != CAP_NONE)
		*at += first;
	return true;
}

static void cut_seen(struct input_file *f, const struct captured_frame *fr)
{
	if (!f->cut++)
		f->first_cut = fr->ref.frame;
	if (fr->caplen > f->cut_largest)
		f->cut_largest = fr->caplen;
}

/* One finding per capture that the snap length cut (analysis of the rest
 * goes on as usual: a cut message is not a malformed one).  The largest
 * captured length of a cut frame is the snap length in effect (editcap -s
 * leaves the file header's as it was). */
static void report_cut(struct analysis *a, const struct input_set *in)
{
	for (unsigned i = 0; i < in->count; i++) {
		const struct input_file *f = &in->files[i];

		if (f->cut)
			analysis_capture_cut(a, i, f->first_cut, f->cut,
					     f->snaplen && f->snaplen < f->cut_largest
						     ? f->snaplen : f->cut_largest);
	}
}

/* The frames the frame layer counted, on stderr after the summary: only
 * the counts that are not 0, so that a plain capture reads as before. */
static void summary_frames(const struct input_set *in)
{
	uint64_t cut = 0, tunnelled[MIPX_TUNNEL_KINDS] = { 0 }, through = 0;
	uint64_t reassembled = 0, dropped = 0;

	for (unsigned i = 0; i < in->count; i++) {
		cut += in->files[i].cut;
		reassembled += in->files[i].reassembled;
		dropped += in->files[i].frag_dropped;
		for (unsigned k = 1; k < MIPX_TUNNEL_KINDS; k++) {
			tunnelled[k] += in->files[i].tunnelled[k];
			through += in->files[i].tunnelled[k];
		}
	}
	if (cut)
		fprintf(stderr, "mipx: %llu frame%s cut by the snap length\n",
			(unsigned long long)cut, cut == 1 ? "" : "s");
	if (through) {
		const char *sep = ": ";

		fprintf(stderr, "mipx: %llu message%s through tunnels", (unsigned long long)through,
			through == 1 ? "" : "s");
		for (unsigned k = 1; k < MIPX_TUNNEL_KINDS; k++) {
			if (!tunnelled[k])
				continue;
			fprintf(stderr, "%s%s %llu", sep, mipx_tunnel_kind_name((enum mipx_tunnel_kind)k),
				(unsigned long long)tunnelled[k]);
			sep = ", ";
		}
		fputc('\n', stderr);
	}
	if (reassembled || dropped)
		fprintf(stderr, "mipx: %llu datagram%s reassembled from fragments, %llu dropped\n",
			(unsigned long long)reassembled, reassembled == 1 ? "" : "s",
			(unsigned long long)dropped);
}

struct progress {
	bool on;
	gint64 started;
};

static void progress_tick(struct progress *pg, uint64_t packets)
{
	/* only on a terminal, and only once the run has taken a while */
	if (!pg->on || (packets & 0xffff) != 0)
		return;
	if (g_get_monotonic_time() - pg->started < G_USEC_PER_SEC)
		return;
	fprintf(stderr, "\rmipx: %llu packets", (unsigned long long)packets);
	fflush(stderr);
}

static void analyze(struct input_set *in, struct analysis *a, const char *at_text,
		    uint64_t *packets_out, uint64_t *messages_out, cap_time *at_out,
		    bool *bad_at, bool quiet, struct frame_clock *clock)
{
	struct input_frame fr;
	struct progress pg = { !quiet && isatty(STDERR_FILENO), g_get_monotonic_time() };
	cap_time first = input_first_ts(in), at = CAP_NEVER, last = CAP_NONE;
	uint64_t packets = 0;
	struct analysis_totals totals;

	if (at_text && !parse_at(at_text, first, &at)) {
		*bad_at = true;
		return;
	}
	for (unsigned i = 0; i < in->count; i++) {
		struct input_file *f = &in->files[i];
		if (!f->failed && !mipx_linktype_supported(f->linktype)) {
			fprintf(stderr, "mipx: %s: link type %d (%s) is not supported\n",
				f->name, f->linktype, mipx_linktype_name(f->linktype));
			f->done = f->failed = true;
			in->unreadable = true;
		}
	}
	while (input_next(in, &fr)) {
		struct captured_frame cf = { fr.linktype, fr.data, fr.caplen, fr.len, fr.ts,
					     { fr.file, fr.frame } };
		struct frame_outcome out;
		struct input_file *f = &in->files[fr.file];

		progress_tick(&pg, ++packets);
		if (clock)
			frame_clock_add(clock, fr.file, fr.frame, fr.ts);
		if (fr.ts > at)
			continue; /* read (and counted) but past the time asked */
		last = last == CAP_NONE || fr.ts > last ? fr.ts : last;
		if (!mipx_linktype_supported(fr.linktype))
			continue; /* a pcapng interface input.c named as not decodable */
		analysis_frame(a, &cf, &out);
		if (out.cut)
			cut_seen(f, &cf);
		if (out.message) {
			f->messages++;
			f->tunnelled[out.tunnel_kind]++;
		}
		f->reassembled += out.reassembled;
		f->frag_dropped += out.frag_dropped;
		if (out.error[0])
			input_frame_error(in, fr.file, fr.frame, "%s", out.error);
	}
	/* what never came whole by the end is dropped too */
	if (in->count)
		in->files[0].frag_dropped += analysis_fragments_pending(a);
	if (pg.on && packets >= 0x10000)
		fputs("\r\033[K", stderr);
	*packets_out = packets;
	analysis_totals(a, &totals);
	*messages_out = totals.messages;
	*at_out = at == CAP_NEVER ? last : at;
}

/* Records a node could not keep (node_limit) and exchanges closed early
 * (exchanges_bound): named like a frame error, so that a report missing
 * them never passes unnoticed. */
static void report_limits(const struct analysis *a, const struct input_set *in)
{
	struct analysis_totals totals;

	analysis_totals(a, &totals);
	for (unsigned k = 0; k < LIMIT_COUNT; k++) {
		const struct node_limit_hit *hit = &totals.limit_hit[k];
		char node[46];

		if (!hit->count)
			continue;
		mipx_addr_str(&hit->node, node);
		fprintf(stderr,
			"mipx: %s: frame %u: node %s holds %u %s, the most mipx keeps for "
			"one node; %llu more (of any node) not kept\n",
			in->files[hit->first.file].name, (unsigned)hit->first.frame, node,
			node_limit_max(k), node_limit_what(k), (unsigned long long)hit->count);
	}
	if (totals.exchanges_evicted)
		fprintf(stderr,
			"mipx: %s: frame %u: more than %u exchanges open at once (capture "
			"time standing still?): %llu closed early, the oldest first\n",
			in->files[totals.exchanges_evicted_at.file].name,
			(unsigned)totals.exchanges_evicted_at.frame, EXCHANGES_OPEN_MAX,
			(unsigned long long)totals.exchanges_evicted);
}

/* The HTML report into FILE; false (said on stderr) when it cannot be
 * written whole. */
static bool write_html(const char *path, const struct report *rep)
{
	FILE *f = fopen(path, "w");
	bool ok;

	if (!f) {
		fprintf(stderr, "mipx: cannot write %s: %s\n", path, g_strerror(errno));
		return false;
	}
	setvbuf(f, NULL, _IOFBF, 64 * 1024);
	report_html(f, rep);
	ok = fflush(f) == 0 && !ferror(f);
	if (fclose(f) != 0)
		ok = false;
	if (!ok)
		fprintf(stderr, "mipx: cannot write %s: %s\n", path, g_strerror(errno));
	return ok;
}

static void cli_free(struct cli *cli)
{
	g_strfreev(cli->files);
	g_strfreev(cli->disable);
	g_free(cli->at);
	g_free(cli->node);
	g_free(cli->html);
	g_free(cli->topology);
	g_free(cli->fail_on);
	g_free(cli->keys);
	g_free(cli->coainfo_type);
	g_free(cli->m_flag_mask);
	g_free(cli->udp_port);
	g_free(cli->rbit);
	g_free(cli->checksums);
}

int main(int argc, char **argv)
{
	struct cli cli;
	GOptionEntry entries[] = {
		{ "json", 0, 0, G_OPTION_ARG_NONE, &cli.json, "Write the JSON report (analysis.md 3) instead of text", NULL },
		{ "dot", 0, 0, G_OPTION_ARG_NONE, &cli.dot, "Write a Graphviz graph of chains and tunnels instead of text", NULL },
		{ "node", 0, 0, G_OPTION_ARG_STRING, &cli.node, "With --dot or --html: draw this mobile node alone", "ADDR" },
		{ "html", 0, 0, G_OPTION_ARG_FILENAME, &cli.html, "Also write a self-contained HTML report (timeline, graph, findings) to FILE", "FILE" },
		{ "at", 0, 0, G_OPTION_ARG_STRING, &cli.at, "Show the state at TIME: epoch seconds, or +SECONDS from the first frame (default: end of capture)", "TIME" },
		{ "topology", 0, 0, G_OPTION_ARG_FILENAME, &cli.topology, "Domains, servers and agents, for exact chain roles (see mipx(1))", "FILE" },
		{ "disable", 0, 0, G_OPTION_ARG_STRING_ARRAY, &cli.disable, "Turn checks off (repeatable)", "ID[,ID...]" },
		{ "fail-on", 0, 0, G_OPTION_ARG_STRING, &cli.fail_on, "Exit 1 when a finding reaches this severity (default error)", "info|warning|error" },
		{ "rbit", 0, 0, G_OPTION_ARG_STRING, &cli.rbit, "Read request flag 0x02 as DREMIP's R, RFC 3024's T, or R once the input shows DREMIP (default auto)", "auto|r|t" },
		{ "checksums", 0, 0, G_OPTION_ARG_STRING, &cli.checksums, "A message whose UDP, ICMP or MH checksum is wrong is reported and not applied; offload takes 0 or the pseudo-header sum for a checksum left to the NIC, told once per sender (default offload)", "verify|offload|ignore" },
		{ "rbit-as-t", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_NONE, &cli.rbit_as_t, "The same as --rbit=t", NULL },
		{ "coainfo-type", 0, 0, G_OPTION_ARG_STRING, &cli.coainfo_type, "Mobility option type of CoAINFO (default 253)", "N" },
		{ "m-flag-mask", 0, 0, G_OPTION_ARG_STRING, &cli.m_flag_mask, "BU flag mask of the MCoA M flag (default 0x0400)", "0xNNNN" },
		{ "udp-port", 0, 0, G_OPTION_ARG_STRING, &cli.udp_port, "UDP port of registration and route messages (default 434)", "N" },
		{ "keys", 0, 0, G_OPTION_ARG_FILENAME, &cli.keys, "Keyring of SPI:hexkey lines, to verify authenticators", "FILE" },
		{ "quiet", 'q', 0, G_OPTION_ARG_NONE, &cli.quiet, "No summary line and no progress on stderr", NULL },
		{ "version", 0, 0, G_OPTION_ARG_NONE, &cli.version, "Print the version and exit", NULL },
		{ G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &cli.files, NULL, "FILE..." },
		{ NULL, 0, 0, 0, NULL, NULL, NULL },
	};
	struct analysis_options opt;
	struct mipx_settings defaults = MIPX_SETTINGS_DEFAULT;
	static struct mipx_keyring ring;
	enum mipx_severity fail_on = MIPX_SEV_ERROR;
	struct mipx_addr only;
	struct frame_clock clock = { 0 };
	GOptionContext *ctx;
	GError *error = NULL;
	struct input_set in;
	struct analysis *a;
	struct analysis_totals totals;
	struct report_input *inputs;
	struct report rep;
	uint64_t packets = 0, messages = 0;
	cap_time at = CAP_NONE;
	bool bad_at = false, report_failed = false;
	unsigned n_files, failing = 0;
	int status;

	memset(&cli, 0, sizeof(cli));
	memset(&opt, 0, sizeof(opt));
	memset(&in, 0, sizeof(in));
	opt.settings = defaults;
	ctx = g_option_context_new("- analyze DREMIP and MCoA captures");
	g_option_context_set_summary(ctx,
		"Rebuilds, per mobile node, DREMIP registration chains, tunnel paths and\n"
		"MCoA binding caches from pcap/pcapng captures ('-' = stdin), merged by\n"
		"time, and checks them.  Exit 0: clean, 1: a finding reached --fail-on,\n"
		"2: unreadable input or bad command line.");
	g_option_context_add_main_entries(ctx, entries, NULL);
	if (!g_option_context_parse(ctx, &argc, &argv, &error)) {
		fprintf(stderr, "mipx: %s (mipx --help)\n", error->message);
		g_error_free(error);
		g_option_context_free(ctx);
		cli_free(&cli);
		return EXIT_UNREADABLE;
	}
	if (cli.version) {
		printf("mipx %s\n", MIPX_VERSION);
		g_option_context_free(ctx);
		cli_free(&cli);
		return 0;
	}
	n_files = cli.files ? g_strv_length(cli.files) : 0;
	if (!n_files || !configure(ctx, &cli, &opt, &ring, &fail_on, &only)) {
		if (!n_files)
			fputs("mipx: no capture file given (mipx --help)\n", stderr);
		g_option_context_free(ctx);
		topology_free((struct topology *)(uintptr_t)opt.topology);
		cli_free(&cli);
		return EXIT_UNREADABLE;
	}
	g_option_context_free(ctx);

	input_open(&in, cli.files, n_files);
	a = analysis_new(&opt);
	if (cli.html)
		frame_clock_init(&clock, n_files);
	analyze(&in, a, cli.at, &packets, &messages, &at, &bad_at, cli.quiet,
		cli.html ? &clock : NULL);
	if (bad_at) {
		fprintf(stderr, "mipx: bad --at '%s' (epoch seconds or +SECONDS)\n", cli.at);
		if (cli.html)
			frame_clock_free(&clock);
		analysis_free(a);
		input_close(&in);
		topology_free((struct topology *)(uintptr_t)opt.topology);
		cli_free(&cli);
		return EXIT_UNREADABLE;
	}
	report_cut(a, &in);
	analysis_finish(a, at == CAP_NONE ? 0 : at);

	inputs = g_new0(struct report_input, n_files);
	for (unsigned i = 0; i < n_files; i++) {
		inputs[i].name = in.files[i].name;
		inputs[i].packets = in.files[i].frame;
		inputs[i].messages = in.files[i].messages;
		inputs[i].cut = in.files[i].cut;
		inputs[i].cut_short_frame = in.files[i].cut_short ? in.files[i].cut_short_frame : 0;
		memcpy(inputs[i].tunnelled, in.files[i].tunnelled, sizeof inputs[i].tunnelled);
		inputs[i].reassembled = in.files[i].reassembled;
		inputs[i].frag_dropped = in.files[i].frag_dropped;
	}
	rep.a = a;
	rep.inputs = inputs;
	rep.n_inputs = n_files;
	rep.at = at;
	rep.only = cli.node ? &only : NULL;
	rep.clock = cli.html ? &clock : NULL;
	/* a report is many short writes: gather them in one large block */
	setvbuf(stdout, report_buffer, _IOFBF, sizeof(report_buffer));
	if (cli.json) {
		report_json(stdout, &rep);
	} else if (cli.dot) {
		report_dot(stdout, &rep);
	} else {
		report_text(stdout, &rep);
	}
	/* a report cut short by a full disk must not pass a CI gate as clean */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		fprintf(stderr, "mipx: cannot write the report: %s\n", g_strerror(errno));
		report_failed = true;
	}
	if (cli.html && !write_html(cli.html, &rep))
		report_failed = true;

	analysis_totals(a, &totals);
	for (int s = fail_on; s <= MIPX_SEV_ERROR; s++)
		failing += totals.severity_count[s];
	if (!cli.quiet)
		fprintf(stderr, "mipx: %u file%s, %llu packets, %llu messages, %u nodes "
			"(%llu seen): %u error%s, %u warning%s, %u info\n",
			n_files, n_files == 1 ? "" : "s", (unsigned long long)packets,
			(unsigned long long)messages, totals.nodes_live,
			(unsigned long long)totals.nodes_seen,
			totals.severity_count[MIPX_SEV_ERROR],
			totals.severity_count[MIPX_SEV_ERROR] == 1 ? "" : "s",
			totals.severity_count[MIPX_SEV_WARNING],
			totals.severity_count[MIPX_SEV_WARNING] == 1 ? "" : "s",
			totals.severity_count[MIPX_SEV_INFO]);
	if (!cli.quiet)
		summary_frames(&in);
	report_limits(a, &in);
	if (!cli.quiet && totals.suppressed_total)
		fprintf(stderr, "mipx: %llu findings not listed (the first %u of each check are)\n",
			(unsigned long long)totals.suppressed_total, FINDINGS_KEPT);
	status = in.unreadable || report_failed ? EXIT_UNREADABLE : failing ? EXIT_FINDINGS : 0;

	g_free(inputs);
	if (cli.html)
		frame_clock_free(&clock);
	analysis_free(a);
	input_close(&in);
	topology_free((struct topology *)(uintptr_t)opt.topology);
	cli_free(&cli);
	return status;
}
