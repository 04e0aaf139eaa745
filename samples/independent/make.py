#!/usr/bin/python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""Captures of healthy standard mobility traffic written by scapy, not by
mipx's own encoder, so that mipx and its plugin are tested against bytes
another implementation chose.

    /usr/bin/python3 samples/independent/make.py [OUTDIR]

Deterministic: fixed addresses, MACs, identifiers, keys and timestamps
(every capture starts at 1700000000), so re-running it with the same scapy
version writes the same bytes.  Messages come from scapy's own layers where
it has them (scapy.layers.inet6 MIP6*, HAO, IPv6ExtHdrRouting,
scapy.layers.mobileip, ICMP, GRE, fragment()); what scapy lacks (PMIPv6
options, Heartbeat, Mobile IPv4 extensions, the agent advertisement's
mobility extension) is Raw bytes laid out here from the RFCs.

The pcap and pcapng files are written here rather than with scapy's
writers: the cut captures need caplen < len, and scapy's pcapng writer
records the host's OS in its section header.
"""
import hashlib
import hmac
import os
import struct
import sys

from scapy.config import conf
conf.verb = 0
from scapy.packet import Raw, raw
from scapy.layers.l2 import Ether, CookedLinux, GRE
from scapy.layers.inet import IP, UDP, ICMP, fragment
from scapy.layers.inet6 import (IPv6, IPv6ExtHdrDestOpt, IPv6ExtHdrRouting, HAO,
                                MIP6MH_BU, MIP6MH_BA, MIP6MH_HoTI, MIP6MH_HoT,
                                MIP6MH_CoTI, MIP6MH_CoT, MIP6MH_BRR, MIP6MH_Generic,
                                MIP6OptMobNetPrefix, MIP6OptMNID, MIP6OptAltCoA,
                                MIP6OptNonceIndices, MIP6OptBindingAuthData,
                                MIP6OptUnknown)
from scapy.layers.mobileip import MobileIP, MobileIPRRQ, MobileIPRRP

T0 = 1700000000

# Link-layer types (pcap LINKTYPE_*).
LINKTYPE_ETHERNET = 1
LINKTYPE_RAW = 101
LINKTYPE_LINUX_SLL = 113


# ---------------------------------------------------------------------------
# Capture files

class Capture:
    """Frames (time, bytes) of one link type, written as pcap or pcapng."""

    def __init__(self, name, linktype, pcapng=False):
        self.name = name
        self.linktype = linktype
        self.pcapng = pcapng
        self.frames = []

    def add(self, t, frame):
        data = raw(frame) if not isinstance(frame, bytes) else frame
        self.frames.append((T0 + t, data))

    def write(self, outdir, snaplen=65535, name=None):
        path = os.path.join(outdir, (name or self.name) + (".pcapng" if self.pcapng else ".pcap"))
        with open(path, "wb") as f:
            f.write(self._pcapng(snaplen) if self.pcapng else self._pcap(snaplen))
        return path

    def _pcap(self, snaplen):
        out = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, snaplen, self.linktype)]
        for t, data in self.frames:
            sec, usec = _split(t, 1000000)
            cap = data[:snaplen]
            out.append(struct.pack("<IIII", sec, usec, len(cap), len(data)) + cap)
        return b"".join(out)

    def _pcapng(self, snaplen):
        def block(btype, body):
            body += b"\0" * (-len(body) % 4)
            n = 12 + len(body)
            return struct.pack("<II", btype, n) + body + struct.pack("<I", n)

        def option(code, value):
            return struct.pack("<HH", code, len(value)) + value + b"\0" * (-len(value) % 4)

        shb = block(0x0A0D0D0A, struct.pack("<IHHq", 0x1A2B3C4D, 1, 0, -1) +
                    option(4, b"samples/independent/make.py (scapy)") + option(0, b""))
        # if_tsresol 6: microseconds (the default, stated for readers).
        idb = block(0x00000001, struct.pack("<HHI", self.linktype, 0, snaplen) +
                    option(2, b"eth0") + option(9, b"\x06") + option(0, b""))
        out = [shb, idb]
        for t, data in self.frames:
            ts = int(round(t * 1000000))
            cap = data[:snaplen]
            out.append(block(0x00000006, struct.pack("<IIIII", 0, ts >> 32, ts & 0xFFFFFFFF,
                                                     len(cap), len(data)) + cap))
        return b"".join(out)


def _split(t, scale):
    whole = int(t)
    frac = int(round((t - whole) * scale))
    return whole, frac


def ether(src, dst, pkt, ethertype=None):
    e = Ether(src=src, dst=dst)
    if ethertype is not None:
        e.type = ethertype
    return e / pkt


def sll(pkt, outgoing, src_mac):
    """Linux cooked header: packet type 0 (to us) or 4 (sent by us)."""
    proto = 0x86DD if isinstance(pkt, IPv6) else 0x0800
    return CookedLinux(pkttype=4 if outgoing else 0, lladdrtype=1, lladdrlen=6,
                       src=bytes.fromhex(src_mac.replace(":", "")) + b"\0\0",
                       proto=proto) / pkt


# ---------------------------------------------------------------------------
# Mobile IPv6 (RFC 6275)

MAC_MN = "02:00:5e:10:00:01"
MAC_AR = "02:00:5e:10:00:02"      # access router on the MN's foreign link

HA6 = "2001:db8:1::1"
HOA6 = "2001:db8:1::100"
COA6 = "2001:db8:2::100"
CN6 = "2001:db8:3::3"

# The correspondent's secret and nonces (RFC 6275 5.2.3-5.2.5).
KCN = bytes.fromhex("6d69707820696e646570656e64656e74206b636e")
NONCES = {7: bytes.fromhex("0102030405060708"), 8: bytes.fromhex("1112131415161718")}


def _sha1_hmac(key, msg):
    return hmac.new(key, msg, hashlib.sha1).digest()


def _addr6(a):
    return raw(IPv6(src=a))[8:24]


def keygen_token(addr, nonce_index, which):
    """RFC 6275 5.2.5: First(64, HMAC_SHA1(Kcn, addr | nonce | 0 or 1))."""
    return _sha1_hmac(KCN, _addr6(addr) + NONCES[nonce_index] + bytes([which]))[:8]


def with_bad(pkt, mh_cls, coa, cn, kbm):
    """Fill the Binding Authorization Data option (RFC 6275 5.2.6): the
    authenticator is First(96, HMAC_SHA1(Kbm, CoA | CN | MH data)), MH data
    taken with a zero checksum and without the authenticator itself.  The
    option is the last of the message and ends it (8n+2 alignment, 14
    octets), so the authenticator is the message's last 12 octets."""
    mh = pkt[mh_cls]
    mh.cksum = 0
    data = raw(mh)
    assert data[-12:] == b"\xaa" * 12, "Binding Authorization Data not last"
    mac = _sha1_hmac(kbm, _addr6(coa) + _addr6(cn) + data[:-12])[:12]
    mh.options[-1].authenticator = int.from_bytes(mac, "big")
    mh.cksum = None
    return pkt


