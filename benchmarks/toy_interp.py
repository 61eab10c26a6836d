# toy_interp: a complete small interpreter for a toy language ("Tiny"):
# hand-written tokenizer, recursive-descent / precedence-climbing parser
# building an AST of node classes, and a tree-walking evaluator with
# environments, first-class functions, closures, lists and return-by-exception.
# test-size: 300
# default-size: 12000
import sys

DEFAULT_SIZE = 12000

SOURCE = """
// Tiny: integers, lists, functions, closures.
fn fib(n) {
    if n < 2 { return n; }
    return fib(n - 1) + fib(n - 2);
}

fn is_prime(n) {
    if n < 2 { return 0; }
    let i = 2;
    while i * i <= n {
        if n % i == 0 { return 0; }
        i = i + 1;
    }
    return 1;
}

fn sieve(limit) {
    let flags = [];
    let i = 0;
    while i <= limit { push(flags, 1); i = i + 1; }
    flags[0] = 0;
    flags[1] = 0;
    let p = 2;
    while p * p <= limit {
        if flags[p] {
            let m = p * p;
            while m <= limit { flags[m] = 0; m = m + p; }
        }
        p = p + 1;
    }
    let count = 0;
    i = 0;
    while i <= limit { count = count + flags[i]; i = i + 1; }
    return count;
}

fn make_counter(step) {
    let total = 0;
    fn bump() {
        total = total + step;
        return total;
    }
    return bump;
}

fn map(f, xs) {
    let out = [];
    let i = 0;
    while i < len(xs) { push(out, f(xs[i])); i = i + 1; }
    return out;
}

fn bubble(xs) {
    let n = len(xs);
    let swapped = 1;
    while swapped {
        swapped = 0;
        let i = 1;
        while i < n {
            if xs[i - 1] > xs[i] {
                let t = xs[i];
                xs[i] = xs[i - 1];
                xs[i - 1] = t;
                swapped = 1;
            }
            i = i + 1;
        }
        n = n - 1;
    }
    return xs;
}

fn collatz_len(n) {
    let steps = 0;
    while n != 1 {
        if n % 2 == 0 { n = n / 2; } else { n = 3 * n + 1; }
        steps = steps + 1;
    }
    return steps;
}

let primes = 0;
let k = 0;
while k < N {
    primes = primes + is_prime(k);
    k = k + 1;
}
print primes;
print sieve(N * 2);
print fib(12 + N / 2000);

let c = make_counter(3);
let j = 0;
while j < N / 10 { c(); j = j + 1; }
print c();

fn square(x) { return x * x; }
let xs = [];
let seed = 7;
j = 0;
while j < 60 {
    seed = (seed * 75 + 74) % 65537;
    push(xs, seed % 1000);
    j = j + 1;
}
let sorted = bubble(map(square, xs));
print sorted[0] + sorted[len(sorted) - 1];

let longest = 0;
let arg = 0;
j = 1;
while j < N / 2 {
    let l = collatz_len(j);
    if l > longest && !(j % 2 == 0 && l == longest) { longest = l; arg = j; }
    j = j + 1;
}
print arg * 1000 + longest;
"""


class TinyError(Exception):
    pass


# ---------------------------------------------------------------- tokenizer

KEYWORDS = {"fn", "let", "if", "else", "while", "return", "print"}
TWO_CHAR = {"==", "!=", "<=", ">=", "&&", "||"}
ONE_CHAR = set("+-*/%<>=!(){}[],;")


def tokenize(text):
    tokens = []
    i = 0
    line = 1
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "\n":
            line += 1
            i += 1
        elif ch.isspace():
            i += 1
        elif ch == "/" and text[i + 1:i + 2] == "/":
            while i < n and text[i] != "\n":
                i += 1
        elif ch.isdigit():
            start = i
            while i < n and text[i].isdigit():
                i += 1
            tokens.append(("num", int(text[start:i]), line))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (text[i].isalnum() or text[i] == "_"):
                i += 1
            word = text[start:i]
            tokens.append(("kw" if word in KEYWORDS else "name", word, line))
        elif text[i:i + 2] in TWO_CHAR:
            tokens.append(("op", text[i:i + 2], line))
            i += 2
        elif ch in ONE_CHAR:
            tokens.append(("op", ch, line))
            i += 1
        else:
            raise TinyError("line %d: unexpected character %r" % (line, ch))
    tokens.append(("eof", None, line))
    return tokens


# ---------------------------------------------------------------- AST nodes

class Env:
    __slots__ = ("vars", "parent")

    def __init__(self, parent=None):
        self.vars = {}
        self.parent = parent

    def lookup(self, name):
        env = self
        while env is not None:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise TinyError("undefined variable " + name)

    def assign(self, name, value):
        env = self
        while env is not None:
            if name in env.vars:
                env.vars[name] = value
                return
            env = env.parent
        raise TinyError("assignment to undefined variable " + name)


