// SPDX-License-Identifier: GPL-2.0-or-later
// The HTML report's script: draws a page of nodes at a time from the data
// report_html.c embedded (a JSON block with times, files and findings, and
// the nodes in blocks parsed only when shown), each as a timeline of its
// registrations, tunnels and bindings and a graph of its agents.
(function () {
  'use strict';
  const PAGE = 20;
  const SEV = ['info', 'warning', 'error'];
  const NS = 'http://www.w3.org/2000/svg';
  const data = JSON.parse(document.getElementById('mipx-data').textContent);
  const blocks = document.querySelectorAll('script.mipx-nodes');
  const parsed = [];
  let shown = null; // node indices the filter keeps; null: all
  let page = 0;

  function node(k) {
    const b = Math.floor(k / data.chunk);
    if (!parsed[b]) parsed[b] = JSON.parse(blocks[b].textContent);
    return parsed[b][k % data.chunk];
  }

  function el(tag, attrs, parent, text) {
    const e = tag.startsWith('svg:') ? document.createElementNS(NS, tag.slice(4))
      : document.createElement(tag);
    for (const k in attrs) if (attrs[k] !== undefined && attrs[k] !== null) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    if (parent) parent.appendChild(e);
    return e;
  }

  function when(ms) {
    if (ms === null || ms === undefined) return 'never';
    return new Date(data.origin + ms).toISOString().replace('T', ' ').replace('Z', ' UTC');
  }

  // "a.pcap: 2 3 6, b.pcap: 4", as the text report writes them
  function frames(list) {
    const out = [];
    for (const f of list) {
      const file = data.files[f[0]] || '?';
      if (out.length && out[out.length - 1].file === file) out[out.length - 1].n.push(f[1]);
      else out.push({ file: file, n: [f[1]] });
    }
    return out.map(g => g.file + ': ' + g.n.join(' ')).join(', ');
  }

  function finding(i) {
    const f = data.findings[i];
    return { check: f[0], severity: f[1], node: f[2], text: f[3], frames: f[4] };
  }

  function worst(indices) {
    let w = -1;
    for (const i of indices) w = Math.max(w, SEV.indexOf(data.findings[i][1]));
    return w;
  }

  function ids(indices) {
    return [...new Set(indices.map(i => data.findings[i][0]))].join(', ');
  }

  function findingsTitle(indices) {
    return indices.map(i => {
      const f = finding(i);
      return f.severity + ' ' + f.check + ': ' + f.text;
    }).join('\n');
  }

  function markClass(indices) {
    const w = worst(indices);
    return w < 0 ? '' : ' marked-' + SEV[w];
  }

  // ---- the node's records, in one list for both pictures ----
  function records(n) {
    const out = [];
    for (const r of n.r) {
      out.push({
        kind: 'registration', r: r, label: r.role + ' registration',
        text: r.role + ' registration ' + r.from + ' -> ' + (r.to || '(none)') +
          ' via registrar ' + r.reg + ', lifetime ' + r.gr + '/' + r.req + ' s, expires ' + when(r.t1) +
          (r.complete ? '' : ' (incomplete chain)'),
        attrs: { 'data-role': r.role, 'data-from': r.from, 'data-to': r.to || 'none', 'data-registrar': r.reg }
      });
    }
    for (const t of n.t) {
      out.push({
        kind: 'tunnel', r: t, label: t.kind + ' tunnel',
        text: t.kind + ' tunnel ' + t.from + ' -> ' + t.to + ', lifetime ' + t.gr + ' s, expires ' + when(t.t1),
        attrs: { 'data-kind': t.kind, 'data-from': t.from, 'data-to': t.to }
      });
    }
    for (const b of n.b) {
      const key = b.key ? b.key + ' ' + b.id + ' ' + (b.key === 'bid' ? 'bid-pri ' : 'ifpri ') + b.pri
        : 'ifpri ' + b.pri;
      out.push({
        kind: 'binding', r: b, label: b.kind + (b.key ? ' ' + b.key + ' ' + b.id : '') + ' at ' + b.at,
        key: key,
        text: b.kind + ' binding at ' + b.at + ', coa ' + b.coa + ', ' + key + (b.primary ? ' primary' : '') +
          ', sequence ' + b.seq + ', lifetime ' + b.lt + ' s, expires ' + when(b.t1),
        attrs: {
          'data-kind': b.kind, 'data-at': b.at, 'data-coa': b.coa,
          'data-key': b.key ? b.key + ' ' + b.id : '', 'data-primary': b.primary ? 'yes' : 'no'
        }
      });
    }
    return out;
  }

  // ---- timeline: one row per record, capture time across ----
  function timeline(n, parent) {
    const recs = records(n);
    const left = 240, width = 600, row = 18;
    const end = Math.max(data.end || 0, 1);
    const x = ms => left + Math.max(0, Math.min(1, ms / end)) * width;
    const height = (recs.length + 2) * row + 24;
    const svg = el('svg:svg', { class: 'timeline', width: left + width + 330, height: height }, parent);
    const axis = el('svg:g', { class: 'axis' }, svg);
    el('svg:line', { x1: left, x2: left + width, y1: height - 20, y2: height - 20 }, axis);
    el('svg:text', { x: left, y: height - 6 }, axis, when(0));
    el('svg:text', { x: left + width, y: height - 6, 'text-anchor': 'end' }, axis, when(data.end));
    recs.forEach((rec, i) => {
      const y = 4 + i * row;
      const g = el('svg:g', Object.assign({ class: 'rec ' + rec.kind + markClass(rec.r.m) }, rec.attrs), svg);
      el('svg:title', {}, g, rec.text + '\nframes ' + frames(rec.r.fr) +
        (rec.r.m.length ? '\n' + findingsTitle(rec.r.m) : ''));
      el('svg:text', { x: 4, y: y + 12 }, g, rec.label);
      const t0 = rec.r.t0 === null ? 0 : rec.r.t0;
      const open = rec.r.t1 === null || rec.r.t1 > end;
      const x0 = x(t0), x1 = open ? left + width : x(rec.r.t1);
      el('svg:rect', { class: 'bar', x: x0, y: y + 3, width: Math.max(2, x1 - x0), height: row - 6 }, g);
      if (open) {
        el('svg:text', { class: 'open-end', x: left + width + 4, y: y + 12 }, g,
          rec.r.t1 === null ? '\u2192 never expires' : '\u2192 expires ' + when(rec.r.t1).slice(11, 23));
      }
      for (const f of rec.r.fr) {
        if (f[2] !== null) el('svg:line', { class: 'tick', x1: x(f[2]), x2: x(f[2]), y1: y + 1, y2: y + row - 1 }, g);
      }
      if (rec.r.m.length) el('svg:text', { class: 'ids', x: x1 + (open ? 150 : 4), y: y + 12 }, g, ids(rec.r.m));
    });
    // the node's findings: a marker at the first frame each names
    const y = 4 + recs.length * row;
    if (n.f.length) el('svg:text', { x: 4, y: y + 12 }, svg, 'findings');
    for (const i of n.f) {
      const f = finding(i);
      const at = f.frames.find(fr => fr[2] !== null);
      const cx = at ? x(at[2]) : left + width;
      const m = el('svg:path', {
        class: 'finding-marker sev-' + f.severity, 'data-check': f.check, 'data-index': i,
        d: 'M' + cx + ' ' + (y + 3) + ' l5 10 l-10 0 z'
      }, svg);
      el('svg:title', {}, m, f.severity + ' ' + f.check + ': ' + f.text + '\nframes ' + frames(f.frames));
    }
  }

  // ---- graph: the agents by role, the records as edges ----
  const BOX_W = 140, BOX_H = 40, COL = 240, ROW = 110, TOP = 70;

  function shapePath(shape, cx, cy) {
    const w = BOX_W / 2, h = BOX_H / 2;
    switch (shape) {
      case 'house':
        return 'M' + (cx - w) + ' ' + (cy - h / 2) + ' L' + cx + ' ' + (cy - h - 6) + ' L' + (cx + w) + ' ' +
          (cy - h / 2) + ' L' + (cx + w) + ' ' + (cy + h) + ' L' + (cx - w) + ' ' + (cy + h) + ' Z';
      case 'hexagon':
        return 'M' + (cx - w) + ' ' + cy + ' L' + (cx - w + 14) + ' ' + (cy - h) + ' L' + (cx + w - 14) + ' ' +
          (cy - h) + ' L' + (cx + w) + ' ' + cy + ' L' + (cx + w - 14) + ' ' + (cy + h) + ' L' +
          (cx - w + 14) + ' ' + (cy + h) + ' Z';
      case 'octagon':
        return 'M' + (cx - w + 10) + ' ' + (cy - h) + ' L' + (cx + w - 10) + ' ' + (cy - h) + ' L' + (cx + w) + ' ' +
          (cy - h + 10) + ' L' + (cx + w) + ' ' + (cy + h - 10) + ' L' + (cx + w - 10) + ' ' + (cy + h) + ' L' +
          (cx - w + 10) + ' ' + (cy + h) + ' L' + (cx - w) + ' ' + (cy + h - 10) + ' L' + (cx - w) + ' ' +
          (cy - h + 10) + ' Z';
      default:
        return 'M' + (cx - w) + ' ' + (cy - h) + ' h' + BOX_W + ' v' + BOX_H + ' h' + (-BOX_W) + ' Z';
    }
  }

  const FILL = {
    'home agent': '#e8daef', 'local mobility anchor': '#e8daef', 'registration server': '#fcf3cf',
    'foreign agent': '#dff0d8', 'correspondent node': '#eeeeee'
  };

  function graph(n, parent) {
    const place = new Map(); // address ("none") -> {x, y}
    let col = 1, rows = 1;
    const key = a => a === null ? 'none' : a;
    function put(a, c, r) {
      if (place.has(key(a))) return;
      place.set(key(a), { x: 20 + BOX_W / 2 + c * COL, y: TOP + BOX_H / 2 + r * ROW });
      rows = Math.max(rows, r + 1);
    }
    place.set('mn', { x: 20 + BOX_W / 2, y: TOP + BOX_H / 2 });
    for (const r of n.r) {
      if (!place.has(key(r.from))) put(r.from, col++, 0);
      if (!place.has(key(r.to))) put(r.to, col++, 0);
    }
    for (const t of n.t) {
      if (!place.has(key(t.to))) put(t.to, col++, 0);
      if (!place.has(key(t.from))) put(t.from, col++, 0);
    }
    for (const r of n.r) {
      if (r.server && !place.has(r.reg)) put(r.reg, (place.get(key(r.to)).x - 20 - BOX_W / 2) / COL, 1);
    }
    let brow = 0;
    for (const b of n.b) if (!place.has(b.at)) put(b.at, Math.max(2, col), brow++);
    if (n.b.length) col = Math.max(col, 3);
    const width = Math.max(col, 2) * COL + 40;
    const height = rows * ROW + TOP + 10;
    const svg = el('svg:svg', { class: 'graph', width: width, height: height }, parent);
    const edges = el('svg:g', {}, svg);
    const agents = el('svg:g', {}, svg);

    function agent(addr, shape, roles, ids_) {
      const p = place.get(key(addr));
      if (!p) return;
      const g = el('svg:g', { class: 'agent' + markClass(ids_ || []), 'data-addr': key(addr), 'data-roles': roles }, agents);
      el('svg:title', {}, g, (addr || '(none)') + ': ' + roles + (ids_ && ids_.length ? '\n' + findingsTitle(ids_) : ''));
      if (shape === 'ellipse') {
        el('svg:ellipse', { class: 'shape', cx: p.x, cy: p.y, rx: BOX_W / 2, ry: BOX_H / 2, fill: '#dbe9f6' }, g);
      } else {
        el('svg:path', { class: 'shape', d: shapePath(shape, p.x, p.y), fill: FILL[roles.split(', ')[0]] || '#fff' }, g);
      }
      el('svg:text', { x: p.x, y: p.y - 2 }, g, addr || '(none)');
      el('svg:text', { x: p.x, y: p.y + 12 }, g, roles);
      if (ids_ && ids_.length) el('svg:text', { class: 'ids', x: p.x, y: p.y + BOX_H / 2 + 12 }, g, ids(ids_));
    }

    function edge(cls, from, to, bend, label, marks, attrs, title) {
      const a = place.get(from), b = place.get(to);
      if (!a || !b) return;
      const mx = (a.x + b.x) / 2, my = (a.y + b.y) / 2 + bend;
      const w = worst(marks || []);
      // start and end on the boxes' edges, heading for the control point
      const trim = (p, q) => {
        const dx = q.x - p.x, dy = q.y - p.y;
        const t = Math.min(dx ? BOX_W / 2 / Math.abs(dx) : Infinity, dy ? (BOX_H / 2 + 2) / Math.abs(dy) : Infinity);
        return t >= 1 ? p : { x: p.x + dx * t, y: p.y + dy * t };
      };
      const a2 = trim(a, { x: mx, y: my }), b2 = trim(b, { x: mx, y: my });
      const g = el('svg:g', Object.assign({ class: 'edge ' + cls + markClass(marks || []) }, attrs || {}), edges);
      el('svg:title', {}, g, title + (marks && marks.length ? '\n' + findingsTitle(marks) : ''));
      el('svg:path', {
        d: 'M' + a2.x + ' ' + a2.y + ' Q' + mx + ' ' + my + ' ' + b2.x + ' ' + b2.y,
        'marker-end': cls === 'attached' || cls === 'registrar' ? null : 'url(#mipx-arrow-' + (w < 0 ? 'plain' : SEV[w]) + ')'
      }, g);
      const ty = (a.y + b.y) / 4 + my / 2;
      if (label) el('svg:text', { x: mx, y: ty - 3, 'text-anchor': 'middle' }, g, label);
      if (marks && marks.length) el('svg:text', { class: 'ids', x: mx, y: ty + 10, 'text-anchor': 'middle' }, g, ids(marks));
    }

    for (const r of n.r) {
      edge('registration', key(r.from), key(r.to), -90, r.role + ' ' + r.gr + '/' + r.req + ' s', r.m,
        { 'data-role': r.role }, r.role + ' registration, expires ' + when(r.t1) + ', registrar ' + r.reg);
      if (r.server) edge('registrar', r.reg, key(r.to), 0, '', [], {}, 'registrar of the ' + r.role + ' registration');
    }
    for (const t of n.t) {
      edge('tunnel', t.from, t.to, 90, t.kind + ' tunnel ' + t.gr + ' s', t.m, { 'data-kind': t.kind },
        t.kind + ' tunnel, expires ' + when(t.t1));
    }
    // the bindings to one receiver fan out, their labels apart
    const count = new Map(), seen = new Map();
    for (const b of n.b) count.set(b.at, (count.get(b.at) || 0) + 1);
    for (const b of n.b) {
      const k = seen.get(b.at) || 0;
      seen.set(b.at, k + 1);
      const key_ = b.key ? b.key + ' ' + b.id + (b.key === 'bid' ? ' bid-pri ' : ' ifpri ') + b.pri : 'ifpri ' + b.pri;
      edge('binding' + (b.primary ? ' primary' : ''), 'mn', b.at, (k - (count.get(b.at) - 1) / 2) * 64,
        b.coa + ' ' + key_ + (b.primary ? ' primary' : ''), b.m,
        { 'data-at': b.at, 'data-coa': b.coa, 'data-key': b.key ? b.key + ' ' + b.id : '' },
        b.kind + ' binding, coa ' + b.coa + ', sequence ' + b.seq + ', lifetime ' + b.lt + ' s, expires ' + when(b.t1));
    }
    place.set(key(n.h), place.get('mn'));
    agent(n.h, 'ellipse', 'mobile node', n.u);
    for (const a of n.a) {
      agent(a[0], a[1], a[2], []);
      if (a[2].indexOf('foreign agent') >= 0) edge('attached', 'mn', key(a[0]), 0, 'at', [], {}, 'the mobile node is at its foreign agent');
    }
  }

  // ---- a node, and the page ----
  function drawNode(n, parent) {
    const w = worst(n.f);
    const s = el('section', {
      class: 'node' + (n.f.length ? ' has-findings worst-' + SEV[w] : ''),
      id: 'node-' + n.h, 'data-home': n.h
    }, parent);
    el('h3', {}, s, 'mobile node ' + n.h + (n.f.length ? ' \u2014 ' + n.f.length + ' finding' + (n.f.length > 1 ? 's' : '') : ''));
    if (n.r.length + n.t.length + n.b.length === 0) el('p', { class: 'muted' }, s, 'no state at the time asked');
    timeline(n, s);
    graph(n, s);
    if (n.f.length) {
      const ul = el('ul', { class: 'node-findings' }, s);
      for (const i of n.f) {
        const f = finding(i);
        const li = el('li', { class: 'finding-item sev-' + f.severity, 'data-check': f.check, 'data-index': i }, ul);
        el('b', {}, li, f.severity + ' ' + f.check);
        li.appendChild(document.createTextNode(': ' + f.text + ' [' + frames(f.frames) + ']'));
      }
    }
  }

  function total() { return shown ? shown.length : data.nodes; }

  function render() {
    const list = document.getElementById('node-list');
    const pager = document.getElementById('pager');
    list.textContent = '';
    pager.textContent = '';
    const count = total(), pages = Math.max(1, Math.ceil(count / PAGE));
    page = Math.max(0, Math.min(page, pages - 1));
    const first = page * PAGE, last = Math.min(count, first + PAGE);
    const prev = el('button', { type: 'button', id: 'prev' }, pager, '\u2190 previous');
    prev.disabled = page === 0;
    prev.onclick = () => { page--; render(); };
    el('span', { id: 'page-info' }, pager, count ? ' nodes ' + (first + 1) + '\u2013' + last + ' of ' + count +
      ' (page ' + (page + 1) + ' of ' + pages + '; nodes with findings first) ' : ' no node ');
    const next = el('button', { type: 'button', id: 'next' }, pager, 'next \u2192');
    next.disabled = page >= pages - 1;
    next.onclick = () => { page++; render(); };
    for (let i = first; i < last; i++) drawNode(node(shown ? shown[i] : i), list);
  }

  function applyFilter(text) {
    text = text.trim().toLowerCase();
    shown = null;
    if (text) {
      shown = [];
      for (let k = 0; k < data.nodes; k++) if (node(k).h.indexOf(text) >= 0) shown.push(k);
    }
    page = 0;
    render();
  }

  const defs = el('svg:svg', { width: 0, height: 0, style: 'position:absolute' }, document.body);
  const d = el('svg:defs', {}, defs);
  for (const [name, colour] of [['plain', '#444'], ['info', '#1f6fb4'], ['warning', '#e07b00'], ['error', '#d62728']]) {
    const m = el('svg:marker', { id: 'mipx-arrow-' + name, viewBox: '0 0 10 10', refX: 10, refY: 5,
      markerWidth: 10, markerHeight: 10, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, d);
    el('svg:path', { d: 'M0 0 L10 5 L0 10 z', fill: colour }, m);
  }
  const filter = document.getElementById('filter');
  filter.addEventListener('input', () => applyFilter(filter.value));
  document.getElementById('finding-table').addEventListener('click', ev => {
    const target = ev.target.closest('[data-goto]');
    if (!target) return;
    ev.preventDefault();
    filter.value = target.getAttribute('data-goto');
    applyFilter(filter.value);
    document.getElementById('nodes').scrollIntoView();
  });
  render();
})();