def placeholder_bad():
    # scapy's default Option Len (16) is not RFC 6275 6.2.7's 12.
    return MIP6OptBindingAuthData(olen=12, authenticator=int.from_bytes(b"\xaa" * 12, "big"))


def mn_to_ha_bu(seq, flags, lifetime_units, options, coa=COA6, hoa=HOA6, ha=HA6):
    return (IPv6(src=coa, dst=ha) / IPv6ExtHdrDestOpt(options=[HAO(hoa=hoa)]) /
            MIP6MH_BU(seq=seq, flags=flags, mhtime=lifetime_units, options=options))


def ha_to_mn_ba(seq, flags, lifetime_units, status=0, coa=COA6, hoa=HOA6, ha=HA6, options=()):
    return (IPv6(src=ha, dst=coa) / IPv6ExtHdrRouting(type=2, addresses=[hoa]) /
            MIP6MH_BA(status=status, flags=flags, seq=seq, mhtime=lifetime_units,
                      options=list(options)))


def return_routability(cap, t, hoti_cookie, coti_cookie, hni, coni, seq):
    """HoTI through the home agent's tunnel, CoTI directly, their tests back,
    then the correspondent registration (RFC 6275 5.2.5, 11.6, 11.7.2)."""
    up = lambda p: ether(MAC_MN, MAC_AR, p)
    down = lambda p: ether(MAC_AR, MAC_MN, p)
    cap.add(t, up(IPv6(src=COA6, dst=HA6) /
                  IPv6(src=HOA6, dst=CN6) / MIP6MH_HoTI(cookie=hoti_cookie)))
    cap.add(t + 0.000120, up(IPv6(src=COA6, dst=CN6) / MIP6MH_CoTI(cookie=coti_cookie)))
    htok = keygen_token(HOA6, hni, 0)
    ctok = keygen_token(COA6, coni, 1)
    cap.add(t + 0.041300, down(IPv6(src=CN6, dst=COA6) /
                               MIP6MH_CoT(index=coni, cookie=coti_cookie, token=ctok)))
    cap.add(t + 0.052800, down(IPv6(src=HA6, dst=COA6) / IPv6(src=CN6, dst=HOA6) /
                               MIP6MH_HoT(index=hni, cookie=hoti_cookie, token=htok)))
    kbm = hashlib.sha1(htok + ctok).digest()
    # A correspondent registration lives at most MAX_RR_BINDING_LIFETIME
    # (420 s = 105 units of 4 s, RFC 6275 12).
    bu = (IPv6(src=COA6, dst=CN6) / IPv6ExtHdrDestOpt(options=[HAO(hoa=HOA6)]) /
          MIP6MH_BU(seq=seq, flags="A", mhtime=105,
                    options=[MIP6OptNonceIndices(olen=4, hni=hni, coni=coni), placeholder_bad()]))
    cap.add(t + 0.053100, up(with_bad(bu, MIP6MH_BU, COA6, CN6, kbm)))
    ba = (IPv6(src=CN6, dst=COA6) / IPv6ExtHdrRouting(type=2, addresses=[HOA6]) /
          MIP6MH_BA(status=0, flags=0, seq=seq, mhtime=105, options=[placeholder_bad()]))
    cap.add(t + 0.094600, down(with_bad(ba, MIP6MH_BA, COA6, CN6, kbm)))


