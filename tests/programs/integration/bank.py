# A small object-oriented simulation: accounts, transactions, errors, reports.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account, self.amount = account, amount

class Account:
    _next_id = 1
    interest = 0.0
    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self._balance = balance
        self.history = []
    @property
    def balance(self):
        return self._balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def month_end(self):
        gained = round(self._balance * self.interest, 2)
        self._balance = round(self._balance + gained, 2)
        return gained
    def __repr__(self):
        return f"{type(self).__name__}(#{self.id} {self.owner}: {self._balance})"

class Savings(Account):
    interest = 0.01
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "withdraw"]) >= 2:
            raise PermissionError("only two withdrawals per month")
        return super().withdraw(amount)

class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, initial=0):
        acct = cls(owner, initial)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except (InsufficientFunds, PermissionError) as e:
            print("  transfer failed:", e)
            return False
        else:
            self.accounts[dst].deposit(amount)
            return True
        finally:
            print(f"  transfer {src}->{dst} of {amount} attempted")
    def report(self):
        for acct in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)):
            print(f"  {acct!r:35} ops={len(acct.history)}")
        print("  total:", sum(a.balance for a in self.accounts.values()))

bank = Bank()
a = bank.open(Account, "alice", 100)
b = bank.open(Savings, "bob", 1000)
c = bank.open(Account, "carol")
a.deposit(50).withdraw(30)
print(bank.transfer(1, 3, 500))
print(bank.transfer(2, 3, 100), bank.transfer(2, 1, 100), bank.transfer(2, 1, 100))
try:
    c.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for month in range(1, 4):
    gains = {acct.owner: acct.month_end() for acct in bank.accounts.values()}
    print("month", month, gains)
bank.report()
try:
    a.balance = 5
except AttributeError as e:
    print("AttributeError:", e)
print([h for acct in bank.accounts.values() for h in acct.history])
