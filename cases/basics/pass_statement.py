# pass in various places
def f():
    pass
class C:
    pass
for i in range(2):
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
while False:
    pass
print(f(), type(C()).__name__, i)