def mip6_home_rr():
    cap = Capture("ind-mip6-home-rr", LINKTYPE_ETHERNET)
    up = lambda p: ether(MAC_MN, MAC_AR, p)
    down = lambda p: ether(MAC_AR, MAC_MN, p)
    # Home registration: A and H, 600 s, the care-of address also in an
    # Alternate Care-of Address option (RFC 6275 11.7.1).
    cap.add(0, up(mn_to_ha_bu(1000, "AH", 150, [MIP6OptAltCoA(acoa=COA6)])))
    cap.add(0.012400, down(ha_to_mn_ba(1000, 0, 150)))
    return_routability(cap, 1.5, b"HoTIck01", b"CoTIck01", 7, 8, 2000)
    # The correspondent asks for a refresh before the 420 s run out
    # (Binding Refresh Request, RFC 6275 9.5.5): new return routability and
    # correspondent registration.
    cap.add(380.2, down(IPv6(src=CN6, dst=COA6) / IPv6ExtHdrRouting(type=2, addresses=[HOA6]) /
                        MIP6MH_BRR()))
    return_routability(cap, 380.3, b"HoTIck02", b"CoTIck02", 8, 8, 2001)
    # Home refresh before 600 s.
    cap.add(480.0, up(mn_to_ha_bu(1001, "AH", 150, [MIP6OptAltCoA(acoa=COA6)])))
    cap.add(480.011800, down(ha_to_mn_ba(1001, 0, 150)))
    return [cap]


def mip6_binding_error():
    """A correspondent that lost its binding cache (RFC 6275 9.3.3): data
    with a Home Address option it has no binding for draws a Binding Error
    (status 1) to the care-of address; the MN runs return routability and
    registers again (11.3.6), and the data flows."""
    from scapy.layers.inet6 import MIP6MH_BE
    cap = Capture("ind-mip6-binding-error", LINKTYPE_ETHERNET)
    up = lambda p: ether(MAC_MN, MAC_AR, p)
    down = lambda p: ether(MAC_AR, MAC_MN, p)
    cap.add(0, up(mn_to_ha_bu(40, "AH", 150, [])))
    cap.add(0.013100, down(ha_to_mn_ba(40, 0, 150)))
    data = lambda: (IPv6(src=COA6, dst=CN6) / IPv6ExtHdrDestOpt(options=[HAO(hoa=HOA6)]) /
                    UDP(sport=5000, dport=7) / Raw(b"data" * 4))
    cap.add(20.0, up(data()))
    cap.add(20.040200, down(IPv6(src=CN6, dst=COA6) /
                            MIP6MH_BE(status=1, ha=HOA6)))
    return_routability(cap, 20.5, b"HoTIck03", b"CoTIck03", 7, 7, 41)
    cap.add(21.0, up(data()))
    cap.add(21.040100, down(IPv6(src=CN6, dst=COA6) / IPv6ExtHdrRouting(type=2, addresses=[HOA6]) /
                            UDP(sport=7, dport=5000) / Raw(b"data" * 4)))
    return [cap]


