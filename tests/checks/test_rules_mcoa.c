/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * MCoA message and pair rules on Mobility Headers filled in by hand (no
 * decoder).  Offsets from the start of the MH: BU flags at 8, BA status at
 * 6, lifetimes at 10; options where the test puts them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "mipx/message_rules.h"
#include "verdicts_util.h"

static struct mipx_mh mh_of(uint8_t type)
{
	struct mipx_mh m;

	memset(&m, 0, sizeof m);
	m.payload_proto = 59;
	m.type = type;
	m.coainfo_index = -1;
	m.bid_index = -1;
	m.alt_coa_index = -1;
	return m;
}

/* CoAINFO (full form, length 4) at `offset`. */
static void add_coainfo(struct mipx_mh *m, uint16_t offset, uint8_t ifid,
			uint8_t ifpri, bool literal)
{
	struct mipx_mh_option *o = &m->opt[m->n_opt];

	memset(o, 0, sizeof *o);
	o->type = MIPX_MHOPT_COAINFO_DEFAULT;
	o->length = literal ? 2 : 4;
	o->offset = offset;
	o->kind = MIPX_MHOPT_KIND_COAINFO;
	o->u.coainfo.ifid = ifid;
	o->u.coainfo.ifpri = ifpri;
	o->u.coainfo.literal = literal;
	m->coainfo_index = m->n_opt++;
	if (literal)
		m->notes |= MIPX_NOTE_COAINFO_LITERAL;
}

static void add_padn(struct mipx_mh *m, uint16_t offset, uint8_t length)
{
	struct mipx_mh_option *o = &m->opt[m->n_opt++];

	memset(o, 0, sizeof *o);
	o->type = MIPX_MHOPT_PADN;
	o->length = length;
	o->offset = offset;
	o->kind = MIPX_MHOPT_KIND_PADN;
}

static struct mipx_mh bu(uint16_t flags, bool m_flag, uint16_t lifetime)
{
	struct mipx_mh m = mh_of(MIPX_MH_BU);

	m.sequence = 12;
	m.flags = flags | (m_flag ? MIPX_BU_FLAG_M_DEFAULT : 0);
	m.m_flag = m_flag;
	m.lifetime = lifetime;
	return m;
}

static struct mipx_mh ba(uint8_t status, uint16_t lifetime)
{
	struct mipx_mh m = mh_of(MIPX_MH_BA);

	m.sequence = 12;
	m.status = status;
	m.lifetime = lifetime;
	return m;
}

/* A correct MCoA BU (M flag, CoAINFO at 12) and its status-1 BA. */
static void test_good_exchange(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A, true, 100);
	struct mipx_mh a = ba(1, 100);
	(void)state;

	add_coainfo(&u, 12, 7, 1, false);
	add_padn(&u, 18, 4);
	add_coainfo(&a, 12, 7, 1, false);
	mipx_rules_mh_message(&u, &out);
	mipx_rules_mh_message(&a, &out);
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 0);

	/* plain RFC 6275: no M, no CoAINFO, status 0, shorter grant */
	u = bu(MIPX_BU_FLAG_A | MIPX_BU_FLAG_H, false, 100);
	a = ba(0, 50);
	mipx_rules_mh_message(&u, &out);
	mipx_rules_mh_message(&a, &out);
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 0);
}

static void test_m_no_coainfo(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A, true, 100);
	const struct mipx_verdict *v;
	(void)state;

	/* M at 0x0400 is also NEMO's R (RFC 3963 6.1): the BU alone does
	 * not tell; the verdict waits for the BA or its absence */
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 0);
	{
		struct mipx_mh_bu_facts f;

		mipx_mh_bu_facts_of(&u, &f);
		assert_true(f.m_or_nemo);
		mipx_rules_mh_unanswered(&f, &out);
	}
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_MCOA_M_NO_COAINFO);
	assert_non_null(v);
	assert_int_equal(v->offset, 8);
	assert_int_equal(v->length, 2);
	assert_false(v->about_response);
	assert_string_equal(v->text, "[MCOA-M-NO-COAINFO] BU has the M flag but no CoAINFO "
				     "option: the receiver must drop it");
	/* with the mask at 0x0800 (RFC 5380's M) it is said at once */
	out.count = 0;
	u.flags = MIPX_BU_FLAG_A | 0x0800;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(count_of(&out, MIPX_MCOA_M_NO_COAINFO), 1);
	u = bu(MIPX_BU_FLAG_A, true, 100);

	/* the same bits under another mask: the decoder's m_flag decides */
	out.count = 0;
	u.m_flag = false;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 0);

	/* other message types have no M flag */
	u = mh_of(MIPX_MH_BRR);
	u.m_flag = true;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 0);
}

