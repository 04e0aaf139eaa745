/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The entry points Wireshark's plugin loader looks up by name
 * (doc/plugins.example): the version the plugin was built for, and
 * plugin_register, which hands over its protocols.
 */
#include "mipx_plugin.h"

#include <epan/proto.h>
#if MIPX_WS_AT_LEAST(4, 2)
#include <wsutil/plugins.h>
#endif

#ifndef MIPX_PLUGIN_VERSION
#define MIPX_PLUGIN_VERSION "0.1.0"
#endif

WS_DLL_PUBLIC_DEF const char plugin_version[] = MIPX_PLUGIN_VERSION;
WS_DLL_PUBLIC_DEF const int plugin_want_major = WIRESHARK_VERSION_MAJOR;
WS_DLL_PUBLIC_DEF const int plugin_want_minor = WIRESHARK_VERSION_MINOR;

WS_DLL_PUBLIC void plugin_register(void);
#if MIPX_WS_AT_LEAST(4, 2)
/* 4.2 asks each plugin what kind it is. */
WS_DLL_PUBLIC uint32_t plugin_describe(void);
uint32_t plugin_describe(void)
{
	return WS_PLUGIN_DESC_DISSECTOR;
}
#endif

static void register_protoinfo(void)
{
	mipx_proto_register_dremip();
	mipx_proto_register_mcoa();
	mipx_proto_register_state();
	mipx_stats_register();
}

static void register_handoff(void)
{
	mipx_proto_reg_handoff_dremip();
	mipx_proto_reg_handoff_mcoa();
	mipx_proto_reg_handoff_state();
}

void plugin_register(void)
{
	static proto_plugin plug;

	plug.register_protoinfo = register_protoinfo;
	plug.register_handoff = register_handoff;
	proto_register_plugin(&plug);
}
