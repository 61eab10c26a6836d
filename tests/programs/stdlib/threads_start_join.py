# Threads that are started and joined; results gathered through shared
# structures, a lock, a queue filled before the workers start, thread-local
# data, names and identities, a Thread subclass and an event. (tern runs a
# thread to its end when it starts: see _thread.py.)
import threading
import queue

results = []
lock = threading.Lock()


def work(n):
    total = sum(i * i for i in range(n))
    with lock:
        results.append((n, total))


threads = [threading.Thread(target=work, args=(n,), name=f"w{n}") for n in (10, 20, 30)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results), [t.name for t in threads], [t.is_alive() for t in threads])

q = queue.Queue()
for i in range(10):
    q.put(i)
out = []


def drain():
    while True:
        try:
            item = q.get_nowait()
        except queue.Empty:
            return
        out.append(item * 2)
        q.task_done()


workers = [threading.Thread(target=drain) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
q.join()
print(sorted(out))

local = threading.local()
seen = []


def use_local(v):
    local.value = v
    seen.append(local.value)


ts = [threading.Thread(target=use_local, args=(v,)) for v in "abc"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen), threading.current_thread().name, threading.main_thread() is threading.current_thread())

idents = set()
t = threading.Thread(target=lambda: idents.add(threading.get_ident()))
t.start()
t.join()
print(len(idents), threading.get_ident() not in idents, t.ident in idents)


class Worker(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.result = None

    def run(self):
        self.result = self.n ** 2


ws = [Worker(i) for i in range(5)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print([w.result for w in ws])

ev = threading.Event()
t = threading.Thread(target=ev.set)
t.start()
t.join()
print(ev.is_set(), ev.wait(0.1))


def fails():
    raise ValueError("in thread")


t = threading.Thread(target=fails, name="bad")
old_hook = threading.excepthook
caught = []
threading.excepthook = lambda args: caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
t.start()
t.join()
threading.excepthook = old_hook
print(caught, threading.active_count())


# Each thread has its own attributes of a local object; a subclass's
# __init__ runs again in each thread with the original arguments.
class Config(threading.local):
    def __init__(self, level):
        self.level = level
        self.items = []


data = threading.local()
data.name = "main"
cfg = Config(3)
cfg.items.append("main")
report = []


def look(tag):
    report.append((tag, hasattr(data, "name"), cfg.level, list(cfg.items)))
    data.name = tag
    cfg.items.append(tag)


for tag in ("t1", "t2"):
    t = threading.Thread(target=look, args=(tag,))
    t.start()
    t.join()
print(report, data.name, cfg.items)
try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