static void test_m_no_coainfo_accepted(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A, true, 100);
	struct mipx_mh a = ba(0, 100);
	const struct mipx_verdict *v;
	(void)state;

	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_MCOA_M_NO_COAINFO);
	assert_non_null(v);
	assert_int_equal(v->offset, 6);
	assert_int_equal(v->length, 1);
	assert_true(v->about_response);
	assert_string_equal(v->text, "[MCOA-M-NO-COAINFO] BU with the M flag and no CoAINFO "
				     "was acknowledged as accepted (status 0)");

	/* the BA sets NEMO's R: the BU was a mobile router's (RFC 3963 6.1) */
	out.count = 0;
	a.flags = MIPX_BA_FLAG_R;
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 0);
	a.flags = 0;

	/* rejected: that is what 8.3 asks (well, it asks for silence) */
	out.count = 0;
	a.status = 128;
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 0);

	/* status 127 is still an acceptance */
	a.status = 127;
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(count_of(&out, MIPX_MCOA_M_NO_COAINFO), 1);
}

static void test_coainfo_no_m(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A, false, 100);
	const struct mipx_verdict *v;
	(void)state;

	add_padn(&u, 12, 2);
	add_coainfo(&u, 16, 9, 0, false);
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_MCOA_COAINFO_NO_M);
	assert_non_null(v);
	assert_int_equal(v->offset, 16);
	assert_int_equal(v->length, 6);
	assert_string_equal(v->text, "[MCOA-COAINFO-NO-M] BU carries CoAINFO (IFID 9) without the M flag");

	/* CoAINFO in a BA or BRR needs no M flag */
	out.count = 0;
	u.type = MIPX_MH_BRR;
	u.flags = 0;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 0);
}

static void test_home_coainfo(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A | MIPX_BU_FLAG_H, true, 100);
	const struct mipx_verdict *v;
	(void)state;

	add_coainfo(&u, 12, 3, 2, false);
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_MCOA_HOME_COAINFO);
	assert_non_null(v);
	assert_int_equal(v->offset, 12);
	assert_int_equal(v->length, 6);
	assert_string_equal(v->text, "[MCOA-HOME-COAINFO] home registration (H flag) carries "
				     "CoAINFO (IFID 3, IFPRI 2)");
}

static void test_coainfo_len2(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh a = ba(1, 100);
	const struct mipx_verdict *v;
	(void)state;

	/* any message type: here a BA */
	add_coainfo(&a, 12, 5, 0, true);
	mipx_rules_mh_message(&a, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_MCOA_COAINFO_LEN2);
	assert_non_null(v);
	assert_int_equal(v->offset, 12);
	assert_int_equal(v->length, 4);
	assert_string_equal(v->text, "[MCOA-COAINFO-LEN2] CoAINFO (IFID 5) in the draft's literal 2-octet form");

	/* two CoAINFOs, both literal: both told */
	out.count = 0;
	add_coainfo(&a, 16, 6, 1, true);
	mipx_rules_mh_message(&a, &out);
	assert_int_equal(count_of(&out, MIPX_MCOA_COAINFO_LEN2), 2);
	assert_int_equal(out.v[1].offset, 16);
}

/* RFC 6275 6.1.1, 9.2: Header Len below the fixed part, read anyway by
 * the decoder: one warning at offset 1, nothing else. */
static void test_mh_len_short(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A | MIPX_BU_FLAG_H, false, 100);
	const struct mipx_verdict *v;
	(void)state;

	u.header_len = 0;
	u.length = 8;
	u.notes = MIPX_NOTE_MH_LEN_SHORT | MIPX_NOTE_TRAILING_OCTETS;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_MCOA_MH_LEN);
	assert_non_null(v);
	assert_int_equal(v->offset, 1);
	assert_int_equal(v->length, 1);
	assert_int_equal(mipx_check_info(MIPX_MCOA_MH_LEN)->severity, MIPX_SEV_WARNING);
	assert_string_equal(v->text,
		"[MCOA-MH-LEN] Header Len 0 (8 octets) is shorter than the Binding Update's 12");
}

