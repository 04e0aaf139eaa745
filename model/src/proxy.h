/* SPDX-License-Identifier: GPL-2.0-or-later */
/* Proxy Mobile IPv6 (RFC 5213): PBU and PBA into the model. */
#ifndef MIPX_MODEL_PROXY_H
#define MIPX_MODEL_PROXY_H

#include "mipx/packet.h"
#include "mipx/model.h"

struct analysis;

void on_proxy_mh(struct analysis *a, const struct mipx_packet *p,
		 const struct frame_list *here);

#endif