class ReturnSignal(Exception):
    def __init__(self, value):
        self.value = value


class Num:
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var:
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        return env.lookup(self.name)


BINARY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a // b,
    "%": lambda a, b: a % b,
    "<": lambda a, b: 1 if a < b else 0,
    ">": lambda a, b: 1 if a > b else 0,
    "<=": lambda a, b: 1 if a <= b else 0,
    ">=": lambda a, b: 1 if a >= b else 0,
    "==": lambda a, b: 1 if a == b else 0,
    "!=": lambda a, b: 1 if a != b else 0,
}


class BinOp:
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right
        self.fn = BINARY[op]

    def eval(self, env):
        return self.fn(self.left.eval(env), self.right.eval(env))


class Logic:
    def __init__(self, op, left, right):
        self.is_and = op == "&&"
        self.left = left
        self.right = right

    def eval(self, env):
        value = self.left.eval(env)
        if self.is_and:
            return self.right.eval(env) if value else value
        return value if value else self.right.eval(env)


class Unary:
    def __init__(self, op, operand):
        self.op = op
        self.operand = operand

    def eval(self, env):
        value = self.operand.eval(env)
        if self.op == "-":
            return -value
        return 0 if value else 1


class ListLit:
    def __init__(self, items):
        self.items = items

    def eval(self, env):
        return [item.eval(env) for item in self.items]


class Index:
    def __init__(self, target, index):
        self.target = target
        self.index = index

    def eval(self, env):
        return self.target.eval(env)[self.index.eval(env)]


class Call:
    def __init__(self, callee, args):
        self.callee = callee
        self.args = args

    def eval(self, env):
        fn = self.callee.eval(env)
        args = [a.eval(env) for a in self.args]
        return fn.call(args)


class Function:
    def __init__(self, name, params, body, closure):
        self.name = name
        self.params = params
        self.body = body
        self.closure = closure

    def call(self, args):
        if len(args) != len(self.params):
            raise TinyError("%s expects %d arguments" % (self.name, len(self.params)))
        env = Env(self.closure)
        for name, value in zip(self.params, args):
            env.vars[name] = value
        try:
            self.body.execute(env)
        except ReturnSignal as ret:
            return ret.value
        return 0


class Builtin:
    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

    def call(self, args):
        return self.fn(*args)


def builtin_push(xs, value):
    xs.append(value)
    return len(xs)


class Block:
    def __init__(self, statements):
        self.statements = statements

    def execute(self, env):
        for stmt in self.statements:
            stmt.execute(env)


class Let:
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def execute(self, env):
        env.vars[self.name] = self.expr.eval(env)


class Assign:
    def __init__(self, name, expr):
        self.name = name
        self.expr = expr

    def execute(self, env):
        env.assign(self.name, self.expr.eval(env))


class IndexAssign:
    def __init__(self, target, index, expr):
        self.target = target
        self.index = index
        self.expr = expr

    def execute(self, env):
        self.target.eval(env)[self.index.eval(env)] = self.expr.eval(env)


class If:
    def __init__(self, cond, then, otherwise):
        self.cond = cond
        self.then = then
        self.otherwise = otherwise

    def execute(self, env):
        if self.cond.eval(env):
            self.then.execute(env)
        elif self.otherwise is not None:
            self.otherwise.execute(env)


class While:
    def __init__(self, cond, body):
        self.cond = cond
        self.body = body

    def execute(self, env):
        while self.cond.eval(env):
            self.body.execute(env)


class Return:
    def __init__(self, expr):
        self.expr = expr

    def execute(self, env):
        raise ReturnSignal(self.expr.eval(env))


class Print:
    def __init__(self, expr, output):
        self.expr = expr
        self.output = output

    def execute(self, env):
        self.output.append(self.expr.eval(env))


class ExprStmt:
    def __init__(self, expr):
        self.expr = expr

    def execute(self, env):
        self.expr.eval(env)


class FnDef:
    def __init__(self, name, params, body):
        self.name = name
        self.params = params
        self.body = body

    def execute(self, env):
        env.vars[self.name] = Function(self.name, self.params, self.body, env)


# ---------------------------------------------------------------- parser

PRECEDENCE = {
    "||": 1, "&&": 2,
    "==": 3, "!=": 3,
    "<": 4, ">": 4, "<=": 4, ">=": 4,
    "+": 5, "-": 5,
    "*": 6, "/": 6, "%": 6,
}