# NEMO (RFC 3963): a mobile router registers with R; explicit mode names
# its Mobile Network Prefix, implicit mode leaves the prefix to the HA.
MNP = "2001:db8:1:8000::"


def nemo(name, linktype, explicit):
    cap = Capture(name, linktype)
    opts = lambda: [MIP6OptMobNetPrefix(plen=56, prefix=MNP)] if explicit else []

    def frame(p, outgoing):
        if linktype == LINKTYPE_LINUX_SLL:
            return sll(p, outgoing, MAC_MN if outgoing else MAC_AR)
        return p
    seq = 300 if explicit else 500
    cap.add(0, frame(mn_to_ha_bu(seq, "AHR", 300, opts()), True))
    cap.add(0.018200, frame(ha_to_mn_ba(seq, "R", 300), False))
    cap.add(1000.0, frame(mn_to_ha_bu(seq + 1, "AHR", 300, opts()), True))
    cap.add(1000.017900, frame(ha_to_mn_ba(seq + 1, "R", 300), False))
    # Deregistration from the foreign link (lifetime 0, RFC 6275 11.7.1).
    cap.add(1500.0, frame(mn_to_ha_bu(seq + 2, "AHR", 0, opts()), True))
    cap.add(1500.016400, frame(ha_to_mn_ba(seq + 2, "R", 0), False))
    return cap


# Proxy Mobile IPv6 (RFC 5213), Heartbeat (RFC 5847).
MAG = "2001:db8:a::1"
LMA = "2001:db8:b::1"
MAC_MAG = "02:00:5e:20:00:01"
MAC_LMA = "02:00:5e:20:00:02"
MN_NAI = b"mn1@pmip.example"
HNP = "2001:db8:100:1::"


class _AlignedOpt(MIP6OptUnknown):
    """A mobility option scapy has no layer for, with its RFC alignment
    (xn + y) so that scapy's autopad puts PadN before it."""
    x = 0
    y = 0


def _opt(otype, data, x=0, y=0):
    cls = type("MIP6Opt%d" % otype, (_AlignedOpt,), {"x": x, "y": y})
    return cls(otype=otype, odata=data)


def pmip_options(stamp, hi):
    """MN Identifier (RFC 4283), Home Network Prefix (type 22), Handoff
    Indicator (23), Access Technology Type (24, 4: IEEE 802.11a/b/g),
    Timestamp (27), RFC 5213 8.1 and 8.3-8.8; alignments HNP 8n+4,
    Timestamp 8n+2, the others none."""
    return [MIP6OptMNID(subtype=1, id=MN_NAI),
            _opt(22, b"\x00\x40" + _addr6(HNP), 8, 4),
            _opt(23, bytes([0, hi])),
            _opt(24, bytes([0, 4])),
            _opt(27, struct.pack(">Q", stamp), 8, 2)]


def pmip_timestamp(t):
    """RFC 5213 8.8: seconds since 1970 in 48 bits, 1/65536 s in 16 bits."""
    sec, frac = _split(T0 + t, 1 << 16)
    return (sec << 16) | frac


def ntp64(t):
    sec, frac = _split(T0 + t + 2208988800, 1 << 32)
    return (sec << 32) | frac


