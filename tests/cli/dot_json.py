#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The Graphviz picture of one sample names all its JSON report holds.

dot_json.py MIPX SOURCE_DIR NAME: runs mipx --json and mipx --dot with the
`args` of samples/captures/NAME.expect (from the source tree root) and checks
that the DOT output has, for every node of the JSON report, its mobile node;
for each registration, an edge child care-of -> parent care-of labelled with
its role and granted lifetime, the agents named with their roles and the
registrar; for each tunnel, a dashed edge labelled with its kind; for each
binding, an edge home address -> receiver with its care-of address, IFID or
BID and lifetime; for each finding, its ID in its severity's colour on an
element of its node (or in the capture cluster when it names no node); and
the legend.  When `dot` (Graphviz) is installed it must also lay the graph
out without a word on stderr.
"""
import json
import re
import shutil
import subprocess
import sys

SEVERITY_COLOUR = {"error": "#d62728", "warning": "#e07b00", "info": "#1f6fb4"}
STMT = re.compile(r'^\s*"((?:[^"\\]|\\.)*)"(?:\s*->\s*"((?:[^"\\]|\\.)*)")?\s*\[(.*)\];$')
ATTR = re.compile(r'(\w+)=("(?:[^"\\]|\\.)*"|[^,\s\]]+)')


def unquote(v):
    if v.startswith('"'):
        v = v[1:-1]
    return v.replace('\\n', '\n').replace('\\"', '"').replace('\\\\', '\\')


def parse_dot(text):
    nodes, edges = {}, []
    for line in text.splitlines():
        m = STMT.match(line)
        if not m:
            continue
        attrs = {k: unquote(v) for k, v in ATTR.findall(m.group(3))}
        if m.group(2) is None:
            nodes[m.group(1)] = attrs
        else:
            edges.append((m.group(1), m.group(2), attrs))
    return nodes, edges


def main():
    mipx, src, name = sys.argv[1:4]
    expect = open(f"{src}/samples/captures/{name}.expect").read()
    args = []
    for line in expect.splitlines():
        if line.startswith("args"):
            args += line.split()[1:]
    capture = f"samples/captures/{name}.pcapng"
    try:
        open(f"{src}/{capture}").close()
    except FileNotFoundError:
        capture = f"samples/captures/{name}.pcap"

    def run(*opts):
        p = subprocess.run([mipx, "--quiet", *opts, *args, capture], cwd=src,
                           capture_output=True, text=True)
        if "Sanitizer" in p.stderr:
            sys.exit(p.stderr)
        return p.stdout

    report = json.loads(run("--json"))
    dot = run("--dot")
    nodes, edges = parse_dot(dot)
    problems = []

    def need(cond, what):
        if not cond:
            problems.append(what)

    def agent(home, addr, role):
        key = f"{home}/{addr if addr else 'none'}"
        label = nodes.get(key, {}).get("label", "")
        need(key in nodes, f"{home}: agent {addr} not drawn")
        need(role in label, f"{home}: agent {addr} not drawn as {role}: {label!r}")

    def edge_with(home, a, b, *words, style=None):
        for x, y, attrs in edges:
            label = attrs.get("label", "")
            if x == a and y == b and all(w in label for w in words) and \
                    (style is None or attrs.get("style") == style):
                return True
        need(False, f"{home}: no edge {a} -> {b} saying {words} ({style})")
        return False

    need("legend/mn" in nodes, "no legend")
    for n in report["nodes"]:
        home = n["home_address"]
        need("mobile node" in nodes.get(home, {}).get("label", ""),
             f"{home}: no mobile node")
        for chain in n["chains"]:
            regs = chain["registrations"]
            for k, reg in enumerate(regs):
                child, parent = reg["child_coa"], reg["parent_coa"]
                agent(home, child, "foreign agent" if k == 0 else "care-of agent")
                if parent:
                    agent(home, parent, "home agent" if reg["role"] == "home"
                          else "care-of agent")
                lifetime = reg["granted"] if reg["granted"] != 65535 else "infinite"
                edge_with(home, f"{home}/{child}", f"{home}/{parent or 'none'}",
                          f"{reg['role']} registration", f"lifetime {lifetime}",
                          f"registrar {reg['registrar']}", style="solid")
                if reg["registrar"] != parent:
                    agent(home, reg["registrar"], "registration server")
        for t in n["tunnels"]:
            agent(home, t["from"], "home agent" if t["kind"] == "home" else "care-of agent")
            agent(home, t["to"], "foreign agent" if t["kind"] == "local" else "care-of agent")
            edge_with(home, f"{home}/{t['from']}", f"{home}/{t['to']}",
                      f"{t['kind']} tunnel", style="dashed")
        for b in n["bindings"]:
            key = f"bid {b['bid']} " if b.get("bid") is not None else \
                f"ifid {b['ifid']} " if b["ifid"] is not None else f"ifpri {b['ifpri']}"
            agent(home, b["at"], "local mobility anchor" if b["kind"] == "pmip6"
                  else "")
            edge_with(home, home, f"{home}/{b['at']}", f"{b['kind']} binding",
                      f"coa {b['coa']}\n", key, f"lifetime {b['lifetime']} s",
                      style="bold")
    for f in report["findings"]:
        colour = SEVERITY_COLOUR[f["severity"]]
        if f["node"] is None:
            hit = [a for k, a in nodes.items() if k.startswith("capture/")
                   and f["check"] in a.get("label", "") and f["message"] in a["label"]]
        else:
            owner = f["node"]
            hit = [a for k, a in nodes.items() if k == owner and
                   f["check"] in a.get("label", "")]
            hit += [a for x, y, a in edges if x.split("/")[0] == owner and
                    f["check"] in a.get("label", "")]
        need(hit, f"finding {f['check']} about {f['node']} not drawn")
        # an element shows its worst finding's colour: at least this severe
        order = ["#1f6fb4", "#e07b00", "#d62728"]
        need(any(a.get("color") in order and
                 order.index(a["color"]) >= order.index(colour) for a in hit),
             f"finding {f['check']} about {f['node']} not in {colour}")
    graphviz = shutil.which("dot")
    if graphviz:
        p = subprocess.run([graphviz, "-Tsvg", "-o", "/dev/null"], input=dot,
                           capture_output=True, text=True)
        need(p.returncode == 0 and not p.stderr.strip(), f"dot: {p.stderr.strip()}")
    for p in problems:
        print(f"dot {name}: {p}")
    print(f"dot {name}: {len(report['nodes'])} nodes, {len(report['findings'])} findings, "
          f"{'ok' if not problems else 'FAILED'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
