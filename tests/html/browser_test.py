#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The HTML report of one sample in a real browser (headless Chromium).

browser_test.py MIPX SOURCE_DIR NAME OUT_DIR [CAPTURE | --docs]: writes the HTML report
of samples/captures/NAME (with the `args` of its .expect), or of CAPTURE when
given, and its JSON report,
checks the page fetches nothing (no external script, style sheet, font or
image), opens it in headless Chromium, fails on any console message (the page
logs nothing, so any message is an error: an exception, a failed load), and
checks through the DOM the script built that every node, registration,
tunnel, binding, agent and finding of the JSON report is there.  Saves
OUT_DIR/NAME.png; with --docs and UPDATE_SCREENSHOTS=1 in the environment
also docs/images/html-NAME.png.
Exits 77 (skipped) when no Chromium is installed.
"""
import html.parser
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SKIP = 77


class Dom(html.parser.HTMLParser):
    """Elements with their attributes and the node section they sit in."""

    def __init__(self):
        super().__init__()
        self.elements = []  # (tag, attrs, home of the enclosing section.node)
        self.stack = []     # (tag, home)
        self.text = {}      # id -> text

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        home = self.stack[-1][1] if self.stack else None
        if tag == 'section' and 'node' in a.get('class', '').split():
            home = a.get('data-home')
        self.elements.append((tag, a, home))
        if tag not in ('br', 'meta', 'input', 'img', 'link'):
            self.stack.append((tag, home, a.get('id')))

    def handle_endtag(self, tag):
        while self.stack:
            t = self.stack.pop()
            if t[0] == tag:
                break

    def handle_data(self, data):
        for t in self.stack:
            if t[2]:
                self.text[t[2]] = self.text.get(t[2], '') + data

    def find(self, cls, home=None, **attrs):
        out = []
        for tag, a, h in self.elements:
            if cls not in a.get('class', '').split():
                continue
            if home is not None and h != home:
                continue
            if all(a.get('data-' + k.replace('_', '-')) == v for k, v in attrs.items()):
                out.append(a)
        return out


def main():
    mipx, src, name, out_dir = sys.argv[1:5]
    chromium = shutil.which('chromium') or shutil.which('chromium-browser')
    if not chromium:
        print('browser: no chromium installed: skipped')
        return SKIP
    if len(sys.argv) > 5 and sys.argv[5] != '--docs':
        capture, args = os.path.abspath(sys.argv[5]), []
    else:
        expect = open(f'{src}/samples/captures/{name}.expect').read()
        args = [w for line in expect.splitlines() if line.startswith('args') for w in line.split()[1:]]
        capture = f'samples/captures/{name}.pcapng'
        if not os.path.exists(f'{src}/{capture}'):
            capture = f'samples/captures/{name}.pcap'
    os.makedirs(out_dir, exist_ok=True)
    page = os.path.abspath(f'{out_dir}/{name}.html')
    shot = os.path.abspath(f'{out_dir}/{name}.png')
    problems = []

    def need(cond, what):
        if not cond:
            problems.append(what)

    p = subprocess.run([mipx, '--quiet', '--json', '--html', page, *args, capture], cwd=src,
                       capture_output=True, text=True)
    if 'Sanitizer' in p.stderr or not os.path.exists(page):
        sys.exit(f'browser {name}: mipx failed:\n{p.stderr}')
    report = json.loads(p.stdout)
    text = open(page, encoding='utf-8').read()

    # self-contained: nothing a browser would fetch
    need(not re.search(r'<(script|img|iframe)[^>]*\ssrc=', text, re.I), 'a script or image is fetched')
    need(not re.search(r'<link\b', text, re.I), 'a <link> element')
    need(not re.search(r'@import|url\(\s*["\']?(?!#)', text, re.I), 'a style sheet fetches something')

    with tempfile.TemporaryDirectory() as profile:
        try:
            b = subprocess.run([chromium, '--headless=new', '--no-sandbox', '--disable-gpu',
                                '--no-first-run', '--disable-extensions', '--disable-dev-shm-usage',
                                '--disable-background-networking', '--disable-component-update',
                                f'--user-data-dir={profile}', '--enable-logging=stderr', '--v=0',
                                '--hide-scrollbars', '--window-size=1300,950',
                                f'--screenshot={shot}', '--dump-dom', 'file://' + page],
                               capture_output=True, text=True, timeout=120)
        except subprocess.TimeoutExpired:
            sys.exit(f'browser {name}: chromium did not finish in 120 s')
    console = [line for line in b.stderr.splitlines() if ':CONSOLE' in line]
    need(b.returncode == 0, f'chromium exit {b.returncode}')
    for line in console:
        need(False, 'console: ' + line.split('] ', 1)[-1])
    dom = Dom()
    dom.feed(b.stdout)

    need(dom.text.get('count-nodes', '').strip() == str(len(report['nodes'])),
         f"summary lists {dom.text.get('count-nodes')!r} nodes, JSON {len(report['nodes'])}")
    sections = {a['data-home'] for a in dom.find('node')}
    # the first page holds 20 nodes, those with findings first
    with_findings = {f['node'] for f in report['findings'] if f['node']}
    homes = [n['home_address'] for n in report['nodes']]
    first_page = ([h for h in homes if h in with_findings] + [h for h in homes if h not in with_findings])[:20]
    need(sections == set(first_page), f'node sections {sorted(sections)}, expected {first_page}')
    if homes:
        need(f'of {len(homes)} ' in dom.text.get('page-info', ''),
             f"pager says {dom.text.get('page-info')!r} for {len(homes)} nodes")
    for n in report['nodes']:
        home = n['home_address']
        if home not in first_page:
            continue
        addrs = set()
        for chain in n['chains']:
            for r in chain['registrations']:
                want = dict(role=r['role'], from_=r['child_coa'], to=r['parent_coa'] or 'none',
                            registrar=r['registrar'])
                want = {k.rstrip('_'): v for k, v in want.items()}
                need(dom.find('registration', home, **want), f'{home}: registration {want} not on the timeline')
                need(dom.find('registration', home, role=r['role']) and
                     any('edge' in a['class'] for a in dom.find('registration', home, role=r['role'])),
                     f'{home}: {r["role"]} registration not in the graph')
                addrs |= {r['child_coa'], r['parent_coa'] or 'none', r['registrar']}
        for t in n['tunnels']:
            need(dom.find('tunnel', home, kind=t['kind'], **{'from': t['from']}, to=t['to']),
                 f'{home}: {t["kind"]} tunnel not on the timeline')
            need(any('edge' in a['class'] for a in dom.find('tunnel', home, kind=t['kind'])),
                 f'{home}: {t["kind"]} tunnel not in the graph')
            addrs |= {t['from'], t['to']}
        for x in n['bindings']:
            key = f"bid {x['bid']}" if x.get('bid') is not None else \
                f"ifid {x['ifid']}" if x['ifid'] is not None else ''
            found = dom.find('binding', home, at=x['at'], coa=x['coa'], key=key)
            need(any('rec' in a['class'] for a in found), f'{home}: binding {x["coa"]} {key} not on the timeline')
            need(any('edge' in a['class'] for a in found), f'{home}: binding {x["coa"]} {key} not in the graph')
            addrs.add(x['at'])
        drawn = {a.get('data-addr') for a in dom.find('agent', home)}
        need(addrs <= drawn, f'{home}: agents {sorted(addrs - drawn)} not drawn')
        need(home in drawn, f'{home}: the mobile node not drawn')
    rows = {}
    for a in dom.find('finding'):
        key = (a.get('data-check'), a.get('data-node') or None)
        rows[key] = rows.get(key, 0) + 1
    for f in report['findings']:
        key = (f['check'], f['node'])
        need(rows.get(key, 0) > 0, f'finding {key} not in the table')
        rows[key] = rows.get(key, 0) - 1
        if f['node'] in first_page:
            need(dom.find('finding-item', f['node'], check=f['check']), f'finding {key} not under its node')
            need(dom.find('finding-marker', f['node'], check=f['check']), f'finding {key} not on the timeline')
    need(all(v == 0 for v in rows.values()), f'table rows beyond the JSON findings: {rows}')
    need(os.path.exists(shot) and os.path.getsize(shot) > 0, 'no screenshot')
    if os.environ.get('UPDATE_SCREENSHOTS') == '1' and '--docs' in sys.argv and os.path.exists(shot):
        os.makedirs(f'{src}/docs/images', exist_ok=True)
        shutil.copyfile(shot, f'{src}/docs/images/html-{name}.png')
        print(f'browser {name}: docs/images/html-{name}.png updated')
    for p in problems:
        print(f'browser {name}: {p}')
    print(f"browser {name}: {len(report['nodes'])} nodes, {len(report['findings'])} findings, "
          f"{'ok' if not problems else 'FAILED'}")
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