static void test_reserved(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A, true, 100);
	const struct mipx_verdict *v;
	(void)state;

	add_coainfo(&u, 12, 7, 0, false);
	u.opt[0].u.coainfo.reserved = 0xbeef;
	u.notes |= MIPX_NOTE_RESERVED_NONZERO;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 1); /* the note does not repeat it */
	v = verdict_of(&out, MIPX_MCOA_RESERVED);
	assert_non_null(v);
	assert_int_equal(v->offset, 16);
	assert_int_equal(v->length, 2);
	assert_string_equal(v->text, "[MCOA-RESERVED] CoAINFO reserved is 0xbeef");

	/* MH header reserved octet */
	out.count = 0;
	u.opt[0].u.coainfo.reserved = 0;
	u.reserved = 0x80;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 1);
	assert_int_equal(out.v[0].offset, 3);
	assert_int_equal(out.v[0].length, 1);
	assert_string_equal(out.v[0].text, "[MCOA-RESERVED] Mobility Header reserved octet is 0x80");

	/* only the decoder knows (BU reserved flag bits): whole message */
	out.count = 0;
	u.reserved = 0;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 1);
	assert_int_equal(out.v[0].offset, 0);
	assert_int_equal(out.v[0].length, 0);
	assert_string_equal(out.v[0].text,
			    "[MCOA-RESERVED] a reserved field of this mobility message is not zero");

	/* a BRR's own reserved field */
	out.count = 0;
	u = mh_of(MIPX_MH_BRR);
	u.msg_reserved = 0x0001;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 1);
	assert_int_equal(out.v[0].offset, 6);
	assert_int_equal(out.v[0].length, 2);
	assert_string_equal(out.v[0].text, "[MCOA-RESERVED] message reserved field is 0x0001");

	/* BA flag bits other than K, BE reserved octet */
	out.count = 0;
	u = ba(0, 10);
	u.flags = MIPX_BA_FLAG_K;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 0);
	/* K R P T B are IANA's (RFC 3963 6.1, RFC 5213 8.2, RFC 5845, RFC 6602) */
	u.flags = MIPX_BA_FLAG_K | MIPX_BA_FLAG_R | MIPX_BA_FLAG_P | MIPX_BA_FLAG_T | MIPX_BA_FLAG_B;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 0);
	u.flags = MIPX_BA_FLAG_K | MIPX_BA_FLAG_P | 0x01;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 1);
	assert_int_equal(out.v[0].offset, 7);
	assert_int_equal(out.v[0].length, 1);
	assert_string_equal(out.v[0].text, "[MCOA-RESERVED] BA reserved flag bits are 0x01");
	out.count = 0;
	u = mh_of(MIPX_MH_BE);
	u.status = 2;
	u.msg_reserved = 0x40;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(out.count, 1);
	assert_int_equal(out.v[0].offset, 7);
	assert_string_equal(out.v[0].text, "[MCOA-RESERVED] BE reserved octet is 0x40");
}

static void test_ba_no_coainfo(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A, true, 100);
	struct mipx_mh a = ba(0, 100);
	const struct mipx_verdict *v;
	(void)state;

	add_coainfo(&u, 12, 7, 1, false);
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_MCOA_BA_NO_COAINFO);
	assert_non_null(v);
	assert_int_equal(v->offset, 0);
	assert_int_equal(v->length, 0);
	assert_true(v->about_response);
	assert_string_equal(v->text, "[MCOA-BA-NO-COAINFO] BA (status 0) does not echo the BU's "
				     "CoAINFO (IFID 7): the receiver does not do MCoA");

	/* a rejection without CoAINFO too (7.4 says BA MUST contain it) */
	out.count = 0;
	a.status = 135;
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(count_of(&out, MIPX_MCOA_BA_NO_COAINFO), 1);

	/* echoed: fine; BU without CoAINFO: nothing to echo */
	out.count = 0;
	add_coainfo(&a, 12, 7, 1, false);
	mipx_rules_mh_pair(&u, &a, &out);
	u = bu(MIPX_BU_FLAG_A, false, 100);
	a = ba(0, 100);
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 0);
}

