# print(file=sys.stdout) and sys.stdout.write
import sys
print("to stdout", file=sys.stdout)
sys.stdout.write("written directly\n")
n = sys.stdout.write("abc\n")
print(n)
print("a", "b", sep="+", end="=\n", file=sys.stdout)
