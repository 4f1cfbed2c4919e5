class BA(bytearray):
    def total(self):
        return sum(self)
a = BA(b'\x01\x02')
a.append(3)
a.extend(b'\x04')
a[0] = 10
print(a, a.total(), len(a), a[1:], isinstance(a, bytearray), a.pop(), a)
