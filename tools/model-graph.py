#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""The shape of model/src: which file includes which header, which file
calls a function defined in which other file, and any cycle in either.

Usage: tools/model-graph.py [--edges] [DIR]   (DIR: model/src by default)

Function definitions are found as a name followed by "(" at the start of a
line (the style guide puts a definition's name on the line of its return
type), calls as that name followed by "(" anywhere in another file, outside
comments and strings.  Macros are followed as calls too.  Prints the
strongly connected components of more than one file (the cycles); exits 1
if there is one.
"""
import os
import re
import sys


def strip(text):
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    text = re.sub(r"//[^\n]*", " ", text)
    return re.sub(r'"(\\.|[^"\\\n])*"', '""', text)


def definitions(text):
    names = set()
    for m in re.finditer(r"^(?!static\b)[A-Za-z_][^\n;=]*?\b([a-z_][a-z0-9_]*)\(([^;{]*?)\)\s*\{",
                         text, flags=re.M | re.S):
        names.add(m.group(1))
    for m in re.finditer(r"^#define\s+([A-Za-z_][A-Za-z0-9_]*)\(", text, flags=re.M):
        names.add(m.group(1))
    for m in re.finditer(r"^static inline [^\n;=(]*?\b([a-z_][a-z0-9_]*)\(", text, flags=re.M):
        names.add(m.group(1))
    return names


def sccs(graph):
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return [c for c in out if len(c) > 1]


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_edges = "--edges" in sys.argv
    root = args[0] if args else os.path.join(os.path.dirname(__file__), "..", "model", "src")
    files = sorted(f for f in os.listdir(root) if f.endswith((".c", ".h")))
    text = {f: strip(open(os.path.join(root, f)).read()) for f in files}
    raw = {f: open(os.path.join(root, f)).read() for f in files}

    includes = {f: set(re.findall(r'^#include "([^"/]+)"', raw[f], flags=re.M)) & set(files)
                for f in files}
    # a function belongs to the .c that defines it; a macro or inline to its header
    owner = {}
    for f in files:
        for name in definitions(text[f]):
            owner.setdefault(name, f)
    calls = {f: set() for f in files if f.endswith(".c")}
    for f in calls:
        for name in set(re.findall(r"\b([A-Za-z_][A-Za-z0-9_]*)\s*\(", text[f])):
            o = owner.get(name)
            if o and o != f and o.endswith(".c"):
                calls[f].add(o)

    if show_edges:
        for f in files:
            if includes[f]:
                print(f"include {f}: {' '.join(sorted(includes[f]))}")
        for f in sorted(calls):
            if calls[f]:
                print(f"call    {f}: {' '.join(sorted(calls[f]))}")
    bad = 0
    for kind, graph in (("include", includes), ("call", calls)):
        cycles = sccs(graph)
        print(f"{kind} cycles: {len(cycles)}")
        for c in cycles:
            print("  " + " <-> ".join(c))
        bad += len(cycles)
    headers = [f for f in files if f.endswith(".h")]
    everyone = [h for h in headers
                if all(h in includes[c] for c in files if c.endswith(".c"))]
    print(f"headers every .c includes: {' '.join(everyone) if everyone else 'none'}")
    return 1 if bad or everyone else 0


if __name__ == "__main__":
    sys.exit(main())
