/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tshark -z dremip,tree and -z mcoa,tree (Statistics menu in the GUI): the
 * dissectors queue one tap record per message, counted here by type, reply
 * code and extension (DREMIP) and by M flag, IFID, IFPRI and BA status (MCoA).
 */
#include "mipx_plugin.h"

#include <epan/stats_tree.h>

#include "mipx/mip6.h"

static int st_dremip_type, st_dremip_code, st_dremip_ext;
static int st_mcoa_msgs, st_mcoa_m, st_mcoa_ifid, st_mcoa_ifpri, st_mcoa_status;

#if MIPX_WS_AT_LEAST(4, 4)
#define MIPX_STATS_CONST const
#else
#define MIPX_STATS_CONST
#endif

static void dremip_init(stats_tree *st)
{
	st_dremip_type = stats_tree_create_node(st, "DREMIP messages by type", 0, STAT_DT_INT, TRUE);
	st_dremip_code = stats_tree_create_node(st, "DREMIP replies by code", 0, STAT_DT_INT, TRUE);
	st_dremip_ext = stats_tree_create_node(st, "DREMIP extensions by type", 0, STAT_DT_INT, TRUE);
}

static tap_packet_status dremip_packet(stats_tree *st, packet_info *pinfo _U_, epan_dissect_t *edt _U_,
				       const void *p, tap_flags_t flags _U_)
{
	const struct mipx_dremip_tap *t = (const struct mipx_dremip_tap *)p;
	char name[96];

	if (t->in_advertisement)
		g_strlcpy(name, "Agent Advertisement (ICMP 9)", sizeof(name));
	else
		g_strlcpy(name, mipx_mip4_type_name(t->type), sizeof(name));
	tick_stat_node(st, "DREMIP messages by type", 0, FALSE);
	tick_stat_node(st, name, st_dremip_type, FALSE);
	if (t->has_code) {
		g_snprintf(name, sizeof(name), "%s code %u (%s)", mipx_mip4_type_name(t->type), t->code,
			   t->type == MIPX_MIP4_ROUTE_REPLY ? mipx_route_code_name(t->code) :
							      mipx_reg_code_name(t->code));
		tick_stat_node(st, "DREMIP replies by code", 0, FALSE);
		tick_stat_node(st, name, st_dremip_code, FALSE);
	}
	for (unsigned i = 0; i < t->n_ext && i < MIPX_MIP4_MAX_EXTS; i++) {
		g_snprintf(name, sizeof(name), "%u %s", t->ext_type[i], mipx_mip4_ext_name(t->ext_type[i]));
		tick_stat_node(st, "DREMIP extensions by type", 0, FALSE);
		tick_stat_node(st, name, st_dremip_ext, FALSE);
	}
	return TAP_PACKET_REDRAW;
}

static void mcoa_init(stats_tree *st)
{
	st_mcoa_msgs = stats_tree_create_node(st, "MCoA messages (BU and BA)", 0, STAT_DT_INT, TRUE);
	st_mcoa_m = stats_tree_create_node(st, "BU by M flag", 0, STAT_DT_INT, TRUE);
	st_mcoa_ifid = stats_tree_create_node(st, "CoAINFO by IFID", 0, STAT_DT_INT, TRUE);
	st_mcoa_ifpri = stats_tree_create_node(st, "CoAINFO by IFPRI", 0, STAT_DT_INT, TRUE);
	st_mcoa_status = stats_tree_create_node(st, "BA by status", 0, STAT_DT_INT, TRUE);
}

static tap_packet_status mcoa_packet(stats_tree *st, packet_info *pinfo _U_, epan_dissect_t *edt _U_,
				     const void *p, tap_flags_t flags _U_)
{
	const struct mipx_mcoa_tap *t = (const struct mipx_mcoa_tap *)p;
	char name[96];

	tick_stat_node(st, "MCoA messages (BU and BA)", 0, FALSE);
	tick_stat_node(st, mipx_mh_type_name(t->mh_type), st_mcoa_msgs, FALSE);
	if (t->mh_type == MIPX_MH_BU) {
		tick_stat_node(st, "BU by M flag", 0, FALSE);
		tick_stat_node(st, t->m_flag ? "M set" : "M clear", st_mcoa_m, FALSE);
	}
	if (t->has_coainfo) {
		g_snprintf(name, sizeof(name), "IFID %u", t->ifid);
		tick_stat_node(st, "CoAINFO by IFID", 0, FALSE);
		tick_stat_node(st, name, st_mcoa_ifid, FALSE);
		g_snprintf(name, sizeof(name), "IFPRI %u", t->ifpri);
		tick_stat_node(st, "CoAINFO by IFPRI", 0, FALSE);
		tick_stat_node(st, name, st_mcoa_ifpri, FALSE);
	}
	if (t->mh_type == MIPX_MH_BA) {
		g_snprintf(name, sizeof(name), "%u %s", t->ba_status,
			   mipx_ba_status_name(t->ba_status, t->has_coainfo));
		tick_stat_node(st, "BA by status", 0, FALSE);
		tick_stat_node(st, name, st_mcoa_status, FALSE);
	}
	return TAP_PACKET_REDRAW;
}

void mipx_stats_register(void)
{
	stats_tree_register_plugin("dremip", "dremip", "DREMIP/Messages", 0, dremip_packet, dremip_init, NULL);
	stats_tree_register_plugin("mcoa", "mcoa", "MCoA/Binding Updates and Acknowledgements", 0, mcoa_packet,
				   mcoa_init, NULL);
}
