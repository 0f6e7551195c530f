# A two-resource jimage: /java.base/java/lang/Object.class and /packages/java.lang.
import struct
SEED = 0x01000193
def h(name, seed):
    x = seed
    for b in name:
        x = ((x * SEED) & 0xFFFFFFFF) ^ b
    return x & 0x7FFFFFFF
strings = b"\0"
def s(t):
    global strings
    off = len(strings); strings += t + b"\0"; return off
content_class = bytes.fromhex("cafebabe0000003d0005010001410700010100106a6176612f6c616e672f4f626a6563740700030021000200040000000000000000")
res = [  # (name, module, parent, base, ext)
  (b"/java.base/java/lang/A.class", b"java.base", b"java/lang", b"A", b"class"),
  (b"/packages/java.lang", b"packages", b"", b"java.lang", b""),
]
jb = s(b"java.base")
pkg_content = struct.pack("<II", 0, jb)
contents = [content_class, pkg_content]
T = 4
slots = {}
for i, r in enumerate(res):
    idx = h(r[0], SEED) % T
    assert idx not in slots
    slots[idx] = i
locs = b""; offsets = []
cont_off = 0
for i, (name, mod, par, base, ext) in enumerate(res):
    offsets.append(len(locs))
    def attr(kind, v):
        b = v.to_bytes(max(1, (v.bit_length() + 7) // 8), "big")
        return bytes([kind << 3 | (len(b) - 1)]) + b
    rec = attr(1, s(mod)) + attr(2, s(par) if par else 0) + attr(3, s(base)) + attr(4, s(ext) if ext else 0)
    rec += attr(5, cont_off) + attr(7, len(contents[i])) + b"\0"
    locs += rec; cont_off += len(contents[i])
redirect = [0] * T
for idx, slot in slots.items():
    redirect[idx] = -1 - slot
# The table holds T slots but only len(res) resources; unused offsets point at an empty record.
empty = len(locs); locs += b"\0"
offs = offsets + [empty] * (T - len(res))
# Redirects name slots directly, so slot numbers follow res order.
header = struct.pack("<7I", 0xCAFEDADA, 1 << 16, 0, len(res), T, len(locs), len(strings))
img = header + struct.pack("<%di" % T, *redirect) + struct.pack("<%dI" % T, *offs) + locs + strings + b"".join(contents)
open("/work/main/fuzz/seeds/jimage/two-resources.jimage", "wb").write(img)
print(len(img))
