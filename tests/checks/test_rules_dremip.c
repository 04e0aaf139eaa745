/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * DREMIP message and pair rules on messages filled in by hand (no decoder):
 * each rule fires on the bad message with its ID, offset and text, and stays
 * quiet on the good one.  Offsets are wire-format.md 1.1's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "mipx/message_rules.h"
#include "verdicts_util.h"

static void add_ext(struct mipx_mip4_msg *m, uint8_t type, uint16_t offset,
		    uint16_t length)
{
	struct mipx_mip4_ext *e = &m->ext[m->n_ext++];

	memset(e, 0, sizeof *e);
	e->type = type;
	e->header_len = 2;
	e->offset = offset;
	e->length = length;
}

static struct mipx_mip4_msg reg_request(uint8_t flags, uint16_t lifetime)
{
	struct mipx_mip4_msg m;

	memset(&m, 0, sizeof m);
	m.type = MIPX_MIP4_REG_REQUEST;
	m.flags = flags;
	m.lifetime = lifetime;
	m.home_address = 0x0a010005;
	m.registrar = 0x0a020001;
	m.care_of = 0x0a020101;
	m.identification = 0xc0ffee0000000001ull;
	add_ext(&m, MIPX_EXT_MN_HA_AUTH, 24, 20);
	return m;
}

static struct mipx_mip4_msg reg_reply(uint8_t code, uint16_t lifetime)
{
	struct mipx_mip4_msg m;

	memset(&m, 0, sizeof m);
	m.type = MIPX_MIP4_REG_REPLY;
	m.code = code;
	m.lifetime = lifetime;
	m.home_address = 0x0a010005;
	m.registrar = 0x0a020001;
	m.identification = 0xc0ffee0000000001ull;
	return m;
}

/* A reply with its Care-of Address extension (82) then MN-HA auth. */
static struct mipx_mip4_msg reg_reply_coa(uint8_t code, uint16_t lifetime)
{
	struct mipx_mip4_msg m = reg_reply(code, lifetime);

	add_ext(&m, MIPX_EXT_CARE_OF, 20, 6);
	m.ext[0].u.care_of.address = 0x0a020301;
	add_ext(&m, MIPX_EXT_MN_HA_AUTH, 28, 20);
	return m;
}

static struct mipx_mip4_msg route(uint8_t type, uint16_t lifetime, uint64_t ident)
{
	struct mipx_mip4_msg m;

	memset(&m, 0, sizeof m);
	m.type = type;
	m.lifetime = lifetime;
	m.destination = 0x0a010005;
	m.next_hop = 0x0a020101;
	m.identification = ident;
	add_ext(&m, MIPX_EXT_AGENT_SERVER_AUTH, 20, 20);
	return m;
}

/* ---- DRM-RESERVED ---- */

static void test_reserved_clean(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg req = reg_request(MIPX_REG_FLAG_R | MIPX_REG_FLAG_S, 300);
	struct mipx_mip4_msg rr = route(MIPX_MIP4_ROUTE_REQUEST, 300, 7);
	struct mipx_mip4_msg rp = route(MIPX_MIP4_ROUTE_REPLY, 300, 7);
	(void)state;

	rp.code = MIPX_ROUTE_DENIED_LIFETIME; /* a code is not a reserved field */
	mipx_rules_mip4_message(&req, NULL, 0, NULL, &out);
	mipx_rules_mip4_message(&rr, NULL, 0, NULL, &out);
	mipx_rules_mip4_message(&rp, NULL, 0, NULL, &out);
	assert_int_equal(out.count, 0);
}

static void test_reserved_r_flag(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg req = reg_request(MIPX_REG_FLAG_R | MIPX_REG_FLAG_X, 300);
	const struct mipx_verdict *v;
	(void)state;

	req.notes = MIPX_NOTE_RESERVED_NONZERO; /* what the decoder would add */
	mipx_rules_mip4_message(&req, NULL, 0, NULL, &out);
	assert_int_equal(out.count, 1); /* the note does not repeat it */
	v = verdict_of(&out, MIPX_DRM_RESERVED);
	assert_non_null(v);
	assert_int_equal(v->offset, 1);
	assert_int_equal(v->length, 1);
	assert_false(v->about_response);
	assert_string_equal(v->text, "[DRM-RESERVED] reserved flag r (0x01) is set (flags 0x03)");
}

