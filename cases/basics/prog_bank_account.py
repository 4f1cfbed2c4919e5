# program: classes and custom exceptions modelling accounts
class InsufficientFunds(Exception):
    pass
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds("%s needs %d more" % (self.owner, amt - self.balance))
        self.balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return "Account(%r, %d)" % (self.owner, self.balance)
def transfer(src, dst, amt):
    src.withdraw(amt)
    dst.deposit(amt)
a = Account("ann", 100)
b = Account("bob")
transfer(a, b, 30)
print(a, b)
try:
    transfer(b, a, 50)
except InsufficientFunds as e:
    print("failed:", e)
try:
    a.deposit(-5)
except ValueError as e:
    print("failed:", e)
print(a.history, b.history)
