# An uncaught AttributeError suggests the closest attribute name.
class Account:
    def __init__(self):
        self.balance = 0

    def deposit(self, n):
        self.balance += n


a = Account()
try:
    a.depost(5)
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
a.Balance
