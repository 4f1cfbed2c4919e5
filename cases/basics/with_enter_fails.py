# if __enter__ raises, __exit__ is not called
class Bad:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit (should not print)")
try:
    with Bad():
        print("body (should not print)")
except ValueError as e:
    print("caught", e)
class Good:
    def __enter__(self):
        print("good enter")
    def __exit__(self, *a):
        print("good exit")
try:
    with Good(), Bad():
        pass
except ValueError:
    print("outer exited first manager")
