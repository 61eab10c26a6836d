# json.loads/dumps through the native scanner and encoder: values, hooks,
# options, subclasses, surrogates, and the errors with their positions.
import collections
import decimal
import enum
import json


def show(label, f):
    try:
        r = f()
    except json.JSONDecodeError as e:
        r = f"JSONDecodeError: {e} | {e.msg!r} {e.pos} {e.lineno} {e.colno}"
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(label, repr(r))


docs = [
    '{"a": 1, "b": [1, 2.5, -3e2, true, false, null], "c": {"d": "e"}}',
    '[]', '{}', '[ ]', '{ }', '  [1 ,2 , 3 ]  ', '"plain"', '12', '-0', '0.5', '1E+2', '1e-2', '-12.75e3',
    '123456789012345678901234567890', '"\\u00e9\\n\\t\\"\\\\\\/\\b\\f\\r"', '"\\ud83d\\ude00"', '"\\ud83d"',
    '"\\udc00\\ud800"', '"é ü 中文 😀"', '{"é": {"ü": ["中"]}}', 'NaN', 'Infinity', '-Infinity', '[NaN, -Infinity]',
    '{"a":1,"a":2}', '[1,[2,[3,[4]]]]', '"\\u0041\\u004a"',
    # errors
    '', ' ', '[', '{', '[1,', '[1 2]', '{"a" 1}', '{"a": }', '{"a": 1,}', '{"a": 1 "b": 2}', '{a: 1}', "{'a': 1}",
    '[1,]', '"abc', '"a\\x"', '"\\u12"', '"\\u12G4"', '"\\ud800\\u12"', '"a\nb"', 'tru', 'nul', '01', '1.', '-',
    '.5', '+1', '[1] x', '{"a": 1}}', '"\\', '"é\\q"', '\n\n  [1,\n  oops]', 'é', '[-Infinit]', '1e', '1e+',
    '"\x7f"', '"\x1f"',
]
for d in docs:
    show(f"loads {d!r}", lambda: json.loads(d))
show("strict=False", lambda: json.loads('"a\nb\tc"', strict=False))
show("bytes", lambda: json.loads(b'{"x": [1, 2]}'))
show("utf-16 bytes", lambda: json.loads('{"x": "y"}'.encode("utf-16")))
show("parse_float", lambda: json.loads('[1.10, 2]', parse_float=decimal.Decimal))
show("parse_int", lambda: json.loads('[1.5, 2]', parse_int=lambda s: "int:" + s))
show("parse_constant", lambda: json.loads('[NaN, Infinity]', parse_constant=lambda s: "const:" + s))
show("object_hook", lambda: json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d.items())))
show("pairs_hook", lambda: json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=list))
show("pairs_hook ordered", lambda: json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
show("both hooks", lambda: json.loads('{"a": 1}', object_hook=dict, object_pairs_hook=tuple))
show("raw_decode", lambda: json.JSONDecoder().raw_decode('{"a": 1} tail'))
show("raw_decode idx", lambda: json.JSONDecoder().raw_decode('xx[1]', 2))
show("hook error", lambda: json.loads('{"a": 1}', object_hook=lambda d: 1 / 0))
show("digit limit", lambda: json.loads("1" * 5000))
show("deep", lambda: json.loads("[" * 100000 + "]" * 100000))
show("scanstring", lambda: json.decoder.scanstring('"abc" rest', 1))
show("scanstring unicode", lambda: json.decoder.scanstring('é"ab\\u00e9"x', 2))
show("scanstring bounds", lambda: json.decoder.scanstring('"a"', 10))
keys = json.loads('[{"name": 1}, {"name": 2}]')
print("same key object:", keys[0].keys() == keys[1].keys())


class Color(enum.IntEnum):
    RED = 1


class Mood(str, enum.Enum):
    HAPPY = "happy"


class MyDict(dict):
    def items(self):
        return [("z", 26)]


class MyList(list):
    pass


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


values = [
    {"a": [1, 2.5, None, True, False, "x"], "b": {"c": []}},
    [], {}, (1, 2), "é\n\"\\\t😀\x00\x1f\x7f", 10**30, -0.0, 1e300, 1.5e-7, 3.0,
    {1: "int key", 2.5: "float key", True: "bool key", None: "none key"},
    [Color.RED, Mood.HAPPY], MyDict(a=1), MyList([1, [2]]), MyFloat(2.5), {"\ud800": "\udfff"},
    collections.OrderedDict([("b", 1), ("a", 2)]), [[[[]]]], {"k": {"k": {"k": {}}}},
]
for v in values:
    show(f"dumps {v!r}", lambda: json.dumps(v))
    show(f"dumps no-ascii {v!r}", lambda: json.dumps(v, ensure_ascii=False))
    show(f"dumps compact sorted {v!r}", lambda: json.dumps(v, separators=(",", ":"), sort_keys=True))
show("indent", lambda: json.dumps({"b": [1, {"c": None}], "a": "é"}, indent=2, sort_keys=True))
show("indent str", lambda: json.dumps([1, [2]], indent="\t"))
show("nan", lambda: json.dumps([float("nan"), float("inf"), -float("inf")]))
show("nan not allowed", lambda: json.dumps([float("inf")], allow_nan=False))
show("nan key not allowed", lambda: json.dumps({float("nan"): 1}, allow_nan=False))
show("bad key", lambda: json.dumps({(1, 2): 3}))
show("skipkeys", lambda: json.dumps({(1, 2): 3, "a": 4}, skipkeys=True))
show("sort mixed", lambda: json.dumps({1: 2, "a": 3}, sort_keys=True))
show("not serializable", lambda: json.dumps({"s": {1, 2}}))
show("default", lambda: json.dumps({"s": {3, 1, 2}}, default=sorted))
show("default None", lambda: json.dumps(object(), default=lambda o: None))
circ = []
circ.append(circ)
show("circular list", lambda: json.dumps(circ))
circd = {}
circd["me"] = circd
show("circular dict", lambda: json.dumps(circd))
show("circular default", lambda: json.dumps(object(), default=lambda o: [o]))
show("no check_circular", lambda: json.dumps(circ, check_circular=False))
show("deep dumps", lambda: len(json.dumps(json.loads("[" * 500 + "]" * 500))))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


show("encoder subclass", lambda: json.dumps({"z": 1 + 2j}, cls=Enc))
show("encoder subclass error", lambda: json.dumps({"z": object}, cls=Enc))
show("encode_basestring_ascii", lambda: json.encoder.encode_basestring_ascii("a\u20ac\U0001f600\""))
show("encode_basestring", lambda: json.encoder.encode_basestring("a\u20ac\""))
show("roundtrip", lambda: json.loads(json.dumps(values[0])) == values[0])
import io
buf = io.StringIO()
json.dump({"x": [1, 2]}, buf, indent=1)
print(buf.getvalue())
