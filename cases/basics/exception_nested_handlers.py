# nested try blocks and propagation through functions
def level3():
    raise IndexError("deep")
def level2():
    try:
        level3()
    except KeyError:
        print("level2 wrong handler")
def level1():
    try:
        level2()
    finally:
        print("level1 finally")
try:
    level1()
except IndexError as e:
    print("top caught", e)
for i in range(3):
    try:
        try:
            if i == 0:
                raise ValueError
            if i == 1:
                raise TypeError
        except ValueError:
            print(i, "inner")
    except TypeError:
        print(i, "outer")
    else:
        print(i, "no outer exception")
