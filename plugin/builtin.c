/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Standing in front of a built-in dissector without changing what it shows.
 *
 * The plugin owns udp.port 434, ip.proto 1 and ip.proto 135 with "switch"
 * handles that first let the built-in dissector (mip, icmp, mipv6) run.  A
 * switch handle carries the built-in dissector's protocol, so the table
 * lookup adds exactly the layer the built-in one would have added; the
 * built-in dissector is then called from a private table without adding its
 * name a second time.  frame.protocols, the tree and the columns of a
 * message the plugin does not own stay byte for byte what they were.
 */
#include "mipx_plugin.h"

static dissector_table_t builtin_table;

void mipx_builtin_register(int proto)
{
	builtin_table = register_dissector_table("mipx.builtin", "Built-in dissectors mipx stands in front of",
						 proto, FT_UINT32, BASE_DEC);
}

dissector_handle_t mipx_builtin_wrap(const char *builtin, unsigned key, dissector_t fn,
				     const char *switch_name, const char *description)
{
	dissector_handle_t handle = find_dissector(builtin);

	if (!handle || !builtin_table)
		return NULL;
	dissector_add_uint("mipx.builtin", key, handle);
	return create_dissector_handle_with_name_and_description(
		fn, dissector_handle_get_protocol_index(handle), switch_name, description);
}

int mipx_builtin_call(unsigned key, tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data)
{
	return dissector_try_uint_new(builtin_table, key, tvb, pinfo, tree, FALSE, data);
}
