# pycopy-targets: unix (uos is a module of the unix port; the boards have no filesystem or OS)
# system(command): the wait status (exit code << 8).
try:
    import uos as os
except ImportError:
    import os

print(os.system("true"))
print(os.system("exit 3"))
print(os.system("exit 3") >> 8)
print(os.system("false") >> 8)
print(os.system(""))
print(os.system("test 1 -eq 1 && exit 7") >> 8)
for bad in (None, 1):
    try:
        os.system(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    os.system("true\0")
except ValueError:
    print("ValueError")
