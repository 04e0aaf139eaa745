/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * The heap in 2 MiB pages where the kernel offers them (issue 7).  mipx's
 * state is many small records spread over the heap; each first touch of a
 * 4 KiB page is a page fault, and on a virtual machine a fault costs some
 * 10 us: 2,700 of them were 10-15% of a run on the 20,000-node capture.
 * glibc's main heap grows by sbrk: it is made to grow in 64 MiB steps (the
 * address space is reserved, not touched), and that first step is marked
 * MADV_HUGEPAGE, so it is faulted in 2 MiB at a time.  Nothing changes
 * where transparent huge pages are off; not done under the sanitizers,
 * whose allocator is not glibc's.
 */
#include <stdint.h>
#include <stdlib.h> /* first: it says whether this is glibc */

#include "heap.h"

#if defined(__GLIBC__) && defined(__linux__)
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#if defined(__SANITIZE_ADDRESS__)
#define MIPX_HEAP_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MIPX_HEAP_SANITIZED 1
#endif
#endif

#define HEAP_STEP (64u << 20)
#define HUGE_PAGE (2u << 20)

void heap_prefer_huge_pages(void)
{
#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE) && \
	!defined(MIPX_HEAP_SANITIZED)
	void *block[8];
	unsigned n = 0;
	uintptr_t start = (uintptr_t)sbrk(0), end;

	/* the heap grows in steps of HEAP_STEP and is not trimmed below it;
	 * blocks of 128 KiB and more still come from mmap (zeroed by the
	 * kernel, and given back when freed: the large hash table arrays) */
	if (!mallopt(M_TOP_PAD, HEAP_STEP) || !mallopt(M_TRIM_THRESHOLD, 2 * HEAP_STEP))
		return;
	/* take the first step now: small blocks until the heap has grown */
	while (n < sizeof(block) / sizeof(block[0]) && (uintptr_t)sbrk(0) == start &&
	       (block[n] = malloc(96u << 10)) != NULL)
		n++;
	start = (start + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
	end = (uintptr_t)sbrk(0) & ~(uintptr_t)(HUGE_PAGE - 1);
	if (end > start)
		(void)madvise((void *)start, end - start, MADV_HUGEPAGE);
	while (n)
		free(block[--n]);
#endif
}