static void test_status1_no_coainfo(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A, true, 100);
	struct mipx_mh a = ba(1, 100);
	const struct mipx_verdict *v;
	(void)state;

	add_coainfo(&u, 12, 4, 2, false);
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 1); /* not also BA-NO-COAINFO */
	v = verdict_of(&out, MIPX_MCOA_STATUS1_NO_COAINFO);
	assert_non_null(v);
	assert_int_equal(v->offset, 6);
	assert_int_equal(v->length, 1);
	assert_true(v->about_response);
	assert_string_equal(v->text, "[MCOA-STATUS1-NO-COAINFO] BA status 1 answers a BU with "
				     "CoAINFO (IFID 4) but carries no CoAINFO");

	/* status 1 to a BU without CoAINFO is RFC 6275's prefix discovery */
	out.count = 0;
	u = bu(MIPX_BU_FLAG_A, false, 100);
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 0);
}

static void test_lt_ba(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A, false, 100);
	struct mipx_mh a = ba(0, 200);
	const struct mipx_verdict *v;
	(void)state;

	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 1);
	v = verdict_of(&out, MIPX_MCOA_LT_BA);
	assert_non_null(v);
	assert_int_equal(v->offset, 10);
	assert_int_equal(v->length, 2);
	assert_true(v->about_response);
	assert_string_equal(v->text, "[MCOA-LT-BA] BA grants 800 s, BU asked 400 s");

	/* the largest lifetimes do not wrap in seconds (0xffff * 4) */
	out.count = 0;
	u.lifetime = 0xfffe;
	a.lifetime = 0xffff;
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 1);
	assert_string_equal(out.v[0].text, "[MCOA-LT-BA] BA grants 262140 s, BU asked 262136 s");

	/* in MIPv6 0xffff is not infinity: asking for it bounds the grant */
	out.count = 0;
	u.lifetime = 0xffff;
	mipx_rules_mh_pair(&u, &a, &out);
	/* equal, smaller, or a rejection (lifetime meaningless): fine */
	u.lifetime = 100;
	a.lifetime = 100;
	mipx_rules_mh_pair(&u, &a, &out);
	a.lifetime = 0;
	mipx_rules_mh_pair(&u, &a, &out);
	a.status = 129;
	a.lifetime = 500;
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 0);
}

static void test_pair_types(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A, true, 100);
	struct mipx_mh a = ba(0, 200);
	(void)state;

	/* swapped, or a BE for a BA: not a pair */
	mipx_rules_mh_pair(&a, &u, &out);
	a.type = MIPX_MH_BE;
	mipx_rules_mh_pair(&u, &a, &out);
	mipx_rules_mh_pair(NULL, &a, &out);
	mipx_rules_mh_pair(&u, NULL, &out);
	mipx_rules_mh_message(NULL, &out);
	assert_int_equal(out.count, 0);
}

/* Every option a literal CoAINFO: 32 verdicts wanted, 16 kept. */
static void test_cap(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh a = ba(1, 10);
	(void)state;

	for (unsigned i = 0; i < MIPX_MH_MAX_OPTIONS; i++)
		add_coainfo(&a, (uint16_t)(12 + 4 * i), (uint8_t)i, 0, true);
	mipx_rules_mh_message(&a, &out);
	assert_int_equal(out.count, MIPX_MAX_VERDICTS);
	assert_int_equal(out.v[MIPX_MAX_VERDICTS - 1].offset, 12 + 4 * (MIPX_MAX_VERDICTS - 1));
}

/* Pairing a BA with the facts of its BU, the BU itself gone, gives what
 * pairing it with the decoded BU gives. */
static void test_pair_from_bu_facts(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A, true, 100);
	struct mipx_mh a = ba(1, 200);
	struct mipx_mh_bu_facts facts;
	const struct mipx_verdict *v;
	(void)state;

	add_padn(&u, 12, 4);
	add_coainfo(&u, 16, 9, 1, false);
	mipx_mh_bu_facts_of(&u, &facts);
	assert_true(facts.coainfo);
	assert_int_equal(facts.ifid, 9);
	memset(&u, 0xa5, sizeof u); /* the BU is gone */
	mipx_rules_mh_pair_facts(&facts, &a, &out);
	assert_int_equal(out.count, 2);
	v = verdict_of(&out, MIPX_MCOA_STATUS1_NO_COAINFO);
	assert_non_null(v);
	assert_string_equal(v->text, "[MCOA-STATUS1-NO-COAINFO] BA status 1 answers a BU with "
				     "CoAINFO (IFID 9) but carries no CoAINFO");
	assert_non_null(verdict_of(&out, MIPX_MCOA_LT_BA));

	/* M flag without CoAINFO, accepted */
	u = bu(MIPX_BU_FLAG_A, true, 100);
	mipx_mh_bu_facts_of(&u, &facts);
	out.count = 0;
	mipx_rules_mh_pair_facts(&facts, &a, &out);
	assert_int_equal(count_of(&out, MIPX_MCOA_M_NO_COAINFO), 1);
	/* no BU: nothing */
	mipx_mh_bu_facts_of(NULL, &facts);
	out.count = 0;
	mipx_rules_mh_pair_facts(&facts, &a, &out);
	mipx_rules_mh_pair_facts(NULL, &a, &out);
	assert_int_equal(out.count, 0);
}