def pmip6():
    cap = Capture("ind-pmip6", LINKTYPE_ETHERNET, pcapng=True)
    up = lambda p: ether(MAC_MAG, MAC_LMA, p)
    down = lambda p: ether(MAC_LMA, MAC_MAG, p)

    def pbu_pba(t, lifetime_units, hi):
        # Timestamp-based replay protection (RFC 5213 5.5): the Sequence
        # Number is not what orders the PBUs, the MAG leaves it 0, the LMA
        # copies it.
        stamp = pmip_timestamp(t)
        cap.add(t, up(IPv6(src=MAG, dst=LMA) /
                      MIP6MH_BU(seq=0, flags="AHP", mhtime=lifetime_units,
                                options=pmip_options(stamp, hi))))
        cap.add(t + 0.004700, down(IPv6(src=LMA, dst=MAG) /
                                   MIP6MH_BA(status=0, flags="P", seq=0, mhtime=lifetime_units,
                                             options=pmip_options(stamp, hi))))

    def heartbeat(t, seq):
        # RFC 5847 5.1: Reserved (14 bits), U, R, Sequence Number (32), padded to 8n.
        msg = lambda r: struct.pack(">HI", r, seq) + b"\x01\x02\x00\x00"
        cap.add(t, up(IPv6(src=MAG, dst=LMA) / MIP6MH_Generic(mhtype=13, msg=msg(0))))
        cap.add(t + 0.003900, down(IPv6(src=LMA, dst=MAG) / MIP6MH_Generic(mhtype=13, msg=msg(1))))

    pbu_pba(0, 900, 1)           # initial attachment on a new interface, 3600 s
    heartbeat(60, 1)
    heartbeat(120, 2)
    pbu_pba(1800, 900, 5)        # re-registration: handoff state not changed
    heartbeat(1860, 3)
    pbu_pba(2400, 0, 4)          # deregistration (detach)
    return [cap]


# ---------------------------------------------------------------------------
# Mobile IPv4 (RFC 3344, RFC 3024)

HOA4 = "10.1.0.100"
HA4 = "10.1.0.1"
FA4 = "192.0.2.1"
CN4 = "198.51.100.80"
MAC_MN4 = "02:00:5e:30:00:01"
MAC_FA = "02:00:5e:30:00:02"
MAC_FA_UP = "02:00:5e:30:00:03"
MAC_HA = "02:00:5e:30:00:04"

# MN-HA security association: SPI 0x1000, HMAC-MD5 (RFC 3344 3.5.1's
# default), key in keys.txt next to the captures.
SPI = 0x1000
KEY = bytes.fromhex("6d697078696e6465702d6d6e2d68612d")


def mn_ha_auth(message):
    """Append the Mobile-Home Authentication Extension (type 32, RFC 3344
    3.5.2): HMAC-MD5 over the message, prior extensions and the
    extension's type, length and SPI."""
    head = bytes([32, 20]) + struct.pack(">I", SPI)
    mac = hmac.new(KEY, message + head, hashlib.md5).digest()
    return message + head + mac


def rrq(flags, lifetime, coa, ident, exts=b"", home=HOA4):
    body = raw(MobileIP(type=1) / MobileIPRRQ(flags=flags, lifetime=lifetime, homeaddr=home,
                                              haaddr=HA4, coaddr=coa, id=ident))
    return mn_ha_auth(body + exts)


def rrp(code, lifetime, ident, exts=b"", home=HOA4):
    body = raw(MobileIP(type=3) / MobileIPRRP(code=code, lifetime=lifetime, homeaddr=home,
                                              haaddr=HA4, id=ident))
    return mn_ha_auth(body + exts)


def udp4(src, dst, sport, dport, payload, ident):
    return IP(src=src, dst=dst, id=ident, ttl=64) / UDP(sport=sport, dport=dport) / Raw(payload)


# Registration Request flags (RFC 3344 3.3): S B D M G r T x.
RRQ_D = 0x20
RRQ_T = 0x02    # RFC 3024 reverse tunnelling


def agent_advertisement(seq):
    """ICMP router advertisement (RFC 1256) with the Mobility Agent
    Advertisement Extension (type 16, RFC 3344 2.1.1): registration
    required (R), foreign agent (F), reverse tunnelling offered (T,
    RFC 3024 3.1), one care-of address; lifetimes in seconds."""
    routers = struct.pack(">4sI", raw(IP(src=FA4))[12:16], 0)
    mobility = struct.pack(">BBHHBB4s", 16, 10, seq, 1800, 0x80 | 0x10 | 0x01, 0,
                           raw(IP(src=FA4))[12:16])
    return (IP(src=FA4, dst="224.0.0.1", ttl=1, id=0x4000 + seq) /
            ICMP(type=9, code=0, unused=(1 << 24) | (2 << 16) | 5400) / Raw(routers + mobility))


def ntp_ident(t):
    return ntp64(t)


