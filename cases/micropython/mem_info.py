# mem_info() prints a summary; mem_info(1) adds a heap map in the spec's
# symbols. The numbers vary, so the case checks the structure.
import micropython
import sys


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s
        return len(s)


cap = Capture()
old = sys.stdout
sys.stdout = cap
micropython.mem_info()
summary = cap.text
cap.text = ""
micropython.mem_info(1)
detail = cap.text
sys.stdout = old
lines = summary.strip().split("\n")
print(len(lines), [l.split(":")[0].strip() for l in lines])
print("GC: total:" in summary, "used:" in summary, "free:" in summary)
print(len(detail) > len(summary), "GC memory layout" in detail)
mapped = [l for l in detail.split("\n") if l[:8].isdigit() or (len(l) > 9 and l[8] == ":")]
symbols = set("".join(l[10:] for l in mapped))
print(len(mapped) > 0, symbols <= set(".h=mTLDFBMS"))