/* NEMO (RFC 3963 6.1-6.2) and PMIPv6 (RFC 5213 8.1) BUs are not MCoA's. */
static void test_nemo_and_proxy_not_mcoa(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A | MIPX_BU_FLAG_H, true, 100);
	struct mipx_mh a = ba(0, 100);
	struct mipx_mh_bu_facts f;
	(void)state;

	/* explicit mode: a Mobile Network Prefix option */
	u.opt[0].kind = MIPX_MHOPT_KIND_MNP;
	u.opt[0].type = MIPX_MHOPT_MNP;
	u.opt[0].length = 18;
	u.opt[0].offset = 12;
	u.n_opt = 1;
	u.mnp_index = 0;
	mipx_rules_mh_message(&u, &out);
	mipx_mh_bu_facts_of(&u, &f);
	mipx_rules_mh_unanswered(&f, &out);
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(out.count, 0);
	/* a BA with every IANA flag: no reserved bit */
	a.flags = MIPX_BA_FLAGS_ASSIGNED;
	mipx_rules_mh_message(&a, &out);
	assert_int_equal(out.count, 0);

	/* a PBU: P flag, sequence 0 */
	u = bu(MIPX_BU_FLAG_A | MIPX_BU_FLAG_H | MIPX_BU_FLAG_P, false, 100);
	u.sequence = 0;
	mipx_rules_mh_message(&u, &out);
	mipx_mh_bu_facts_of(&u, &f);
	assert_true(f.proxy);
	mipx_rules_mh_pair_facts(&f, &a, &out);
	assert_int_equal(out.count, 0);
}

/* Cut by the capture: a CoAINFO may be in the lost tail of the BU or BA. */
static void test_cut_by_capture(void **state)
{
	struct mipx_verdicts out = { 0 };
	struct mipx_mh u = bu(MIPX_BU_FLAG_A, true, 100);
	struct mipx_mh a = ba(0, 100);
	struct mipx_mh c = bu(MIPX_BU_FLAG_A, true, 100);
	(void)state;

	u.notes |= MIPX_NOTE_CUT;
	mipx_rules_mh_message(&u, &out);
	assert_int_equal(count_of(&out, MIPX_MCOA_M_NO_COAINFO), 0);
	mipx_rules_mh_pair(&u, &a, &out);
	assert_int_equal(count_of(&out, MIPX_MCOA_M_NO_COAINFO), 0);

	add_coainfo(&c, 12, 7, 1, false);
	a.notes |= MIPX_NOTE_CUT;
	a.status = 1;
	out.count = 0;
	mipx_rules_mh_pair(&c, &a, &out);
	assert_int_equal(count_of(&out, MIPX_MCOA_BA_NO_COAINFO), 0);
	assert_int_equal(count_of(&out, MIPX_MCOA_STATUS1_NO_COAINFO), 0);
	a.lifetime = 200; /* the fixed part is still judged */
	mipx_rules_mh_pair(&c, &a, &out);
	assert_int_equal(count_of(&out, MIPX_MCOA_LT_BA), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pair_from_bu_facts),
		cmocka_unit_test(test_good_exchange),
		cmocka_unit_test(test_m_no_coainfo),
		cmocka_unit_test(test_m_no_coainfo_accepted),
		cmocka_unit_test(test_nemo_and_proxy_not_mcoa),
		cmocka_unit_test(test_coainfo_no_m),
		cmocka_unit_test(test_home_coainfo),
		cmocka_unit_test(test_coainfo_len2),
		cmocka_unit_test(test_mh_len_short),
		cmocka_unit_test(test_reserved),
		cmocka_unit_test(test_ba_no_coainfo),
		cmocka_unit_test(test_cut_by_capture),
		cmocka_unit_test(test_status1_no_coainfo),
		cmocka_unit_test(test_lt_ba),
		cmocka_unit_test(test_pair_types),
		cmocka_unit_test(test_cap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
