# signal (handlers recorded and run by raise_signal, SIG_IGN/SIG_DFL,
# Signals/Handlers enums, strsignal, errors), gc (the honest surface of a
# collector-less runtime) and marshal round trips and byte formats.
import gc
import marshal
import signal


def attempt(f, *args):
    try:
        return f(*args)
    except Exception as e:
        return f"{type(e).__name__}: {e}"


print(signal.SIGINT, repr(signal.SIGTERM), signal.Signals(15).name, signal.Signals["SIGUSR1"].value, signal.NSIG)
print(signal.SIG_DFL, signal.SIG_IGN, repr(signal.Handlers.SIG_IGN), repr(signal.SIG_DFL), isinstance(signal.SIGINT, int))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler, signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGPIPE))
print([signal.strsignal(s) for s in (1, 2, 9, 15, 35, 64)], attempt(signal.strsignal, 99), len(signal.valid_signals()))
print(sorted(s.name for s in signal.valid_signals() if isinstance(s, signal.Signals))[:6])
seen = []


def handler(signum, frame):
    seen.append(signum)
    print("handler got", signum, signal.Signals(signum).name)


old = signal.signal(signal.SIGUSR1, handler)
print(old, signal.getsignal(signal.SIGUSR1) is handler)
signal.raise_signal(signal.SIGUSR1)
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) == repr(handler), signal.getsignal(signal.SIGUSR1))
signal.raise_signal(signal.SIGUSR1)
print(signal.signal(signal.SIGUSR1, signal.SIG_DFL), seen)
prev = signal.signal(signal.SIGINT, signal.SIG_IGN)
print(prev is signal.default_int_handler, signal.getsignal(signal.SIGINT))
signal.signal(signal.SIGINT, prev)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("KeyboardInterrupt from default_int_handler")
for args in [(99, signal.SIG_IGN), (0, signal.SIG_IGN), (signal.SIGKILL, signal.SIG_IGN), (2, 5), ("x", signal.SIG_IGN)]:
    print(args[0], attempt(signal.signal, *args))
print(attempt(signal.getsignal, 0), signal.Signals.SIGINT in signal.valid_signals())

print(isinstance(gc.collect(), int), gc.collect(0) >= 0, attempt(gc.collect, 3), attempt(gc.collect, "x"))
print(gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.isenabled())
print(gc.get_threshold(), gc.set_threshold(500, 5), gc.get_threshold(), attempt(gc.set_threshold))
gc.set_threshold(700, 10, 10)
print(len(gc.get_count()), len(gc.get_stats()), sorted(gc.get_stats()[0]), gc.get_debug(), gc.DEBUG_LEAK)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({"a": []}), gc.is_tracked(()))
print(gc.garbage, gc.callbacks, gc.get_freeze_count(), gc.is_finalized([]))

values = [None, True, False, 0, -1, 2**31 - 1, 2**31, -2**31, -2**31 - 1, 2**62, 2**64, -2**100, 1.5, -0.0,
          float("inf"), 1e-300, 2j, 1 + 2.5j, "", "abc", "caf\u00e9", "\U0001f600", "x" * 300, b"", b"\x00\xff",
          bytearray(b"ba"), (), (1,), tuple(range(300)), [], [1, [2, [3]]], {}, {"k": [1, 2], 3: (4,)},
          set(), {1, 2, 3}, frozenset({"a"}), frozenset(), StopIteration, Ellipsis]
for v in values:
    back = marshal.loads(marshal.dumps(v))
    same = back == v or (v != v and back != back)
    print(type(back).__name__, same, repr(back)[:40])
print(marshal.dumps(None), marshal.dumps(True), marshal.dumps(Ellipsis), marshal.dumps(StopIteration), marshal.version)
for data in [b"", b"\x00", b"q", b"i\x01", b"\xe9\x01\x00\x00\x00", b"r\x00\x00\x00\x00", b"\xe9\x07\x00\x00\x00tail",
             b"[\x02\x00\x00\x00i\x01\x00\x00\x00N", b"\xfa\x03abc", b"\xec\x02\x00\x00\x00\x01\x00\x02\x00",
             b"\xdb\x01\x00\x00\x00r\x00\x00\x00\x00", b"g\x00\x00\x00\x00\x00\x00\xf8?"]:
    print(data, attempt(marshal.loads, data))
print(attempt(marshal.dumps, object()), attempt(marshal.dumps, [1, {2: len}]), attempt(marshal.loads, "str"))
shared = [1, 2]
both = marshal.loads(marshal.dumps((shared, shared)))
print(both, both[0] is both[1])
