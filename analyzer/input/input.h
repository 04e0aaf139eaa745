/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Capture files read through libpcap, merged by timestamp into one stream
 * (several files are vantage points of one network), each frame numbered
 * 1-based within its own file, as Wireshark shows it.
 */
#ifndef MIPX_INPUT_H
#define MIPX_INPUT_H

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>
#include <pcap/pcap.h>

#include "mipx/frame.h"
#include "pcapng_reader.h"

struct input_file {
	char *name;
	pcap_t *pcap;
	char *read_buffer; /* the stdio buffer under pcap, while it is open */
	int linktype;
	uint32_t frame;    /* frames read so far */
	uint64_t messages; /* Mobile IP messages among them */
	/* Frames the capture cut (captured length below the frame's length,
	 * inside a header or a Mobile IP message), the first of them, and the
	 * snap length the file's header gives (0: not known) */
	uint64_t cut;
	uint32_t first_cut;
	uint32_t cut_largest;
	uint32_t snaplen;
	uint64_t tunnelled[MIPX_TUNNEL_KINDS]; /* messages, by outermost tunnel */
	uint64_t reassembled, frag_dropped;    /* datagrams (reassembly.h) */
	bool head;         /* hdr/data hold the next frame, not yet returned */
	bool consumed;     /* the last frame returned came from this file */
	bool done;
	bool failed;       /* could not be opened or read to its end */
	/* The file ends inside a record (a capture stopped or copied while
	 * being written): the frames before it stand, and this one (1-based)
	 * is lost; not a failure */
	bool cut_short;
	uint32_t cut_short_frame;
	unsigned errors;   /* frame errors printed */
	int64_t last_ts;    /* of the previous frame, to notice time going back */
	struct pcap_pkthdr *hdr;
	const unsigned char *data;
	int head_linktype;  /* of the frame in hdr/data */
	/* pcapng whose interfaces differ in link type: read on here from the
	 * packet libpcap stopped at (pcapng_reader.h) */
	struct pcapng_reader *ng;
	struct pcapng_packet ng_pkt;
	uint64_t interfaces_told; /* interfaces 0-63 named as not decodable */
	/* Closed until the merge reaches its first frame (input_open) */
	bool parked;
	struct timeval first; /* that frame's time, as libpcap gave it */
};

struct input_set {
	struct input_file *files;
	unsigned count;
	bool unreadable; /* some input could not be read: exit 2 */
	/* The merge: files open now (their index), and the parked ones in the
	 * order of their first frame, opened one by one as it comes. */
	unsigned *active, n_active;
	unsigned *parked, n_parked, next_parked;
};

/* The next frame of the merged stream. */
struct input_frame {
	unsigned file;
	uint32_t frame; /* 1-based */
	int64_t ts;      /* microseconds since the epoch */
	const unsigned char *data;
	uint32_t caplen, len;
	int linktype;
};

/* Opens every file and reads its first frame; those that fail are reported
 * on stderr and skipped.  The others are closed again ("parked") and opened
 * when the merge reaches their first frame, and closed at their end: a day
 * of rotated captures holds one or two open at a time, not one descriptor
 * and one libpcap buffer per file (standard input stays open). */
void input_open(struct input_set *set, char **names, unsigned count);
void input_close(struct input_set *set);
/* Capture time (microseconds) of the earliest first frame, or INT64_MIN
 * with no frames. */
int64_t input_first_ts(struct input_set *set);
bool input_next(struct input_set *set, struct input_frame *out);
/* "mipx: FILE: frame N: ..." on stderr, at most a screenful per file. */
void input_frame_error(struct input_set *set, unsigned file, uint32_t frame,
		       const char *fmt, ...) G_GNUC_PRINTF(4, 5);

#endif
