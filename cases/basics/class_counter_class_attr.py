# counting instances with a class attribute via type(self)
class Base:
    created = 0
    def __init__(self):
        type(self).created += 1
class X(Base):
    pass
class Y(Base):
    pass
X(); X(); Y()
print(Base.created, X.created, Y.created)
Base()
print(Base.created, X.created)