def mip4_rfc3024():
    cap = Capture("ind-mip4-rfc3024", LINKTYPE_ETHERNET)
    fa_down = lambda p: ether(MAC_FA, "01:00:5e:00:00:01", p)
    mn_fa = lambda p: ether(MAC_MN4, MAC_FA, p)
    fa_mn = lambda p: ether(MAC_FA, MAC_MN4, p)
    fa_ha = lambda p: ether(MAC_FA_UP, MAC_HA, p)
    ha_fa = lambda p: ether(MAC_HA, MAC_FA_UP, p)

    def registration(t, lifetime, n):
        # Timestamp replay protection (RFC 3344 5.7.1): a valid Identification
        # is copied whole into the reply.
        ident = ntp_ident(t)
        req = rrq(RRQ_T, lifetime, FA4, ident)
        rep = rrp(0, lifetime, ident)
        cap.add(t, mn_fa(udp4(HOA4, FA4, 49152 + n, 434, req, 0x100 + n)))
        cap.add(t + 0.000800, fa_ha(udp4(FA4, HA4, 50000 + n, 434, req, 0x200 + n)))
        cap.add(t + 0.021400, ha_fa(udp4(HA4, FA4, 434, 50000 + n, rep, 0x300 + n)))
        cap.add(t + 0.022100, fa_mn(udp4(FA4, HOA4, 434, 49152 + n, rep, 0x400 + n)))

    cap.add(0, fa_down(agent_advertisement(1)))
    cap.add(0.5, fa_down(agent_advertisement(2)))
    registration(0.6, 1800, 1)
    # Reverse tunnel (RFC 3024 5.2): the FA sends the MN's packets to the HA
    # in IP-in-IP; forward tunnel from the HA (RFC 2003).
    data_up = IP(src=HOA4, dst=CN4, id=0x1234) / UDP(sport=5000, dport=7) / Raw(b"echo" * 8)
    data_dn = IP(src=CN4, dst=HOA4, id=0x4321) / UDP(sport=7, dport=5000) / Raw(b"echo" * 8)
    cap.add(2.0, mn_fa(data_up))
    cap.add(2.000300, fa_ha(IP(src=FA4, dst=HA4, id=0x500, proto=4) / data_up))
    cap.add(2.031000, ha_fa(IP(src=HA4, dst=FA4, id=0x600, proto=4) / data_dn))
    cap.add(2.031300, fa_mn(data_dn))
    cap.add(900.0, fa_down(agent_advertisement(3)))
    registration(900.6, 1800, 2)                  # renewal before 1800 s
    registration(1500.6, 0, 3)                    # deregistration
    return [cap]


def mip4_nonce():
    """Nonce replay protection (RFC 3344 5.7.2), co-located care-of address
    (D), sent straight to the HA.  The MN's first nonce guess is stale: the
    HA answers 133 (identification mismatch) with its own nonce in the high
    32 bits and the MN's low 32 bits; the MN retries with that nonce."""
    cap = Capture("ind-mip4-nonce", LINKTYPE_RAW)
    coa = "203.0.113.20"
    flow = [
        # (t, request high, request low, reply code, HA's next nonce)
        (0.0, 0x0BADBEEF, 0x11111111, 133, 0x5A5A0001),
        (0.1, 0x5A5A0001, 0x22222222, 0, 0x5A5A0002),
        (1200.0, 0x5A5A0002, 0x33333333, 0, 0x5A5A0003),
    ]
    for n, (t, hi, lo, code, ha_nonce) in enumerate(flow):
        lifetime = 1800
        req = rrq(RRQ_D, lifetime, coa, (hi << 32) | lo)
        rep = rrp(code, lifetime if code == 0 else 0, (ha_nonce << 32) | lo)
        cap.add(t, udp4(coa, HA4, 49200, 434, req, 0x700 + n))
        cap.add(t + 0.019000, udp4(HA4, coa, 434, 49200, rep, 0x800 + n))
    return [cap]


def nai_ext(nai):
    return bytes([131, len(nai)]) + nai                 # RFC 2794 2


def cvse(vendor, vtype, value):
    """Critical Vendor/Organization Specific Extension (type 38, RFC 3115
    3.1): Type, Reserved, Length (16 bits), Vendor ID, Vendor-CVSE-Type."""
    body = struct.pack(">IH", vendor, vtype) + value
    return struct.pack(">BBH", 38, 0, len(body)) + body


