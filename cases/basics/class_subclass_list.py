# subclassing list
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, len(s), s.peek(), s.pop(), s)
print(isinstance(s, list), type(s).__name__)
print(s + [9], sorted(Stack([3, 1, 2])))
class Logged(list):
    def append(self, v):
        print("append", v)
        super().append(v)
l = Logged()
l.append(5)
print(l, l[0])
