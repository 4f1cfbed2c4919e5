# a class-based context manager managing state
class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, et, ev, tb):
        Indent.level -= 1
    def say(self, msg):
        print("  " * Indent.level + msg)
with Indent() as a:
    a.say("one")
    with Indent() as b:
        b.say("two")
        with Indent() as c:
            c.say("three")
    a.say("back to one")
print(Indent.level)
