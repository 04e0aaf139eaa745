/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What the files of the Wireshark plugin share: the two protocols, their
 * preferences, the expert infos made from the check catalogue, and the tap
 * records the statistics trees count.  See ../../shared/spec/plugin.md.
 */
#ifndef MIPX_PLUGIN_H
#define MIPX_PLUGIN_H

#include <stdbool.h>
#include <stdint.h>

#include <ws_version.h>
#include <epan/packet.h>
#include <epan/expert.h>
#include <epan/prefs.h>

#include "mipx/auth.h"
#include "mipx/message_rules.h"
#include "mipx/mip4.h"
#include "mipx/mip6.h"
#include "mipx/model.h"

#define MIPX_WS_AT_LEAST(maj, min) \
	(WIRESHARK_VERSION_MAJOR > (maj) || \
	 (WIRESHARK_VERSION_MAJOR == (maj) && WIRESHARK_VERSION_MINOR >= (min)))

/* Registration and handoff of each protocol (plugin.c calls them). */
void mipx_proto_register_dremip(void);
void mipx_proto_reg_handoff_dremip(void);
void mipx_proto_register_mcoa(void);
void mipx_proto_reg_handoff_mcoa(void);
void mipx_proto_register_state(void);
void mipx_proto_reg_handoff_state(void);

/* The preferences the model runs with too (state.c), so that the plugin
 * and the analyzer given the same options agree. */
uint16_t mipx_dremip_udp_port(void);
enum rbit_mode mipx_dremip_rbit(void);
const struct mipx_keyring *mipx_dremip_keyring(void); /* NULL: no keys */

/* keys.c: the keys of the table dremip_keys and of the deprecated text
 * preference dremip.keys, merged (the table wins on an SPI in both). */
void mipx_keys_register(module_t *module); /* both preferences, under dremip */
void mipx_keys_apply(void);                 /* rebuild the keyring after a change */
const struct mipx_key *mipx_dremip_key(uint32_t spi); /* NULL: no key for it */
struct mipx_mip6_settings mipx_mcoa_settings(void);
enum checksum_mode mipx_checksum_mode(void); /* preference mipx.checksums */
/* checksum.c: the fields <name>.checksum and <name>.checksum.status of
 * protocol proto ("dremip": UDP and ICMP; "mcoa": the MH), and the line
 * with the status and expert info for a message (of tvb, the frame's own
 * payload of that kind) whose checksum is not right. */
void mipx_checksum_register(int proto, const char *name);
void mipx_checksum_tree(proto_tree *tree, tvbuff_t *tvb, packet_info *pinfo,
			enum mipx_payload_kind kind);

/* dremip.c, shared with dremip_adv.c */
extern int mipx_proto_dremip;
void mipx_dremip_register_adv(void);
void mipx_dremip_handoff_adv(void);
/* One extension as a subtree (type, length, then its fields), the same
 * fields in registration, route and advertisement messages.  buf/len are
 * the decoded bytes that tvb shows from offset 0. */
void mipx_dremip_add_ext(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb,
			 const uint8_t *buf, size_t len,
			 const struct mipx_mip4_ext *ext);
/* This frame shows DREMIP (an 81 in an agent advertisement, say): from it
 * on, preference dremip.rbit = auto reads request flag 0x02 as R.  Noted on
 * the first pass only, so every pass reads a frame the same way. */
void mipx_dremip_shown(packet_info *pinfo);

/* builtin.c: switch handles in front of the built-in dissectors. */
enum { MIPX_BUILTIN_MIP = 1, MIPX_BUILTIN_ICMP = 2, MIPX_BUILTIN_MIP6 = 3 };
void mipx_builtin_register(int proto);
/* A handle for fn that carries builtin's protocol; NULL without builtin. */
dissector_handle_t mipx_builtin_wrap(const char *builtin, unsigned key, dissector_t fn,
				     const char *switch_name, const char *description);
/* Run the built-in dissector without adding its layer again. */
int mipx_builtin_call(unsigned key, tvbuff_t *tvb, packet_info *pinfo, proto_tree *tree, void *data);

/* expert.c: one expert info per check of the catalogue, registered under
 * the protocol its expert name starts with. */
void mipx_expert_register(int proto, const char *prefix); /* "dremip.", "mcoa.", "mipx." */
/* Each verdict as an expert info over [base + offset, + length) of tvb
 * (clamped to the captured bytes); returns how many were added.  Pair
 * verdicts are shown on the response (pair_on_response): the one frame
 * that completes the pair, whatever the pass. */
unsigned mipx_expert_add(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb,
			 int base, int msg_len,
			 const struct mipx_verdicts *verdicts, bool pair_on_response);
/* A finding of the model as an expert info on the frame whose top-level
 * tvb is given (no bytes of it: the finding is about the exchange). */
void mipx_expert_add_finding(proto_tree *tree, packet_info *pinfo, tvbuff_t *tvb,
			     const struct finding *finding);

/* linktype.c: the frame's pcap link type if the codec reads it, else -1. */
int mipx_linktype_of(const packet_info *pinfo);

/* Copy the captured bytes of tvb from offset into pinfo->pool memory. */
/*
 * The capture's snap length, not the sender, ended this message: the tvb
 * holds fewer octets than its reported length and the decoder ran out of
 * captured octets (or stopped exactly at their end).  Such a message is
 * not malformed; Wireshark's own "packet size limited during capture"
 * handling says what is missing.
 */
bool mipx_tvb_cut(tvbuff_t *tvb, mipx_status status, const struct mipx_error *err);
const uint8_t *mipx_tvb_bytes(packet_info *pinfo, tvbuff_t *tvb, int offset,
			      size_t *len);

/* Lifetime text ("300 s", "infinite") into out. */
const char *mipx_lifetime_str(uint16_t lifetime, char out[24]);

/* Tap records (stats.c counts them). */
struct mipx_dremip_tap {
	uint8_t type;
	bool has_code;
	uint8_t code;
	uint8_t n_ext;
	uint8_t ext_type[MIPX_MIP4_MAX_EXTS];
	bool in_advertisement;
};
struct mipx_mcoa_tap {
	uint8_t mh_type; /* BU or BA */
	bool m_flag;
	bool has_coainfo;
	uint8_t ifid, ifpri;
	uint8_t ba_status;
};
extern int mipx_dremip_tap;
extern int mipx_mcoa_tap;
void mipx_stats_register(void);

#endif