static void test_reserved_route_request(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg rr = route(MIPX_MIP4_ROUTE_REQUEST, 300, 7);
	const struct mipx_verdict *v;
	(void)state;

	rr.reserved = 0x5a;
	mipx_rules_mip4_message(&rr, NULL, 0, NULL, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_RESERVED);
	assert_non_null(v);
	assert_int_equal(v->offset, 1);
	assert_int_equal(v->length, 1);
	assert_string_equal(v->text, "[DRM-RESERVED] Route Request reserved octet is 0x5a");
}

static void test_reserved_coa_ext(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg rep = reg_reply_coa(0, 300);
	const struct mipx_verdict *v;
	(void)state;

	mipx_rules_mip4_message(&rep, NULL, 0, NULL, &out);
	assert_int_equal(out.count, 0);
	rep.ext[0].u.care_of.reserved = 0x0102;
	mipx_rules_mip4_message(&rep, NULL, 0, NULL, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_RESERVED);
	assert_non_null(v);
	assert_int_equal(v->offset, 22); /* ext at 20, reserved after type and length */
	assert_int_equal(v->length, 2);
	assert_string_equal(v->text, "[DRM-RESERVED] Care-of Address extension (82) reserved is 0x0102");
}

static void test_reserved_note_only(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg rep = reg_reply(0, 300);
	const struct mipx_verdict *v;
	(void)state;

	rep.notes = MIPX_NOTE_RESERVED_NONZERO | MIPX_NOTE_TRAILING_OCTETS;
	mipx_rules_mip4_message(&rep, NULL, 0, NULL, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_RESERVED);
	assert_non_null(v);
	assert_int_equal(v->offset, 0);
	assert_int_equal(v->length, 0);
	assert_string_equal(v->text, "[DRM-RESERVED] a reserved field of this Registration Reply is not zero");

	/* other notes alone say nothing */
	out.count = 0;
	rep.notes = MIPX_NOTE_TRAILING_OCTETS | MIPX_NOTE_UNKNOWN_EXTENSION;
	mipx_rules_mip4_message(&rep, NULL, 0, NULL, &out);
	assert_int_equal(out.count, 0);
}

/* ---- DRM-AUTH-MISSING ---- */

static void test_auth_missing(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg rr = route(MIPX_MIP4_ROUTE_REQUEST, 300, 7);
	struct mipx_mip4_msg req = reg_request(MIPX_REG_FLAG_R, 300);
	const struct mipx_verdict *v;
	(void)state;

	/* ends with 83: fine; a registration needs no 83 at its end */
	mipx_rules_mip4_message(&rr, NULL, 0, NULL, &out);
	mipx_rules_mip4_message(&req, NULL, 0, NULL, &out);
	assert_int_equal(out.count, 0);

	/* 83 present but not last */
	add_ext(&rr, MIPX_EXT_REG_SERVER, 42, 10);
	mipx_rules_mip4_message(&rr, NULL, 0, NULL, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_AUTH_MISSING);
	assert_non_null(v);
	assert_int_equal(v->offset, 42);
	assert_int_equal(v->length, 12);
	assert_string_equal(v->text, "[DRM-AUTH-MISSING] Route Request ends with extension 81, "
				     "not Agent-Server Authentication (83)");
}

static void test_auth_missing_no_ext(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg rp = route(MIPX_MIP4_ROUTE_REPLY, 300, 7);
	const struct mipx_verdict *v;
	(void)state;

	rp.n_ext = 0;
	mipx_rules_mip4_message(&rp, NULL, 0, NULL, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_AUTH_MISSING);
	assert_non_null(v);
	assert_int_equal(v->offset, 0);
	assert_int_equal(v->length, 0);
	assert_string_equal(v->text, "[DRM-AUTH-MISSING] Route Reply has no extension; "
				     "it must end with Agent-Server Authentication (83)");

	/* an MN-HA authentication at the end is not the Agent-Server one */
	out.count = 0;
	add_ext(&rp, MIPX_EXT_MN_HA_AUTH, 20, 20);
	mipx_rules_mip4_message(&rp, NULL, 0, NULL, &out);
	assert_int_equal(count_of(&out, MIPX_DRM_AUTH_MISSING), 1);
	assert_int_equal(out.v[0].offset, 20);
	assert_int_equal(out.v[0].length, 22);
}

