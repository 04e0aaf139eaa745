/* SPDX-License-Identifier: GPL-2.0-or-later */
#ifndef MIPX_HEAP_H
#define MIPX_HEAP_H

/* Call first thing in main: the heap in huge pages where possible (heap.c). */
void heap_prefer_huge_pages(void);

#endif