def mip4_fragmented():
    """A registration request bigger than the link MTU: NAI and a large
    vendor extension (RFC 5612's example enterprise 32473), so IP
    fragments it in two (fragment() with 1480 octets)."""
    cap = Capture("ind-mip4-fragmented", LINKTYPE_LINUX_SLL)
    coa = "203.0.113.30"
    nai = b"mn4@mip4.example"
    blob = bytes((i * 7 + 3) & 0xFF for i in range(1600))
    ident = ntp_ident(0)
    req = rrq(RRQ_D, 600, coa, ident, nai_ext(nai) + cvse(32473, 1, blob))
    pkt = udp4(coa, HA4, 49300, 434, req, 0x900)
    frags = fragment(pkt, 1480)
    assert len(frags) == 2, len(frags)
    for i, fr in enumerate(frags):
        cap.add(i * 0.000050, sll(fr, True, MAC_MN4))
    rep = rrp(0, 600, ident, nai_ext(nai))
    cap.add(0.024000, sll(udp4(HA4, coa, 434, 49300, rep, 0x901), False, MAC_HA))
    # Renewal, small enough to go whole.
    ident = ntp_ident(500)
    req = rrq(RRQ_D, 600, coa, ident, nai_ext(nai))
    rep = rrp(0, 600, ident, nai_ext(nai))
    cap.add(500.0, sll(udp4(coa, HA4, 49300, 434, req, 0x902), True, MAC_MN4))
    cap.add(500.021000, sll(udp4(HA4, coa, 434, 49300, rep, 0x903), False, MAC_HA))
    return [cap]


def mip4_tunnelled():
    """Registrations of a co-located care-of address crossing a site link
    that carries them in IP-in-IP (RFC 2003) and then in GRE (RFC 2784)."""
    cap = Capture("ind-mip4-tunnelled", LINKTYPE_ETHERNET)
    coa = "203.0.113.40"
    gw_a, gw_b = "198.51.100.1", "198.51.100.2"
    mac_a, mac_b = "02:00:5e:40:00:01", "02:00:5e:40:00:02"

    def ipip(src, dst, inner, n):
        return IP(src=src, dst=dst, proto=4, id=0xA00 + n) / inner

    def gre(src, dst, inner, n):
        return IP(src=src, dst=dst, id=0xB00 + n) / GRE(proto=0x0800) / inner

    for n, (t, wrap) in enumerate([(0.0, ipip), (600.0, gre), (1200.0, ipip)]):
        ident = ntp_ident(t)
        lifetime = 900 if n < 2 else 0
        req = udp4(coa, HA4, 49400, 434, rrq(RRQ_D, lifetime, coa, ident), 0xC00 + n)
        rep = udp4(HA4, coa, 434, 49400, rrp(0, lifetime, ident), 0xD00 + n)
        cap.add(t, ether(mac_a, mac_b, wrap(gw_a, gw_b, req, 2 * n)))
        cap.add(t + 0.017500, ether(mac_b, mac_a, wrap(gw_b, gw_a, rep, 2 * n + 1)))
    return [cap]


# ---------------------------------------------------------------------------

def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(outdir, "keys.txt"), "w") as f:
        f.write("# MN-HA keys of the ind-mip4-* captures: SPI:hexkey, HMAC-MD5 (RFC 3344 3.5.1)\n")
        f.write("0x%x:%s\n" % (SPI, KEY.hex()))
    caps = {}
    for make in (mip6_home_rr, mip6_binding_error, lambda: [nemo("ind-nemo-explicit", LINKTYPE_LINUX_SLL, True)],
                 lambda: [nemo("ind-nemo-implicit", LINKTYPE_RAW, False)], pmip6,
                 mip4_rfc3024, mip4_nonce, mip4_fragmented, mip4_tunnelled):
        for cap in make():
            caps[cap.name] = cap
            print(cap.write(outdir))
    # The same traffic cut by a 96-octet snap length.
    for name in ("ind-mip6-home-rr", "ind-nemo-explicit", "ind-pmip6", "ind-mip4-fragmented",
                 "ind-mip4-tunnelled"):
        cut = "ind-cut-96-" + name[len("ind-"):]
        print(caps[name].write(outdir, snaplen=96, name=cut))


if __name__ == "__main__":
    main()
