/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Expert infos come from the one check catalogue (checks/): every check is
 * registered under its expert_name (dremip.expert.drm_lt_reply), with the
 * catalogue's severity, so that the plugin and the analyzer can never
 * disagree on names.  MESSAGE and PAIR checks are raised by the dissectors
 * from the shared rules' verdicts, STATE checks from the model's findings
 * (state.c).
 */
#include "mipx_plugin.h"

#include <string.h>

#include "mipx/checks.h"

static expert_field ei_check[MIPX_CHECK_COUNT];
static bool ei_registered[MIPX_CHECK_COUNT];

static int severity_of(enum mipx_severity sev)
{
	switch (sev) {
	case MIPX_SEV_ERROR:
		return PI_ERROR;
	case MIPX_SEV_WARNING:
		return PI_WARN;
	default:
		return PI_NOTE;
	}
}

static bool is_malformed_check(enum mipx_check_id id)
{
	return id == MIPX_DRM_MALFORMED || id == MIPX_MCOA_MALFORMED;
}

/* EXPFILL is the one version-stable way to fill the registration fields. */
static const ei_register_info ei_template = {
	NULL, { NULL, PI_PROTOCOL, PI_NOTE, NULL, EXPFILL }
};

void mipx_expert_register(int proto, const char *prefix)
{
	ei_register_info *ei = g_new0(ei_register_info, MIPX_CHECK_COUNT);
	unsigned n = 0;

	for (int id = 0; id < MIPX_CHECK_COUNT; id++) {
		const struct mipx_check_info *info = mipx_check_info((enum mipx_check_id)id);

		if (!info || !info->expert_name)
			continue;
		if (strncmp(info->expert_name, prefix, strlen(prefix)) != 0)
			continue;
		ei[n] = ei_template;
		ei_check[id] = (expert_field)EI_INIT;
		ei[n].ids = &ei_check[id];
		ei[n].eiinfo.name = info->expert_name;
		ei[n].eiinfo.group = is_malformed_check(info->id) ? PI_MALFORMED : PI_PROTOCOL;
		ei[n].eiinfo.severity = severity_of(info->severity);
		ei[n].eiinfo.summary = g_strdup_printf("[%s] %s", info->name, info->summary);
		ei_registered[id] = true;
		n++;
	}
	expert_register_field_array(expert_register_protocol(proto), ei, n);
}

unsigned mipx_expert_add(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb,
			 int base, int msg_len,
			 const struct mipx_verdicts *verdicts, bool pair_on_response)
{
	int cap = (int)tvb_captured_length(tvb);
	unsigned added = 0;

	for (unsigned i = 0; i < verdicts->count && i < MIPX_MAX_VERDICTS; i++) {
		const struct mipx_verdict *v = &verdicts->v[i];
		int start, len;

		bool here = !pair_on_response || v->about_response;

		if ((unsigned)v->check >= MIPX_CHECK_COUNT || !ei_registered[v->check])
			continue;
		/* Point at what the verdict is about (a verdict about the request,
		 * shown on its response, covers the whole response), but never
		 * past the captured bytes. */
		start = base + (here && v->length ? v->offset : 0);
		len = here && v->length ? v->length : msg_len;
		if (start < 0 || start > cap)
			start = base < cap ? base : cap;
		if (len < 0 || start + len > cap)
			len = cap - start;
		proto_tree_add_expert_format(tree, pinfo, &ei_check[v->check], tvb, start, len,
					     "%s", v->text);
		added++;
	}
	return added;
}

void mipx_expert_add_finding(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb,
			     const struct finding *finding)
{
	const struct mipx_check_info *info = mipx_check_info(finding->check);

	if ((unsigned)finding->check >= MIPX_CHECK_COUNT || !ei_registered[finding->check] || !info)
		return;
	/* The same "[ID] text" as the dissectors' verdicts. */
	proto_tree_add_expert_format(tree, pinfo, &ei_check[finding->check], tvb, 0, 0,
				     "[%s] %s", info->name, finding->text);
}

bool mipx_tvb_cut(tvbuff_t *tvb, mipx_status status, const struct mipx_error *err)
{
	guint cap = tvb_captured_length(tvb);

	if (cap >= tvb_reported_length(tvb))
		return false;
	return status == MIPX_OK || (status == MIPX_TRUNCATED && err && err->offset >= cap);
}

const uint8_t *mipx_tvb_bytes(packet_info *pinfo, tvbuff_t *tvb, int offset,
			      size_t *len)
{
	int avail = tvb_captured_length_remaining(tvb, offset);

	if (avail <= 0) {
		*len = 0;
		return (const uint8_t *)"";
	}
	*len = (size_t)avail;
	return (const uint8_t *)tvb_memdup(pinfo->pool, tvb, offset, avail);
}

const char *mipx_lifetime_str(uint16_t lifetime, char out[24])
{
	if (lifetime == MIPX_LIFETIME_INFINITE)
		g_strlcpy(out, "infinite", 24);
	else
		g_snprintf(out, 24, "%u s", lifetime);
	return out;
}
