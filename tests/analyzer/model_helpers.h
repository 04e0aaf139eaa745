/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Hand-built messages for the model tests: each is filled in field by field,
 * encoded by the codec and decoded back (so that extension pointers point
 * into real bytes, as they do for captured frames), then fed to the model
 * with made-up IP addresses and frame numbers.  No captures involved.
 */
#ifndef MIPX_TEST_MODEL_HELPERS_H
#define MIPX_TEST_MODEL_HELPERS_H

#include "report.h"

/* white-box: the model's own headers */
#include "analysis.h"
#include "binding_cache.h"
#include "cap_time.h"
#include "chain.h"
#include "exchange.h"
#include "node.h"
#include "prune.h"
#include "rbit.h"
#include "receivers.h"
#include "small_vec.h"
#include "record.h"
#include "topology.h"
#include "tunnel.h"

/* Seconds written in a test, as capture microseconds (rounded to nearest). */
#define S(sec) ((cap_time)((sec) * 1e6 + 0.5))

#define IP(a, b, c, d) ((uint32_t)(a) << 24 | (uint32_t)(b) << 16 | (uint32_t)(c) << 8 | (uint32_t)(d))

/* A new analysis with default settings (topology may be NULL). */
struct analysis *t_analysis(const struct topology *topology);
/* The same with request flag 0x02 read as `mode` says. */
struct analysis *t_analysis_rbit(const struct topology *topology, enum rbit_mode mode);

/* An RFC 3344 registration message: flags 0x02 is RFC 3024's T here,
 * Mobile-Home Authentication, no DREMIP extension (code ignored in a
 * request, flags in a reply). */
void t_mip4_request(struct analysis *a, double ts, uint32_t src, uint32_t dst,
		    uint32_t home, uint32_t home_agent, uint32_t care_of,
		    uint8_t flags, uint16_t lifetime, uint64_t id);
void t_mip4_reply(struct analysis *a, double ts, uint32_t src, uint32_t dst,
		  uint32_t home, uint32_t home_agent, uint8_t code,
		  uint16_t lifetime, uint64_t id);
/* Frame numbers handed out so far (1-based, file 0). */
uint32_t t_last_frame(void);

void t_reg_request(struct analysis *a, double ts, uint32_t src, uint32_t dst,
		   uint32_t home, uint32_t registrar, uint32_t care_of,
		   uint16_t lifetime, uint64_t id, bool rbit);
/* parent_coa 0: no Care-of Address extension. */
void t_reg_reply(struct analysis *a, double ts, uint32_t src, uint32_t dst,
		 uint32_t home, uint32_t registrar, uint8_t code, uint16_t lifetime,
		 uint64_t id, uint32_t parent_coa);
void t_route_request(struct analysis *a, double ts, uint32_t server, uint32_t agent,
		     uint32_t dest, uint32_t next_hop, uint16_t lifetime, uint64_t id);
void t_route_reply(struct analysis *a, double ts, uint32_t agent, uint32_t server,
		   uint32_t dest, uint32_t next_hop, uint8_t code, uint16_t lifetime,
		   uint64_t id);
/* A whole DREMIP registration: request, route request/reply, reply. */
void t_registration(struct analysis *a, double ts, uint32_t home, uint32_t registrar,
		    uint32_t child, uint32_t parent, uint16_t lifetime, uint64_t id);

/* ifid < 0: no CoAINFO.  lifetime in 4-second units, as on the wire. */
void t_bu(struct analysis *a, double ts, const uint8_t mn[16], const uint8_t receiver[16],
	  const uint8_t coa[16], uint16_t seq, uint16_t lifetime, uint16_t flags,
	  int ifid, uint8_t ifpri);
void t_ba(struct analysis *a, double ts, const uint8_t receiver[16], const uint8_t mn[16],
	  uint16_t seq, uint8_t status, uint16_t lifetime, int ifid, uint8_t ifpri);

/* A BA with its flag octet (no options): NEMO's R is 0x40 (RFC 3963 6.1). */
void t_ba_flags(struct analysis *a, double ts, const uint8_t receiver[16], const uint8_t mn[16],
		uint16_t seq, uint8_t status, uint16_t lifetime, uint8_t flags);

/* A Mobility Header as written in `mh` (checksum not checked), from
 * `src` without a Home Address option. */
void t_mh_raw(struct analysis *a, double ts, const uint8_t src[16], const uint8_t dst[16],
	      const uint8_t *mh, size_t len);

/* A Care-of Test Init from a care-of address to a correspondent node. */
void t_coti(struct analysis *a, double ts, const uint8_t coa[16], const uint8_t cn[16]);
/* An agent advertisement from `src` whose extension 81 names `server`. */
void t_advert(struct analysis *a, double ts, uint32_t src, uint32_t server,
	      uint16_t lifetime);
/* A Binding Error from `sender` to the node. */
void t_be(struct analysis *a, double ts, const uint8_t sender[16], const uint8_t mn[16],
	  uint8_t status);

/* The binding of n at `receiver` with that key, or NULL. */
const struct binding *t_binding(const struct analysis *a, const struct node *n,
				const struct mipx_addr *receiver, enum binding_key kind,
				uint16_t key);
unsigned t_count(const struct analysis *a, enum mipx_check_id id);
/* An IPv6 address 2001:db8:<net>::<host>. */
void t_ip6(uint8_t out[16], uint16_t net, uint16_t host);

#endif
