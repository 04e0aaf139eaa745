#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Run mipx and tshark (with and without the plugin) over captures that
mipx's own encoder did not write, and check that healthy traffic stays
quiet.

    check_capture.py --mipx MIPX --source SRC [--plugin-dir DIR]
                     (CAPTURE | --dir DIR)

For each capture:
  (a) `mipx --json` exits 0 and reports no finding of severity warning or
      error.  A sidecar NAME.expect next to the capture (the directives of
      samples/captures/*.expect: `finding ID [min]`, `exit N`, `args ...`)
      states what a capture that is not healthy must give instead: its
      findings are allowed (and required, min times), its exit expected.
      A keys.txt in the capture's folder is given to mipx (--keys) and to
      the plugin (dremip.keys).
  (b) with --plugin-dir: tshark -2 -T pdml with the plugin loaded from the
      build tree (through tests/plugin/tshark-plugin.sh) and without it.
      The plugin raises no expert info of severity error (dremip.*/mcoa.*
      experts, or any error expert that Wireshark alone does not raise)
      but those of the check IDs the .expect lists,
      and every mip.*/mip6.* field (name, position, size, value) is the
      same in both runs; and mipx read at least as many mobility messages
      as there are frames where Wireshark alone finds Mobile IP (a quiet
      report of messages not read proves nothing; not checked when a
      .expect describes the capture).  A file cut in the middle of its
      last record is compared up to there.

