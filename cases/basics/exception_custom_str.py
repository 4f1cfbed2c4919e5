# custom exceptions overriding __str__ and carrying data
class ParseError(Exception):
    def __init__(self, line, msg):
        super().__init__(line, msg)
        self.line = line
        self.msg = msg
    def __str__(self):
        return "line %d: %s" % (self.line, self.msg)
try:
    raise ParseError(3, "unexpected token")
except ParseError as e:
    print(e)
    print(e.args)
    print(e.line, e.msg)
class Plain(Exception):
    pass
print(str(Plain()), str(Plain("x")), str(Plain("x", "y")))
