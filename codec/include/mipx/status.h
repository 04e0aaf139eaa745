/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * What a decoder says about its input: exactly one of ok, truncated or
 * invalid, plus notes for oddities that do not stop decoding.
 *
 * Truncated means the bytes ran out before the structure did (the capture
 * stopped early, or a length field points past the end).  Invalid means the
 * bytes are there and wrong (a length that cannot be, an unknown message type).
 * Users need to know which, so every decoder fills a struct mipx_error.
 */
#ifndef MIPX_STATUS_H
#define MIPX_STATUS_H

#include <stddef.h>
#include <stdint.h>

typedef enum mipx_status {
	MIPX_OK = 0,
	MIPX_TRUNCATED = 1, /* input ended early; err.offset = first missing octet */
	MIPX_INVALID = 2,   /* input present but wrong; err.field/err.reason say how */
} mipx_status;

/*
 * Filled by every decoder and encoder; meaningful when status != MIPX_OK.
 * field and reason are static strings (never freed, never NULL when set).
 * offset counts octets from the start of the buffer handed to that decoder.
 * For encoders, MIPX_TRUNCATED means the output buffer was too small and
 * MIPX_INVALID means the structure cannot be written (e.g. count 0).
 */
struct mipx_error {
	mipx_status status;
	size_t offset;
	const char *field;
	const char *reason;
};

/* Notes: decoded fine, but worth telling (bit set in a message's .notes). */
enum mipx_note {
	MIPX_NOTE_RESERVED_NONZERO = 1u << 0, /* a reserved field or bit is not zero */
	MIPX_NOTE_TRAILING_OCTETS = 1u << 1,  /* octets after the last structure */
	MIPX_NOTE_COAINFO_LITERAL = 1u << 2,  /* CoAINFO in the draft's 2-octet form */
	MIPX_NOTE_UNKNOWN_EXTENSION = 1u << 3,/* an extension/option kept as raw bytes */
	MIPX_NOTE_BAD_CHECKSUM = 1u << 4,     /* an IP/UDP/ICMP/MH checksum is wrong */
	MIPX_NOTE_AUTH_NOT_LAST = 1u << 5,    /* an authentication ext is not the last one */
	/* The capture stopped inside this message (snap length): what was not
	 * captured is unknown, not absent.  Set by mipx_packet_decode. */
	MIPX_NOTE_CUT = 1u << 30,
};

const char *mipx_status_name(mipx_status status);

/* Convenience for decoders: set err and return its status. */
static inline mipx_status mipx_fail(struct mipx_error *err, mipx_status status,
				    size_t offset, const char *field,
				    const char *reason)
{
	if (err) {
		err->status = status;
		err->offset = offset;
		err->field = field;
		err->reason = reason;
	}
	return status;
}

#endif