--dir DIR checks every capture under DIR (recursively); --real DIR the
same with $MIPX_REAL_CAPTURES if set, else DIR.  A DIR or CAPTURE
that does not exist is a skip (exit 77), as is a file that is neither pcap
nor pcapng.  Exit 0: all passed; 1: a check failed.
"""
import argparse
import difflib
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

SKIP = 77
EXTENSIONS = (".pcap", ".pcapng", ".cap", ".pcap.gz", ".pcapng.gz", ".cap.gz")
# Wireshark's expert severities (epan/proto.h PI_*).
SEVERITY = {0x200000: "chat", 0x400000: "note", 0x600000: "warning", 0x800000: "error"}
PCAP_MAGICS = {b"\xa1\xb2\xc3\xd4", b"\xd4\xc3\xb2\xa1", b"\xa1\xb2\x3c\x4d",
               b"\x4d\x3c\xb2\xa1", b"\x0a\x0d\x0d\x0a"}


def captures_under(top):
    found = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for f in sorted(files):
            if f.endswith(EXTENSIONS):
                found.append(os.path.join(root, f))
    return found


def stem(path):
    base = os.path.basename(path)
    for ext in EXTENSIONS:
        if base.endswith(ext):
            return base[: -len(ext)]
    return base


def read_expect(capture):
    """Directives of NAME.expect next to the capture (none: healthy)."""
    path = os.path.join(os.path.dirname(capture), stem(capture) + ".expect")
    want = {"findings": {}, "exit": 0, "args": [], "file": None}
    if not os.path.isfile(path):
        return want
    want["file"] = path
    with open(path) as f:
        for line in f:
            words = line.split()
            if not words or words[0].startswith("#"):
                continue
            if words[0] == "finding" and len(words) >= 2:
                want["findings"][words[1]] = int(words[2]) if len(words) > 2 else 1
            elif words[0] == "exit" and len(words) == 2:
                want["exit"] = int(words[1])
            elif words[0] == "args":
                want["args"] = words[1:]
    return want


class Report:
    def __init__(self, name):
        self.name = name
        self.failed = False
        self.lines = []
        self.messages = None        # mobility messages mipx read

    def fail(self, msg):
        self.failed = True
        self.lines.append("FAIL: " + msg)

    def note(self, msg):
        self.lines.append("  " + msg)


def frames_of(finding):
    return ",".join(str(f.get("frame")) for f in finding.get("frames", []))


def check_mipx(rep, args, capture, want, keys):
    extra = list(want["args"])
    if keys and "--keys" not in " ".join(extra):
        extra.append("--keys=" + keys)
    cmd = [args.mipx, "--quiet", "--json"] + extra + [capture]
    p = subprocess.run(cmd, cwd=args.source, capture_output=True)
    err = p.stderr.decode(errors="replace")
    if "Sanitizer" in err or "runtime error" in err:
        rep.fail("mipx: sanitizer report\n" + err[-3000:])
    if p.returncode != want["exit"]:
        lines = err.strip().splitlines()
        more = " (and %d more lines)" % (len(lines) - 3) if len(lines) > 3 else ""
        rep.fail("mipx exit %d, expected %d%s" % (p.returncode, want["exit"], "".join(
            "\n    stderr: " + l for l in lines[:3]) + more))
    try:
        report = json.loads(p.stdout.decode(errors="replace"))
    except ValueError:
        if p.returncode != 2 or want["exit"] != 2:
            rep.fail("mipx: no JSON report")
        return
    counts = {}
    for f in report.get("findings", []):
        counts[f["check"]] = counts.get(f["check"], 0) + 1
        listed = f["check"] in want["findings"]
        if f["severity"] in ("warning", "error") and not listed:
            rep.fail("mipx %s %s (frames %s, node %s): %s" % (
                f["severity"], f["check"], frames_of(f), f.get("node", "-"), f["message"]))
        elif f["severity"] == "info" and not listed:
            rep.note("mipx info %s (frames %s): %s" % (f["check"], frames_of(f), f["message"]))
    for check, least in want["findings"].items():
        if counts.get(check, 0) < least:
            rep.fail("mipx reported %s %d times, %s expects at least %d" % (
                check, counts.get(check, 0), os.path.basename(want["file"]), least))
    inputs = report.get("inputs", [{}])
    rep.messages = inputs[0].get("messages", 0)
    rep.note("mipx: exit %d, %s packets, %s messages, findings %s" % (
        p.returncode, inputs[0].get("packets", "?"), inputs[0].get("messages", "?"),
        " ".join("%s=%d" % kv for kv in sorted(counts.items())) or "none"))


def pdml(args, capture, with_plugin, prefs):
    """Frames of one tshark -2 -T pdml run: a list of (frame, fields,
    experts), fields the mip.*/mip6.* fields and mip/mipv6 protocols in
    order, experts (severity, expert field names, message)."""
    env = dict(os.environ)
    env["MIPX_PLUGIN_DIR"] = args.plugin_dir if with_plugin else ""
    cmd = [args.wrapper, "-r", capture, "-2", "-T", "pdml"] + prefs
    p = subprocess.run(cmd, env=env, capture_output=True)
    # A file cut in the middle of its last record is still dissected up to
    # there; tshark says so and exits 2.
    cut = b"cut short in the middle of a packet" in p.stderr
    if p.returncode != 0 and not cut:
        raise RuntimeError("tshark %s the plugin: exit %d: %s" % (
            "with" if with_plugin else "without", p.returncode,
            p.stderr.decode(errors="replace").strip()[-500:]))
    frames = []
    for packet in ET.fromstring(p.stdout).iter("packet"):
        number, fields, experts = None, [], []
        for el in packet.iter():
            name = el.get("name", "")
            if el.tag == "field" and name == "frame.number":
                number = int(el.get("show"))
            if name.startswith(("mip.", "mip6.")) or (el.tag == "proto" and name in ("mip", "mipv6")):
                fields.append((el.tag, name, el.get("pos"), el.get("size"),
                               el.get("show"), el.get("value")))
            if el.tag == "field" and name == "_ws.expert":
                sev, msg, owners = 0, "", []
                for sub in el:
                    sname = sub.get("name", "")
                    if sname == "_ws.expert.severity":
                        sev = int(sub.get("show", "0"))
                    elif sname == "_ws.expert.message":
                        msg = sub.get("show", "")
                    elif not sname.startswith("_ws.expert"):
                        owners.append(sname)
                experts.append((SEVERITY.get(sev, hex(sev)), tuple(owners), msg))
            if el.tag == "field" and name == "_ws.malformed":
                experts.append(("error", ("_ws.malformed",), el.get("showname", "malformed")))
        frames.append((number, fields, experts))
    return frames, cut


def check_tshark(rep, args, capture, keys, allowed, expect_file):
    # tshark may run as nobody (tshark-plugin.sh): a private readable copy.
    tmp = tempfile.mkdtemp(prefix="mipx-indep.")
    try:
        os.chmod(tmp, 0o755)
        copy = os.path.join(tmp, "capture" + os.path.splitext(capture)[1])
        shutil.copyfile(capture, copy)
        os.chmod(copy, 0o644)
        prefs = []
        if keys:
            with open(keys) as f:
                ring = ",".join(l.strip() for l in f if l.strip() and not l.startswith("#"))
            prefs = ["-o", "dremip.keys:" + ring]
        try:
            with_, cut = pdml(args, copy, True, prefs)
            without, _ = pdml(args, copy, False, [])
        except (RuntimeError, ET.ParseError) as e:
            rep.fail(str(e))
            return
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if cut:
        rep.note("tshark: the file is cut short in the middle of its last record")
    if len(with_) != len(without):
        rep.fail("tshark: %d frames with the plugin, %d without" % (len(with_), len(without)))
    plugin_experts, diffs = 0, 0
    for (n, f_with, e_with), (_, f_without, e_without) in zip(with_, without):
        alone = list(e_without)
        for sev, owners, msg in e_with:
            ours = any(o.startswith(("dremip.", "mcoa.")) for o in owners)
            if (sev, owners, msg) in alone:
                alone.remove((sev, owners, msg))
                continue
            if ours:
                plugin_experts += 1
            listed = re.match(r"\[([A-Z0-9-]+)\]", msg)
            if listed and listed.group(1) in allowed:
                rep.note("tshark frame %d: expected %s %s: %s" % (n, sev, "/".join(owners), msg))
            elif sev == "error":
                rep.fail("tshark frame %d: expert error %s: %s" % (n, "/".join(owners) or "-", msg))
            elif ours:
                rep.note("tshark frame %d: plugin expert %s %s: %s" % (n, sev, "/".join(owners), msg))
        if f_with != f_without:
            diffs += 1
            if diffs <= 5:
                rep.fail("tshark frame %d: mip./mip6. fields differ with the plugin:\n%s" % (
                    n, field_diff(f_without, f_with)))
    if diffs > 5:
        rep.fail("tshark: mip./mip6. fields differ in %d frames in all" % diffs)
    rep.note("tshark: %d frames, %d plugin experts, %d frames with mip./mip6. differences"
             % (len(with_), plugin_experts, diffs))
    # A quiet report means nothing if mipx did not read the messages:
    # every frame where Wireshark alone finds Mobile IP must be one of
    # mipx's messages (mipx also counts agent advertisements).  A capture
    # with a .expect is not healthy: its directives say all it must give.
    seen = sum(1 for _, fields, _ in without
               if any(f[0] == "proto" and f[1] in ("mip", "mipv6") for f in fields))
    if rep.messages is not None and rep.messages < seen and not expect_file:
        rep.fail("mipx read %d mobility messages, Wireshark alone finds Mobile IP in %d frames"
                 % (rep.messages, seen))


def field_diff(a, b):
    fmt = lambda t: "%s %s pos=%s size=%s show=%r" % (t[0], t[1], t[2], t[3], t[4])
    lines = list(difflib.unified_diff([fmt(t) for t in a], [fmt(t) for t in b],
                                      "without plugin", "with plugin", lineterm="", n=1))
    return "\n".join("    " + l for l in lines[:24])


def check_one(args, capture):
    rep = Report(capture)
    keys = os.path.join(os.path.dirname(capture), "keys.txt")
    keys = keys if os.path.isfile(keys) else None
    want = read_expect(capture)
    tmp = None
    if capture.endswith(".gz"):
        # libpcap reads no gzip: mipx and tshark get the same plain copy.
        tmp = tempfile.mkdtemp(prefix="mipx-indep-gz.")
        plain = os.path.join(tmp, os.path.basename(capture)[:-3])
        with gzip.open(capture, "rb") as src, open(plain, "wb") as dst:
            shutil.copyfileobj(src, dst)
        capture = plain
    try:
        with open(capture, "rb") as f:
            magic = f.read(4)
        if magic not in PCAP_MAGICS:
            rep.note("skipped: not a pcap or pcapng file (magic %s)" % magic.hex())
            return rep, True
        check_mipx(rep, args, capture, want, keys)
        if args.plugin_dir:
            check_tshark(rep, args, capture, keys, want["findings"], want["file"])
        else:
            rep.note("tshark part skipped: no plugin built (MIPX_BUILD_PLUGIN=OFF or no tshark)")
    finally:
        if tmp:
            shutil.rmtree(tmp, ignore_errors=True)
    return rep, False


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mipx", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--plugin-dir", default="")
    ap.add_argument("--dir")
    ap.add_argument("--real", help="--dir MIPX_REAL_CAPTURES if set, else this")
    ap.add_argument("capture", nargs="?")
    args = ap.parse_args()
    args.source = os.path.abspath(args.source)
    args.wrapper = os.path.join(args.source, "tests", "plugin", "tshark-plugin.sh")
    if args.real is not None:
        args.dir = os.environ.get("MIPX_REAL_CAPTURES") or args.real
    if args.dir is not None:
        if not args.dir or not os.path.isdir(args.dir):
            print("skipped: no directory of public captures (%s); set MIPX_REAL_CAPTURES "
                  "or provide ../shared/real next to the source tree" % (args.dir or "unset"))
            return SKIP
        captures = captures_under(args.dir)
        if not captures:
            print("skipped: no .pcap/.pcapng/.cap file under %s" % args.dir)
            return SKIP
    else:
        if not args.capture or not os.path.isfile(args.capture):
            print("skipped: capture %s is not there" % args.capture)
            return SKIP
        captures = [args.capture]
    failed = skipped = 0
    for c in captures:
        rep, skip = check_one(args, os.path.abspath(c))
        skipped += skip
        failed += rep.failed
        print("%s %s" % ("FAIL" if rep.failed else ("SKIP" if skip else "ok  "), c))
        for line in rep.lines:
            print(line)
    if len(captures) > 1:
        print("%d captures: %d failed, %d skipped" % (len(captures), failed, skipped))
    if failed:
        return 1
    return SKIP if skipped == len(captures) else 0


if __name__ == "__main__":
    sys.exit(main())
