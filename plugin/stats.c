/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * tshark -z dremip,tree and -z mcoa,tree (Statistics menu in the GUI): the
 * dissectors queue one tap record per message, counted here by type, reply
 * code and extension (DREMIP) and by M flag, IFID, IFPRI and BA status (MCoA).
 *
 * Order.  Both trees sort by name, ascending (ST_SORT_COL_NAME), in the GUI
 * and in tshark alike, instead of by count, whose ties fall in reverse name
 * order (IFID 3 before IFID 1).  A name sort is a string sort, so every
 * number in an item's name is right-aligned in three columns ("IFID   2"
 * before "IFID  10"), and items start with their number ("  1 Registration
 * Request"), so the sort is the numeric order.  The top-level nodes are
 * created in the order a sort gives them: tshark prints them in creation
 * order, the GUI sorts them, and ST_FLG_SORT_TOP keeps the message counts
 * (and DREMIP's replies) first there.
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

#define DREMIP_MESSAGES "DREMIP messages by type"
#define DREMIP_REPLIES "DREMIP replies by code"
#define DREMIP_EXTENSIONS "DREMIP extensions by type"
#define MCOA_MESSAGES "MCoA messages (BU and BA)"
#define MCOA_STATUS "BA by status"
#define MCOA_M "BU by M flag"
#define MCOA_IFID "CoAINFO by IFID"
#define MCOA_IFPRI "CoAINFO by IFPRI"

/* A top-level node that the GUI's name sort keeps first (ST_FLG_SORT_TOP;
 * the top group is sorted by name too). */
static int create_top_node(stats_tree *st, const char *name, bool first)
{
	int id = stats_tree_create_node(st, name, 0, STAT_DT_INT, TRUE);

	if (first)
		stat_node_set_flags(st, name, 0, FALSE, ST_FLG_SORT_TOP);
	return id;
}

static void dremip_init(stats_tree *st)
{
	st_dremip_type = create_top_node(st, DREMIP_MESSAGES, true);
	st_dremip_code = create_top_node(st, DREMIP_REPLIES, true);
	st_dremip_ext = create_top_node(st, DREMIP_EXTENSIONS, false);
}

static tap_packet_status dremip_packet(stats_tree *st, packet_info *pinfo _U_, epan_dissect_t *edt _U_,
				       const void *p, tap_flags_t flags _U_)
{
	const struct mipx_dremip_tap *t = (const struct mipx_dremip_tap *)p;
	char name[96];

	/* Letters sort after digits: the advertisements after the UDP types. */
	if (t->in_advertisement)
		g_strlcpy(name, "Agent Advertisement (ICMP 9)", sizeof(name));
	else
		g_snprintf(name, sizeof(name), "%3u %s", t->type, mipx_mip4_type_name(t->type));
	tick_stat_node(st, DREMIP_MESSAGES, 0, FALSE);
	tick_stat_node(st, name, st_dremip_type, FALSE);
	if (t->has_code) {
		g_snprintf(name, sizeof(name), "%s code %3u (%s)", mipx_mip4_type_name(t->type), t->code,
			   t->type == MIPX_MIP4_ROUTE_REPLY ? mipx_route_code_name(t->code) :
							      mipx_reg_code_name(t->code));
		tick_stat_node(st, DREMIP_REPLIES, 0, FALSE);
		tick_stat_node(st, name, st_dremip_code, FALSE);
	}
	for (unsigned i = 0; i < t->n_ext && i < MIPX_MIP4_MAX_EXTS; i++) {
		g_snprintf(name, sizeof(name), "%3u %s", t->ext_type[i], mipx_mip4_ext_name(t->ext_type[i]));
		tick_stat_node(st, DREMIP_EXTENSIONS, 0, FALSE);
		tick_stat_node(st, name, st_dremip_ext, FALSE);
	}
	return TAP_PACKET_REDRAW;
}

static void mcoa_init(stats_tree *st)
{
	st_mcoa_msgs = create_top_node(st, MCOA_MESSAGES, true);
	st_mcoa_status = create_top_node(st, MCOA_STATUS, false);
	st_mcoa_m = create_top_node(st, MCOA_M, false);
	st_mcoa_ifid = create_top_node(st, MCOA_IFID, false);
	st_mcoa_ifpri = create_top_node(st, MCOA_IFPRI, false);
}

static tap_packet_status mcoa_packet(stats_tree *st, packet_info *pinfo _U_, epan_dissect_t *edt _U_,
				     const void *p, tap_flags_t flags _U_)
{
	const struct mipx_mcoa_tap *t = (const struct mipx_mcoa_tap *)p;
	char name[96];

	g_snprintf(name, sizeof(name), "%3u %s", t->mh_type, mipx_mh_type_name(t->mh_type));
	tick_stat_node(st, MCOA_MESSAGES, 0, FALSE);
	tick_stat_node(st, name, st_mcoa_msgs, FALSE);
	if (t->mh_type == MIPX_MH_BU) {
		tick_stat_node(st, MCOA_M, 0, FALSE);
		tick_stat_node(st, t->m_flag ? "M set" : "M clear", st_mcoa_m, FALSE);
	}
	if (t->has_coainfo) {
		g_snprintf(name, sizeof(name), "IFID %3u", t->ifid);
		tick_stat_node(st, MCOA_IFID, 0, FALSE);
		tick_stat_node(st, name, st_mcoa_ifid, FALSE);
		g_snprintf(name, sizeof(name), "IFPRI %3u", t->ifpri);
		tick_stat_node(st, MCOA_IFPRI, 0, FALSE);
		tick_stat_node(st, name, st_mcoa_ifpri, FALSE);
	}
	if (t->mh_type == MIPX_MH_BA) {
		g_snprintf(name, sizeof(name), "%3u %s", t->ba_status,
			   mipx_ba_status_name(t->ba_status, t->has_coainfo));
		tick_stat_node(st, MCOA_STATUS, 0, FALSE);
		tick_stat_node(st, name, st_mcoa_status, FALSE);
	}
	return TAP_PACKET_REDRAW;
}

void mipx_stats_register(void)
{
	/* The menu path is the name up to its last '/'; the window title is
	 * the rest, so it names the protocol itself.  The abbreviations
	 * (-z dremip,tree, -z mcoa,tree) are a contract. */
	const guint by_name = ST_SORT_COL_NAME << ST_FLG_SRTCOL_SHIFT;

	stats_tree_register_plugin("dremip", "dremip", "DREMIP/DREMIP Messages", by_name, dremip_packet,
				   dremip_init, NULL);
	stats_tree_register_plugin("mcoa", "mcoa", "MCoA/MCoA Binding Updates and Acknowledgements", by_name,
				   mcoa_packet, mcoa_init, NULL);
}
