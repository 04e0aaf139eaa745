/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Receivers interned: the home agents and correspondent nodes that hold MCoA
 * bindings are few and named by every node, so nodes keep a small id (a
 * million live nodes).  Ids are reclaimed by mark and sweep in nodes_sweep,
 * which walks every node anyway: refcounts would cost a write in every
 * binding change and every node drop for the same result.
 */
#include <string.h>

#include "addr.h"
#include "receivers.h"

static const struct mipx_addr no_addr; /* id 0 */

void receivers_init(struct receiver_table *t)
{
	/* the key is the address the array holds: one copy, freed with it */
	t->ids = g_hash_table_new_full(addr_hash, addr_equal, g_free, NULL);
	t->addrs = g_ptr_array_new();
	g_ptr_array_add(t->addrs, NULL); /* id 0 */
	t->free_ids = g_array_new(FALSE, FALSE, sizeof(uint32_t));
	t->made = 0;
	t->last = 0;
}

void receivers_clear(struct receiver_table *t)
{
	if (t->ids)
		g_hash_table_destroy(t->ids);
	if (t->addrs)
		g_ptr_array_free(t->addrs, TRUE);
	if (t->free_ids)
		g_array_free(t->free_ids, TRUE);
	memset(t, 0, sizeof(*t));
}

uint32_t receiver_find(const struct receiver_table *t, const struct mipx_addr *addr)
{
	const struct mipx_addr *last;
	gpointer id;

	if (addr->family == 0)
		return 0;
	/* freed (NULL) or reused for another address: the compare tells */
	last = t->last < t->addrs->len ? g_ptr_array_index(t->addrs, t->last) : NULL;
	if (last && addr_equal(last, addr))
		return t->last;
	if (!g_hash_table_lookup_extended(t->ids, addr, NULL, &id))
		return RECEIVER_NONE;
	return GPOINTER_TO_UINT(id);
}

uint32_t receiver_intern(struct receiver_table *t, const struct mipx_addr *addr)
{
	uint32_t id = receiver_find(t, addr);
	struct mipx_addr *copy;

	if (id != RECEIVER_NONE) {
		if (id)
			t->last = id;
		return id;
	}
	copy = g_memdup2(addr, sizeof(*addr));
	if (t->free_ids->len) {
		id = g_array_index(t->free_ids, uint32_t, t->free_ids->len - 1);
		g_array_set_size(t->free_ids, t->free_ids->len - 1);
		g_ptr_array_index(t->addrs, id) = copy;
	} else {
		if (t->addrs->len >= RECEIVER_NONE)
			g_error("mipx: more than %u receivers", (unsigned)RECEIVER_NONE - 1);
		id = t->addrs->len;
		g_ptr_array_add(t->addrs, copy);
	}
	g_hash_table_insert(t->ids, copy, GUINT_TO_POINTER(id));
	t->made++;
	t->last = id;
	return id;
}

const struct mipx_addr *receiver_table_addr(const struct receiver_table *t, uint32_t id)
{
	const struct mipx_addr *addr = NULL;

	if (id != 0 && id < t->addrs->len)
		addr = g_ptr_array_index(t->addrs, id);
	return addr ? addr : &no_addr;
}

guint receivers_live(const struct receiver_table *t)
{
	return g_hash_table_size(t->ids);
}

void receivers_sweep(struct receiver_table *t, const uint8_t *mark)
{

	for (uint32_t id = 1; id < t->addrs->len; id++) {
		struct mipx_addr *addr = g_ptr_array_index(t->addrs, id);

		if (!addr || mark[id])
			continue;
		g_ptr_array_index(t->addrs, id) = NULL;
		g_hash_table_remove(t->ids, addr); /* frees addr */
		g_array_append_val(t->free_ids, id);
	}
}
