# Uncaught TypeError from a bad operand, inside a method.
class Acc:
    def __init__(self):
        self.total = 0
    def add(self, v):
        self.total = self.total + v
        return self
a = Acc()
a.add(1).add(2)
print(a.total)
a.add("three")
