# 'in' falls back to __iter__ when __contains__ is missing
class It:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in It())
print(7 in It())
class Cont:
    def __contains__(self, x):
        return x == "magic"
print("magic" in Cont(), "x" in Cont(), "x" not in Cont())
class BoolRet:
    def __contains__(self, x):
        return 1
print(5 in BoolRet())
