class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, s + [9], type(s + [9]).__name__, isinstance(s, list), s[0:1], type(s[0:1]).__name__)
s.extend([7, 8])
s.sort(reverse=True)
print(s, sorted(s), list(reversed(s)), 7 in s, s == [8, 7, 2, 1], repr(s), s.index(2), s * 2)