/* ---- DRM-LT-REPLY ---- */

static void test_lt_reply(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg req = reg_request(MIPX_REG_FLAG_R, 300);
	struct mipx_mip4_msg rep = reg_reply_coa(0, 600);
	const struct mipx_verdict *v;
	(void)state;

	mipx_rules_mip4_pair(&req, &rep, false, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_LT_REPLY);
	assert_non_null(v);
	assert_int_equal(v->offset, 2);
	assert_int_equal(v->length, 2);
	assert_true(v->about_response);
	assert_string_equal(v->text, "[DRM-LT-REPLY] reply grants 600 s, request asked 300 s");

	/* code 1 accepts too */
	out.count = 0;
	rep.code = 1;
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	assert_int_equal(count_of(&out, MIPX_DRM_LT_REPLY), 1);

	/* equal or less: fine; denied (lifetime meaningless): fine */
	out.count = 0;
	rep.code = 0;
	rep.lifetime = 300;
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	rep.lifetime = 299;
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	rep.code = 130;
	rep.lifetime = 600;
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	assert_int_equal(out.count, 0);
}

static void test_lt_reply_infinity(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg req = reg_request(MIPX_REG_FLAG_R, 0xfffe);
	struct mipx_mip4_msg rep = reg_reply_coa(0, 0xffff);
	const struct mipx_verdict *v;
	(void)state;

	/* infinite grant to a finite request, even the largest finite one */
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_LT_REPLY);
	assert_non_null(v);
	assert_string_equal(v->text, "[DRM-LT-REPLY] reply grants infinity (0xffff), request asked 65534 s");

	/* infinite request: no grant exceeds it */
	out.count = 0;
	req.lifetime = 0xffff;
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	rep.lifetime = 0xfffe;
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	assert_int_equal(out.count, 0);
}

/* ---- DRM-LT-ROUTE ---- */

static void test_lt_route(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg rr = route(MIPX_MIP4_ROUTE_REQUEST, 300, 0x1122334455667788ull);
	struct mipx_mip4_msg rp = route(MIPX_MIP4_ROUTE_REPLY, 301, 0x1122334455667788ull);
	const struct mipx_verdict *v;
	(void)state;

	mipx_rules_mip4_pair(&rr, &rp, false, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_LT_ROUTE);
	assert_non_null(v);
	assert_int_equal(v->offset, 2);
	assert_int_equal(v->length, 2);
	assert_true(v->about_response);
	assert_string_equal(v->text, "[DRM-LT-ROUTE] Route Reply grants 301 s, Route Request asked 300 s");

	/* infinity granted to a finite request */
	out.count = 0;
	rp.lifetime = 0xffff;
	mipx_rules_mip4_pair(&rr, &rp, false, &out);
	assert_int_equal(count_of(&out, MIPX_DRM_LT_ROUTE), 1);
	assert_string_equal(out.v[0].text,
			    "[DRM-LT-ROUTE] Route Reply grants infinity (0xffff), Route Request asked 300 s");

	/* a denial's lifetime is ignored (3.5); smaller, disabled, infinite
	 * request: fine */
	out.count = 0;
	rp.code = MIPX_ROUTE_DENIED_LIFETIME;
	mipx_rules_mip4_pair(&rr, &rp, false, &out);
	rp.code = MIPX_ROUTE_ADDED;
	rp.lifetime = 200;
	mipx_rules_mip4_pair(&rr, &rp, false, &out);
	rp.lifetime = 0;
	mipx_rules_mip4_pair(&rr, &rp, false, &out);
	rr.lifetime = 0xffff;
	rp.lifetime = 0xffff;
	mipx_rules_mip4_pair(&rr, &rp, false, &out);
	assert_int_equal(out.count, 0);
}

/* ---- DRM-ID-ROUTE ---- */

