# global declarations allow deleting globals from functions
g = "exists"
def remove():
    global g
    del g
remove()
try:
    g
except NameError:
    print("g deleted")
def create():
    global g
    g = "recreated"
create()
print(g)
class C:
    global h
    h = "set in class body"
    local_attr = 1
print(h, C.local_attr, "local_attr" in globals())
