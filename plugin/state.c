/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The state checks in Wireshark: the analyzer's model (model/), run over
 * every frame of the capture, its findings shown as expert infos.
 *
 * A postdissector of the protocol `mipx` feeds each frame to the model on
 * Wireshark's first pass (frames in order, each once).  What the model
 * finds is only complete at the end of the capture (a request never
 * answered, a chain never finished), and Wireshark 4.0 has no "end of the
 * first pass" hook: the first dissection of a frame already visited is
 * that end.  There the model is finished once, its STATE-scope findings
 * copied and indexed by frame, and the model freed; every later pass (the
 * GUI redissecting, tshark -2's second pass) adds each finding as an
 * expert info on every frame it names.  MESSAGE and PAIR checks are the
 * dissectors' (dremip.c, mcoa.c): the model finds them too, but they are
 * not raised twice.
 *
 * Preference mipx.state_checks turns the model off (very large captures:
 * its state grows with the live nodes, as the analyzer's does).
 */
#include "mipx_plugin.h"

#include <string.h>

#include <epan/prefs.h>

#include "mipx/checks.h"
#include "mipx/model.h"

static int proto_mipx = -1;
static gint ett_mipx = -1;
static dissector_handle_t state_handle;
static gboolean pref_state_checks = TRUE;
static gint pref_checksums = CHECKSUMS_OFFLOAD;
static const enum_val_t checksum_modes[] = {
	{ "offload", "Offload: 0 or the pseudo-header sum is a checksum left to the NIC",
	  CHECKSUMS_OFFLOAD },
	{ "verify", "Verify: every wrong checksum is wrong", CHECKSUMS_VERIFY },
	{ "ignore", "Ignore: no checksum is looked at", CHECKSUMS_IGNORE },
	{ NULL, NULL, 0 },
};

enum checksum_mode mipx_checksum_mode(void)
{
	return (enum checksum_mode)pref_checksums;
}

/* One capture file's run, from the init routine to the cleanup routine. */
struct state_run {
	struct analysis *model;  /* NULL: off, or finished */
	struct mipx_keyring keys; /* the model's copy of dremip.keys */
	guint32 last_frame;      /* the last frame fed (they come in order) */
	cap_time last_ts;        /* the latest capture time fed */
	bool finished;           /* the first pass is over: no more frames */
	/* Frames the snap length cut, for the finding CAPTURE-CUT. */
	uint64_t cut;
	guint32 first_cut;
	guint32 cut_largest;
	GArray *findings;     /* struct finding: the STATE-scope ones */
	GHashTable *by_frame; /* frame number -> GPtrArray of struct finding * */
};
static struct state_run run;

static void state_cleanup(void)
{
	if (run.model)
		analysis_free(run.model);
	if (run.by_frame)
		g_hash_table_destroy(run.by_frame);
	if (run.findings)
		g_array_free(run.findings, TRUE);
	memset(&run, 0, sizeof(run));
	run.last_ts = CAP_NONE;
}

static void state_init(void)
{
	struct analysis_options opt;
	struct mipx_settings settings = MIPX_SETTINGS_DEFAULT;
	const struct mipx_keyring *keys = mipx_dremip_keyring();

	state_cleanup();
	if (!pref_state_checks)
		return;
	memset(&opt, 0, sizeof(opt));
	settings.mip4_udp_port = mipx_dremip_udp_port();
	settings.mip6 = mipx_mcoa_settings();
	opt.settings = settings;
	opt.rbit = mipx_dremip_rbit();
	opt.checksums = mipx_checksum_mode();
	if (keys) {
		run.keys = *keys;
		opt.keys = &run.keys;
	}
	run.model = analysis_new(&opt);
}

static void feed(tvbuff_t *tvb, packet_info *pinfo)
{
	struct captured_frame fr;
	struct frame_outcome out;
	cap_time ts = (cap_time)pinfo->abs_ts.secs * CAP_SEC + pinfo->abs_ts.nsecs / 1000;
	int dlt = mipx_linktype_of(pinfo);

	if (!run.model || run.finished || pinfo->num <= run.last_frame)
		return;
	run.last_frame = pinfo->num;
	if (run.last_ts == CAP_NONE || ts > run.last_ts)
		run.last_ts = ts;
	if (dlt < 0)
		return;
	memset(&fr, 0, sizeof(fr));
	fr.linktype = dlt;
	fr.caplen = tvb_captured_length(tvb);
	fr.len = tvb_reported_length(tvb);
	fr.data = fr.caplen ? tvb_get_ptr(tvb, 0, (gint)fr.caplen) : (const uint8_t *)"";
	fr.ts = ts;
	fr.ref.file = 0;
	fr.ref.frame = pinfo->num;
	analysis_frame(run.model, &fr, &out);
	if (out.cut) {
		if (!run.cut++)
			run.first_cut = pinfo->num;
		if (fr.caplen > run.cut_largest)
			run.cut_largest = fr.caplen;
	}
}

static void index_finding(struct finding *f)
{
	for (unsigned k = 0; k < f->frames.count && k < FRAME_LIST_MAX; k++) {
		gpointer key = GUINT_TO_POINTER(frame_slot_ref(f->frames.f[k]).frame);
		GPtrArray *list = g_hash_table_lookup(run.by_frame, key);

		if (!list) {
			list = g_ptr_array_new();
			g_hash_table_insert(run.by_frame, key, list);
		}
		g_ptr_array_add(list, f);
	}
}

/* End of the first pass: the model's last word, kept by frame. */
static void finish(void)
{
	const struct finding *all;
	unsigned n;

	if (run.finished || !run.model)
		return;
	run.finished = true;
	/* As the analyzer does: the largest captured length of a cut frame is
	 * the snap length in effect. */
	if (run.cut)
		analysis_capture_cut(run.model, 0, run.first_cut, run.cut, run.cut_largest);
	analysis_finish(run.model, run.last_ts == CAP_NONE ? 0 : run.last_ts);
	all = analysis_findings(run.model, &n);
	run.findings = g_array_new(FALSE, FALSE, sizeof(struct finding));
	for (unsigned i = 0; i < n; i++) {
		const struct mipx_check_info *info = mipx_check_info(all[i].check);

		if (info && info->scope == MIPX_SCOPE_STATE)
			g_array_append_val(run.findings, all[i]);
	}
	/* The findings are copied: the per-node state is not needed any more. */
	analysis_free(run.model);
	run.model = NULL;
	run.by_frame = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL,
					     (GDestroyNotify)g_ptr_array_unref);
	for (unsigned i = 0; i < run.findings->len; i++)
		index_finding(&g_array_index(run.findings, struct finding, i));
}

static void show(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree)
{
	GPtrArray *list;
	proto_item *item;
	proto_tree *sub;

	if (!run.by_frame)
		return;
	list = g_hash_table_lookup(run.by_frame, GUINT_TO_POINTER(pinfo->num));
	if (!list)
		return;
	item = proto_tree_add_item(tree, proto_mipx, tvb, 0, 0, ENC_NA);
	proto_item_append_text(item, ": %u finding%s", list->len, list->len == 1 ? "" : "s");
	sub = proto_item_add_subtree(item, ett_mipx);
	for (unsigned i = 0; i < list->len; i++)
		mipx_expert_add_finding(sub, pinfo, tvb, g_ptr_array_index(list, i));
}

static int dissect_state(tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
	(void)data;
	if (!PINFO_FD_VISITED(pinfo)) {
		feed(tvb, pinfo);
		return 0;
	}
	finish();
	show(tvb, pinfo, tree);
	return 0;
}

void mipx_proto_register_state(void)
{
	static gint *ett[] = { &ett_mipx };
	module_t *module;

	proto_mipx = proto_register_protocol("Mobile IP state analysis (mipx)", "MIPX", "mipx");
	proto_register_subtree_array(ett, array_length(ett));
	state_handle = register_dissector("mipx", dissect_state, proto_mipx);
	register_init_routine(state_init);
	register_cleanup_routine(state_cleanup);
	module = prefs_register_protocol(proto_mipx, NULL);
	prefs_register_bool_preference(module, "state_checks", "State checks",
				       "Run the analyzer's model over the capture: chains, tunnels, "
				       "binding caches, requests never answered.  Its findings appear "
				       "once the first pass is over (GUI, tshark -2).  Off: no model, "
				       "no memory for it (very large captures)",
				       &pref_state_checks);
	prefs_register_enum_preference(module, "checksums", "Checksums",
				       "A message whose UDP, ICMP or Mobility Header checksum is "
				       "wrong is discarded by its receiver: shown as bad, with an "
				       "expert info, and not applied to the model.  Offload (the "
				       "default) takes 0 or the pseudo-header sum for a checksum the "
				       "sending host left to its NIC: unverified, told once per "
				       "sender, applied",
				       &pref_checksums, checksum_modes, FALSE);
	mipx_expert_register(proto_mipx, "mipx.");
	run.last_ts = CAP_NONE;
}

void mipx_proto_reg_handoff_state(void)
{
	register_postdissector(state_handle);
}