class Parser:
    def __init__(self, tokens, output):
        self.tokens = tokens
        self.pos = 0
        self.output = output

    def peek(self):
        return self.tokens[self.pos]

    def advance(self):
        tok = self.tokens[self.pos]
        self.pos += 1
        return tok

    def check(self, kind, value=None):
        tok = self.tokens[self.pos]
        return tok[0] == kind and (value is None or tok[1] == value)

    def expect(self, kind, value=None):
        tok = self.advance()
        if tok[0] != kind or (value is not None and tok[1] != value):
            raise TinyError("line %d: expected %s but found %r" % (tok[2], value or kind, tok[1]))
        return tok

    def program(self):
        statements = []
        while not self.check("eof"):
            statements.append(self.statement())
        return Block(statements)

    def block(self):
        self.expect("op", "{")
        statements = []
        while not self.check("op", "}"):
            statements.append(self.statement())
        self.expect("op", "}")
        return Block(statements)

    def statement(self):
        tok = self.peek()
        kind, value = tok[0], tok[1]
        if kind == "kw":
            if value == "let":
                self.advance()
                name = self.expect("name")[1]
                self.expect("op", "=")
                expr = self.expression(0)
                self.expect("op", ";")
                return Let(name, expr)
            if value == "if":
                self.advance()
                cond = self.expression(0)
                then = self.block()
                otherwise = None
                if self.check("kw", "else"):
                    self.advance()
                    if self.check("kw", "if"):
                        otherwise = Block([self.statement()])
                    else:
                        otherwise = self.block()
                return If(cond, then, otherwise)
            if value == "while":
                self.advance()
                cond = self.expression(0)
                return While(cond, self.block())
            if value == "return":
                self.advance()
                expr = self.expression(0)
                self.expect("op", ";")
                return Return(expr)
            if value == "print":
                self.advance()
                expr = self.expression(0)
                self.expect("op", ";")
                return Print(expr, self.output)
            if value == "fn":
                self.advance()
                name = self.expect("name")[1]
                self.expect("op", "(")
                params = []
                while not self.check("op", ")"):
                    params.append(self.expect("name")[1])
                    if not self.check("op", ")"):
                        self.expect("op", ",")
                self.expect("op", ")")
                return FnDef(name, params, self.block())
        expr = self.expression(0)
        if self.check("op", "="):
            self.advance()
            value_expr = self.expression(0)
            self.expect("op", ";")
            if isinstance(expr, Var):
                return Assign(expr.name, value_expr)
            if isinstance(expr, Index):
                return IndexAssign(expr.target, expr.index, value_expr)
            raise TinyError("line %d: invalid assignment target" % tok[2])
        self.expect("op", ";")
        return ExprStmt(expr)

    def expression(self, min_prec):
        left = self.unary()
        while True:
            tok = self.peek()
            if tok[0] != "op":
                break
            prec = PRECEDENCE.get(tok[1], -1)
            if prec < 0 or prec < min_prec:
                break
            self.advance()
            right = self.expression(prec + 1)
            if tok[1] in ("&&", "||"):
                left = Logic(tok[1], left, right)
            else:
                left = BinOp(tok[1], left, right)
        return left

    def unary(self):
        if self.check("op", "-") or self.check("op", "!"):
            op = self.advance()[1]
            return Unary(op, self.unary())
        return self.postfix(self.primary())

    def postfix(self, expr):
        while True:
            if self.check("op", "("):
                self.advance()
                args = []
                while not self.check("op", ")"):
                    args.append(self.expression(0))
                    if not self.check("op", ")"):
                        self.expect("op", ",")
                self.advance()
                expr = Call(expr, args)
            elif self.check("op", "["):
                self.advance()
                index = self.expression(0)
                self.expect("op", "]")
                expr = Index(expr, index)
            else:
                return expr

    def primary(self):
        tok = self.advance()
        if tok[0] == "num":
            return Num(tok[1])
        if tok[0] == "name":
            return Var(tok[1])
        if tok[0] == "op" and tok[1] == "(":
            expr = self.expression(0)
            self.expect("op", ")")
            return expr
        if tok[0] == "op" and tok[1] == "[":
            items = []
            while not self.check("op", "]"):
                items.append(self.expression(0))
                if not self.check("op", "]"):
                    self.expect("op", ",")
            self.advance()
            return ListLit(items)
        raise TinyError("line %d: unexpected token %r" % (tok[2], tok[1]))


def run(source, n):
    output = []
    tokens = tokenize(source)
    program = Parser(tokens, output).program()
    env = Env()
    env.vars["N"] = n
    env.vars["len"] = Builtin("len", len)
    env.vars["push"] = Builtin("push", builtin_push)
    program.execute(env)
    return output, len(tokens)


def main(n):
    output, count = run(SOURCE, n)
    # Parsing cost too: re-tokenize and re-parse the program a few times.
    for _ in range(20):
        Parser(tokenize(SOURCE), []).program()
    errors = 0
    for bad in ("let = 3;", "print 1 +;", "x = 2 $ 3;", "fn f( { }"):
        try:
            run(bad, 1)
        except TinyError as e:
            errors += len(str(e))
    print("tokens=%d errors=%d" % (count, errors))
    print("output:", " ".join(str(v) for v in output))


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
