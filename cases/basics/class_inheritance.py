# single inheritance and overriding
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + " says " + self.sound
    def kind(self):
        return "animal"
class Dog(Animal):
    sound = "woof"
    def kind(self):
        return "dog, an " + super().kind()
class Puppy(Dog):
    def speak(self):
        return Dog.speak(self) + "!"
for a in (Animal("a"), Dog("d"), Puppy("p")):
    print(a.speak(), "|", a.kind())
print(isinstance(Puppy("x"), Animal), issubclass(Dog, Puppy))
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
