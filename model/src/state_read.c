/* SPDX-License-Identifier: GPL-2.0-or-later */
/* What the faces read of a finished analysis (mipx/model_state.h). */
#include "analysis.h"

const struct mipx_addr *receiver_addr(const struct analysis *a, uint32_t id)
{
	return receiver_table_addr(&a->receivers, id);
}

const struct finding *analysis_findings(const struct analysis *a, unsigned *count)
{
	*count = a->found.findings->len;
	return (const struct finding *)(const void *)a->found.findings->data;
}

void analysis_totals(const struct analysis *a, struct analysis_totals *out)
{
	*out = (struct analysis_totals){
		.messages = a->messages,
		.nodes_seen = a->nodes_seen,
		.nodes_live = g_hash_table_size(a->nodes),
		.suppressed = a->found.suppressed,
		.suppressed_total = a->found.suppressed_total,
		.limit_hit = a->limit_hit,
		.exchanges_evicted = a->exchanges_evicted,
		.exchanges_evicted_at = a->exchanges_evicted_at,
	};
	for (unsigned s = 0; s < G_N_ELEMENTS(out->severity_count); s++)
		out->severity_count[s] = a->found.severity_count[s];
}

const struct analysis_options *analysis_options(const struct analysis *a)
{
	return &a->opt;
}

const struct dremip_shown *analysis_dremip(const struct analysis *a)
{
	return &a->dremip;
}
