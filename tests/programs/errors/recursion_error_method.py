# Unbounded recursion through a method and __getattr__-free property.
class Node:
    @property
    def value(self):
        return self.value + 1
print("start")
Node().value