static void test_id_route(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg rr = route(MIPX_MIP4_ROUTE_REQUEST, 300, 0x00000001deadbeefull);
	struct mipx_mip4_msg rp = route(MIPX_MIP4_ROUTE_REPLY, 300, 0xffffffffdeadbeefull);
	const struct mipx_verdict *v;
	(void)state;

	/* only the low 32 bits are matched: the high half may differ */
	mipx_rules_mip4_pair(&rr, &rp, false, &out);
	assert_int_equal(out.count, 0);

	rp.identification = 0x00000001deadbef0ull;
	mipx_rules_mip4_pair(&rr, &rp, false, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_ID_ROUTE);
	assert_non_null(v);
	assert_int_equal(v->offset, 16);
	assert_int_equal(v->length, 4);
	assert_true(v->about_response);
	assert_string_equal(v->text, "[DRM-ID-ROUTE] Route Reply identification low 32 bits "
				     "0xdeadbef0, Route Request's 0xdeadbeef");

	/* the low half wraps: 0xffffffff + 1 is 0, not a match */
	out.count = 0;
	rr.identification = 0x00000000ffffffffull;
	rp.identification = 0x0000000100000000ull;
	mipx_rules_mip4_pair(&rr, &rp, false, &out);
	assert_int_equal(count_of(&out, MIPX_DRM_ID_ROUTE), 1);
}

/* ---- DRM-COA-EXT-MISSING ---- */

static void test_coa_ext_missing(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg req = reg_request(MIPX_REG_FLAG_R, 300);
	struct mipx_mip4_msg good = reg_reply_coa(0, 300);
	struct mipx_mip4_msg bad = reg_reply(0, 300);
	const struct mipx_verdict *v;
	(void)state;

	add_ext(&bad, MIPX_EXT_MN_HA_AUTH, 20, 20);
	mipx_rules_mip4_pair(&req, &good, false, &out);
	assert_int_equal(out.count, 0);

	mipx_rules_mip4_pair(&req, &bad, false, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_COA_EXT_MISSING);
	assert_non_null(v);
	assert_int_equal(v->offset, 0);
	assert_int_equal(v->length, 0);
	assert_true(v->about_response);
	assert_string_equal(v->text, "[DRM-COA-EXT-MISSING] accepted reply (code 0) to an R-bit "
				     "request carries no Care-of Address extension (82)");

	/* code 1 is accepted too */
	out.count = 0;
	bad.code = 1;
	mipx_rules_mip4_pair(&req, &bad, false, &out);
	assert_int_equal(count_of(&out, MIPX_DRM_COA_EXT_MISSING), 1);

	/* not when: denied, deregistration accepted, bit read as T, R clear */
	out.count = 0;
	bad.code = 129;
	mipx_rules_mip4_pair(&req, &bad, false, &out);
	bad.code = 0;
	bad.lifetime = 0;
	mipx_rules_mip4_pair(&req, &bad, false, &out);
	bad.lifetime = 300;
	mipx_rules_mip4_pair(&req, &bad, true, &out);
	req.flags = 0;
	mipx_rules_mip4_pair(&req, &bad, false, &out);
	assert_int_equal(out.count, 0);
}

/* ---- DRM-RBIT-MIX ---- */

static void test_rbit_mix_reply(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg req = reg_request(0, 300);
	struct mipx_mip4_msg rep = reg_reply_coa(0, 300);
	const struct mipx_verdict *v;
	(void)state;

	mipx_rules_mip4_pair(&req, &rep, false, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_RBIT_MIX);
	assert_non_null(v);
	assert_int_equal(v->offset, 20);
	assert_int_equal(v->length, 8);
	assert_true(v->about_response);
	assert_string_equal(v->text, "[DRM-RBIT-MIX] reply to an R-bit-clear request carries "
				     "DREMIP extension 82 (1 in all)");

	/* with the bit read as T, a T request is not a DREMIP one either */
	out.count = 0;
	req.flags = MIPX_REG_FLAG_R;
	mipx_rules_mip4_pair(&req, &rep, true, &out);
	assert_int_equal(count_of(&out, MIPX_DRM_RBIT_MIX), 1);

	/* R set: DREMIP extensions are expected */
	out.count = 0;
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	assert_int_equal(out.count, 0);

	/* R clear and a plain RFC 3344 reply: nothing */
	req.flags = 0;
	rep = reg_reply(0, 300);
	add_ext(&rep, MIPX_EXT_MN_HA_AUTH, 20, 20);
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	assert_int_equal(out.count, 0);
}

