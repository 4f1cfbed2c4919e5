# A class body inside a function sees the function's variables; its own
# methods see them through closures.
def make(value):
    label = "L%d" % value

    class Box:
        v = value
        tag = label

        def show(self):
            return (self.v, self.tag, label)

    return Box


B = make(7)
print(B.v, B.tag, B().show())
