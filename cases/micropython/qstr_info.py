# qstr_info() summarises the interned strings; qstr_info(1) lists the ones
# interned at run time as Q(...) lines.
import micropython
import sys


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s
        return len(s)


some_new_name_for_the_table = 1
cap = Capture()
old = sys.stdout
sys.stdout = cap
micropython.qstr_info()
brief = cap.text
cap.text = ""
micropython.qstr_info(1)
full = cap.text
sys.stdout = old
print(brief.startswith("qstr pool: n_pool="), "n_qstr=" in brief)
print("Q(some_new_name_for_the_table)" in full)
