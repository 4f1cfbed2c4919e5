# assigning a name anywhere in a function makes it local throughout
x = 10
def reads_then_writes():
    try:
        print(x)
    except NameError:
        print("local x referenced before assignment")
    x = 20
    return x
print(reads_then_writes())
def only_reads():
    return x
print(only_reads())
def aug():
    try:
        global_counter = 0
        global_counter += 1
        return global_counter
    except NameError:
        return "error"
print(aug())
