/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Extensions shared by registration/route messages and Agent Advertisements.
 * The same type number means different things in the two places (0 is padding
 * only in an advertisement; 16 and 19 exist only there; the 16-bit-length forms
 * 36/38/47 only in messages), so every call says where it is.
 */
#ifndef MIPX_MIP4_EXT_H
#define MIPX_MIP4_EXT_H

#include "cursor.h"
#include "mipx/mip4.h"

enum mipx_ext_place {
	MIPX_EXT_IN_MESSAGE,
	MIPX_EXT_IN_ADVERT,
};

/* mipx_mip4_is_auth_ext, inline for the decoders' per-extension checks. */
static inline bool mipx_ext_is_auth(uint8_t type)
{
	switch (type) {
	case MIPX_EXT_MN_HA_AUTH:
	case MIPX_EXT_MN_FA_AUTH:
	case MIPX_EXT_FA_HA_AUTH:
	case MIPX_EXT_GEN_AUTH:
	case MIPX_EXT_AGENT_SERVER_AUTH:
	case MIPX_EXT_MOBILE_SERVER_AUTH:
	case MIPX_EXT_SERVER_SERVER_AUTH:
		return true;
	}
	return false;
}

/*
 * Decode extensions from the cursor until it is empty.  Offsets are the
 * cursor's positions, so the cursor must span the whole message.
 */
mipx_status mipx_mip4_exts_decode(struct mipx_cursor *c,
				  enum mipx_ext_place place,
				  struct mipx_mip4_ext ext[MIPX_MIP4_MAX_EXTS],
				  uint8_t *n_ext, uint32_t *notes,
				  struct mipx_error *err);

/* Write one extension (its length recomputed from the union for known types). */
mipx_status mipx_mip4_ext_encode(struct mipx_writer *w, enum mipx_ext_place place,
				 const struct mipx_mip4_ext *ext,
				 struct mipx_error *err);

#endif
