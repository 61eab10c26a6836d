# A tokenizer, recursive-descent parser and evaluator for arithmetic expressions.
class Token:
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
    def __repr__(self):
        return f"Token({self.kind}, {self.value!r})"

def tokenize(text):
    tokens, i = [], 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            num = text[i:j]
            tokens.append(Token("num", float(num) if "." in num else int(num)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(Token("name", text[i:j]))
            i = j
        elif ch in "+-*/()^%,":
            tokens.append(Token("op", ch))
            i += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at {i}")
    tokens.append(Token("end", None))
    return tokens

class Parser:
    def __init__(self, tokens, env):
        self.tokens, self.pos, self.env = tokens, 0, env
    def peek(self):
        return self.tokens[self.pos]
    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if (kind and tok.kind != kind) or (value and tok.value != value):
            raise SyntaxError(f"expected {value or kind}, got {tok!r}")
        self.pos += 1
        return tok
    def expr(self):
        left = self.term()
        while self.peek().value in ("+", "-"):
            op = self.take().value
            right = self.term()
            left = left + right if op == "+" else left - right
        return left
    def term(self):
        left = self.factor()
        while self.peek().value in ("*", "/", "%"):
            op = self.take().value
            right = self.factor()
            if op == "*":
                left *= right
            elif op == "/":
                left /= right
            else:
                left %= right
        return left
    def factor(self):
        base = self.unary()
        if self.peek().value == "^":
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        if self.peek().value == "-":
            self.take()
            return -self.unary()
        return self.atom()
    def atom(self):
        tok = self.peek()
        if tok.kind == "num":
            return self.take().value
        if tok.kind == "name":
            name = self.take().value
            if self.peek().value == "(":
                self.take()
                args = [self.expr()]
                while self.peek().value == ",":
                    self.take()
                    args.append(self.expr())
                self.take(value=")")
                return self.env[name](*args)
            return self.env[name]
        if tok.value == "(":
            self.take()
            v = self.expr()
            self.take(value=")")
            return v
        raise SyntaxError(f"unexpected {tok!r}")

env = {"pi": 3.141592653589793, "max": max, "min": min, "abs": abs, "x": 10}
exprs = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 3", "max(1, x, 3) * 2",
         "abs(-7) + min(4, 2)", "2 ^ 100", "pi * 2", "1.5 + 2.25", "((((1))))", "x * x - x / 2",
         "1 +", "3 $ 4", "(1 + 2", "1 / 0", "y + 1"]
for e in exprs:
    try:
        print(f"{e!r:24} = {Parser(tokenize(e), env).expr()!r}")
    except (SyntaxError, ZeroDivisionError, KeyError) as err:
        print(f"{e!r:24} ! {type(err).__name__}: {err}")
print(tokenize("a1 + 22")[:3])
