# Uncaught AttributeError on an instance.
class Box:
    def __init__(self):
        self.contents = []
b = Box()
b.contents.append(1)
print(b.contents)
print(b.size)