static void test_rbit_mix_request(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg req = reg_request(0, 300);
	struct mipx_mip4_msg rep = reg_reply(0, 300);
	const struct mipx_verdict *v;
	(void)state;

	/* request: 32 at 24, then 84 (Mobile-Server auth) at 46, then 85 */
	add_ext(&req, MIPX_EXT_MOBILE_SERVER_AUTH, 46, 20);
	add_ext(&req, MIPX_EXT_SERVER_SERVER_AUTH, 68, 20);
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_DRM_RBIT_MIX);
	assert_non_null(v);
	assert_int_equal(v->offset, 46);
	assert_int_equal(v->length, 22);
	assert_false(v->about_response);
	assert_string_equal(v->text, "[DRM-RBIT-MIX] request with the R bit clear carries "
				     "DREMIP extension 84 (2 in all)");

	out.count = 0;
	req.flags = MIPX_REG_FLAG_R;
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	assert_int_equal(count_of(&out, MIPX_DRM_RBIT_MIX), 0);
}

/* Pair rules only pair what pairs; NULLs are harmless. */
static void test_pair_mismatch(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg req = reg_request(MIPX_REG_FLAG_R, 300);
	struct mipx_mip4_msg rp = route(MIPX_MIP4_ROUTE_REPLY, 0xffff, 1);
	struct mipx_mip4_msg rr = route(MIPX_MIP4_ROUTE_REQUEST, 300, 2);
	(void)state;

	mipx_rules_mip4_pair(&req, &rp, false, &out);
	mipx_rules_mip4_pair(&rp, &rr, false, &out);
	mipx_rules_mip4_pair(NULL, &rr, false, &out);
	mipx_rules_mip4_pair(&rr, NULL, false, &out);
	mipx_rules_mip4_pair(&rr, &rp, false, NULL);
	mipx_rules_mip4_message(NULL, NULL, 0, NULL, &out);
	assert_int_equal(out.count, 0);
}

/* 32 bad extensions and a bad flag: 33 verdicts, 16 kept, nothing overrun. */
static void test_verdict_cap(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg rep = reg_reply(0, 300);
	(void)state;

	for (unsigned i = 0; i < MIPX_MIP4_MAX_EXTS; i++) {
		add_ext(&rep, MIPX_EXT_CARE_OF, (uint16_t)(20 + 8 * i), 6);
		rep.ext[i].u.care_of.reserved = (uint16_t)(i + 1);
	}
	mipx_rules_mip4_message(&rep, NULL, 0, NULL, &out);
	assert_int_equal(out.count, MIPX_MAX_VERDICTS);
	assert_int_equal(out.v[0].offset, 22);
	assert_int_equal(out.v[MIPX_MAX_VERDICTS - 1].offset, 22 + 8 * (MIPX_MAX_VERDICTS - 1));
	assert_string_equal(out.v[MIPX_MAX_VERDICTS - 1].text,
			    "[DRM-RESERVED] Care-of Address extension (82) reserved is 0x0010");

	/* already full: stays full */
	mipx_rules_mip4_message(&rep, NULL, 0, NULL, &out);
	assert_int_equal(out.count, MIPX_MAX_VERDICTS);
	assert_int_equal(out.v[0].offset, 22);
}

/* Verdicts append, so message and pair rules can share one array. */
static void test_append(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg rr = route(MIPX_MIP4_ROUTE_REQUEST, 300, 5);
	struct mipx_mip4_msg rp = route(MIPX_MIP4_ROUTE_REPLY, 600, 6);
	(void)state;

	rr.reserved = 1;
	mipx_rules_mip4_message(&rr, NULL, 0, NULL, &out);
	mipx_rules_mip4_pair(&rr, &rp, false, &out);
	assert_int_equal(out.count, 3);
	assert_int_equal(out.v[0].check, MIPX_DRM_RESERVED);
	assert_int_equal(out.v[1].check, MIPX_DRM_LT_ROUTE);
	assert_int_equal(out.v[2].check, MIPX_DRM_ID_ROUTE);
	mipx_verdicts_clear(&out);
	assert_int_equal(out.count, 0);
}

