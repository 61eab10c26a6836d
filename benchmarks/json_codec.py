# json_codec: a hand-written JSON encoder and decoder (no json module):
# recursive serialisation of dicts/lists/strings/numbers with escaping,
# a character-scanning recursive-descent parser, and round-trip checks over
# generated documents -- typical text-processing and data-shuffling code.
# test-size: 3
# default-size: 110
import sys

DEFAULT_SIZE = 110

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}


class DecodeError(Exception):
    def __init__(self, message, pos):
        Exception.__init__(self, "%s at position %d" % (message, pos))
        self.pos = pos


def encode_string(s):
    out = ['"']
    for ch in s:
        esc = ESCAPES.get(ch)
        if esc is not None:
            out.append(esc)
        elif ch < " ":
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode(value, indent=None, level=0):
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return encode_string(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        if indent is None:
            return "[" + ", ".join(encode(v) for v in value) + "]"
        pad = " " * (indent * (level + 1))
        items = [pad + encode(v, indent, level + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + " " * (indent * level) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        if indent is None:
            return "{" + ", ".join(encode_string(k) + ": " + encode(v) for k, v in value.items()) + "}"
        pad = " " * (indent * (level + 1))
        items = [pad + encode_string(k) + ": " + encode(v, indent, level + 1) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + " " * (indent * level) + "}"
    raise TypeError("cannot encode %s" % type(value).__name__)


class Decoder:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip_ws(self):
        text = self.text
        pos = self.pos
        while pos < len(text) and text[pos] in " \t\n\r":
            pos += 1
        self.pos = pos

    def decode(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise DecodeError("trailing data", self.pos)
        return value

    def value(self):
        self.skip_ws()
        if self.pos >= len(self.text):
            raise DecodeError("unexpected end", self.pos)
        ch = self.text[self.pos]
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, result in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return result
        raise DecodeError("unexpected %r" % ch, self.pos)

    def obj(self):
        self.pos += 1
        result = {}
        self.skip_ws()
        if self.text[self.pos] == "}":
            self.pos += 1
            return result
        while True:
            self.skip_ws()
            if self.text[self.pos] != '"':
                raise DecodeError("expected key", self.pos)
            key = self.string()
            self.skip_ws()
            if self.text[self.pos] != ":":
                raise DecodeError("expected ':'", self.pos)
            self.pos += 1
            result[key] = self.value()
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "}":
                return result
            if ch != ",":
                raise DecodeError("expected ',' or '}'", self.pos - 1)

    def array(self):
        self.pos += 1
        result = []
        self.skip_ws()
        if self.text[self.pos] == "]":
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_ws()
            ch = self.text[self.pos]
            self.pos += 1
            if ch == "]":
                return result
            if ch != ",":
                raise DecodeError("expected ',' or ']'", self.pos - 1)

    def string(self):
        text = self.text
        self.pos += 1
        chunks = []
        start = self.pos
        while True:
            ch = text[self.pos]
            if ch == '"':
                chunks.append(text[start:self.pos])
                self.pos += 1
                return "".join(chunks)
            if ch == "\\":
                chunks.append(text[start:self.pos])
                code = text[self.pos + 1]
                if code == "u":
                    chunks.append(chr(int(text[self.pos + 2:self.pos + 6], 16)))
                    self.pos += 6
                else:
                    chunks.append(UNESCAPES[code])
                    self.pos += 2
                start = self.pos
            else:
                self.pos += 1

    def number(self):
        text = self.text
        start = self.pos
        if text[self.pos] == "-":
            self.pos += 1
        is_float = False
        while self.pos < len(text):
            ch = text[self.pos]
            if ch.isdigit():
                self.pos += 1
            elif ch in ".eE+-":
                is_float = True
                self.pos += 1
            else:
                break
        literal = text[start:self.pos]
        return float(literal) if is_float else int(literal)


def make_document(seed, width, depth):
    x = seed
    names = ["id", "name", "tags", "score", "active", "children", "note", "ratio"]

    def rnd():
        nonlocal x
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        return x >> 8

    def build(level):
        node = {}
        for i in range(width):
            key = names[(rnd() + i) % len(names)] + str(i)
            kind = rnd() % 7
            if kind == 0 and level < depth:
                node[key] = build(level + 1)
            elif kind == 1 and level < depth:
                node[key] = [build(level + 1) for _ in range(1 + rnd() % 2)]
            elif kind == 2:
                node[key] = "text %d with \"quotes\"\tand\\slashes\n" % rnd()
            elif kind == 3:
                node[key] = (rnd() % 100000) / 64.0
            elif kind == 4:
                node[key] = [rnd() % 1000 for _ in range(5)]
            elif kind == 5:
                node[key] = rnd() % 2 == 0
            else:
                node[key] = None if rnd() % 3 == 0 else -(rnd() % 5000)
        return node

    return build(0)


def count_nodes(value):
    if isinstance(value, dict):
        return 1 + sum(count_nodes(v) for v in value.values())
    if isinstance(value, list):
        return 1 + sum(count_nodes(v) for v in value)
    return 1


def main(n):
    checksum = 0
    nodes = 0
    sample = ""
    for i in range(n):
        doc = make_document(1000 + i, 8, 4)
        compact = encode(doc)
        pretty = encode(doc, indent=2)
        back = Decoder(compact).decode()
        back2 = Decoder(pretty).decode()
        if back != doc or back2 != doc:
            raise ValueError("round trip failed for document %d" % i)
        nodes += count_nodes(back)
        checksum = (checksum * 31 + len(compact) + 3 * len(pretty)) % 1000000007
        sample = compact[:60]
    errors = []
    for bad in ('{"a": 1,}', "[1, 2", '{"a" 1}', "tru", '"\\u0041bc" x'):
        try:
            Decoder(bad).decode()
        except DecodeError as e:
            errors.append(e.pos)
        except IndexError:
            errors.append(-1)
    print(sample)
    print("documents=%d nodes=%d errors=%s" % (n, nodes, errors))
    print("checksum=%d" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