/* The facts outlive the request: pairing a reply with them gives what
 * pairing it with the decoded request gives (the analyzer keeps only them
 * for each open exchange). */
static void test_pair_from_request_facts(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg req = reg_request(0, 300);
	struct mipx_mip4_msg rep = reg_reply(0, 600);
	struct mipx_mip4_request_facts facts;
	const struct mipx_verdict *v;
	(void)state;

	add_ext(&req, MIPX_EXT_MOBILE_SERVER_AUTH, 46, 20);
	add_ext(&req, MIPX_EXT_SERVER_SERVER_AUTH, 68, 20);
	mipx_mip4_request_facts_of(&req, &facts);
	assert_int_equal(facts.n_dremip_ext, 2);
	assert_int_equal(facts.dremip_ext_type, MIPX_EXT_MOBILE_SERVER_AUTH);
	memset(&req, 0xa5, sizeof req); /* the request is gone */
	mipx_rules_mip4_pair_facts(&facts, &rep, false, &out);
	assert_int_equal(out.count, 2);
	v = verdict_of(&out, MIPX_DRM_LT_REPLY);
	assert_non_null(v);
	assert_string_equal(v->text, "[DRM-LT-REPLY] reply grants 600 s, request asked 300 s");
	v = verdict_of(&out, MIPX_DRM_RBIT_MIX);
	assert_non_null(v);
	assert_int_equal(v->offset, 46);
	assert_int_equal(v->length, 22);
	assert_false(v->about_response);
	assert_string_equal(v->text, "[DRM-RBIT-MIX] request with the R bit clear carries "
				     "DREMIP extension 84 (2 in all)");

	/* no request: zero facts, which pair with nothing */
	mipx_mip4_request_facts_of(NULL, &facts);
	assert_int_equal(facts.type, 0);
	out.count = 0;
	mipx_rules_mip4_pair_facts(&facts, &rep, false, &out);
	mipx_rules_mip4_pair_facts(NULL, &rep, false, &out);
	assert_int_equal(out.count, 0);
}

/* Cut by the capture: what was lost is unknown, not absent (no 83 at the
 * end, no 82 in a reply); what is there is still judged. */
static void test_cut_by_capture(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mip4_msg rp = route(MIPX_MIP4_ROUTE_REPLY, 300, 7);
	struct mipx_mip4_msg req = reg_request(MIPX_REG_FLAG_R, 300);
	struct mipx_mip4_msg rep = reg_reply(0, 600);
	(void)state;

	rp.n_ext = 0;
	rp.notes |= MIPX_NOTE_CUT;
	mipx_rules_mip4_message(&rp, NULL, 0, NULL, &out);
	assert_int_equal(count_of(&out, MIPX_DRM_AUTH_MISSING), 0);

	rep.notes |= MIPX_NOTE_CUT;
	out.count = 0;
	mipx_rules_mip4_pair(&req, &rep, false, &out);
	assert_int_equal(count_of(&out, MIPX_DRM_COA_EXT_MISSING), 0);
	assert_int_equal(count_of(&out, MIPX_DRM_LT_REPLY), 1); /* from the fixed part */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pair_from_request_facts),
		cmocka_unit_test(test_reserved_clean),
		cmocka_unit_test(test_reserved_r_flag),
		cmocka_unit_test(test_reserved_route_request),
		cmocka_unit_test(test_reserved_coa_ext),
		cmocka_unit_test(test_reserved_note_only),
		cmocka_unit_test(test_auth_missing),
		cmocka_unit_test(test_auth_missing_no_ext),
		cmocka_unit_test(test_lt_reply),
		cmocka_unit_test(test_lt_reply_infinity),
		cmocka_unit_test(test_lt_route),
		cmocka_unit_test(test_id_route),
		cmocka_unit_test(test_coa_ext_missing),
		cmocka_unit_test(test_cut_by_capture),
		cmocka_unit_test(test_rbit_mix_reply),
		cmocka_unit_test(test_rbit_mix_request),
		cmocka_unit_test(test_pair_mismatch),
		cmocka_unit_test(test_verdict_cap),
		cmocka_unit_test(test_append),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
