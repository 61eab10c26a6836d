# select.select and select.poll on stdout (a pipe under the test harness),
# argument errors, and selectors.DefaultSelector on top of them.
import select, selectors, sys
print(select.error is OSError, select.PIPE_BUF, select.POLLIN, select.POLLOUT, select.POLLNVAL, select.POLLRDHUP)
r, w, x = select.select([], [sys.stdout], [], 0)
print(r, len(w), x, select.select([], [], [], 0), select.select([], [], [], 0.001))
for a in [([-1], [], []), (['x'], [], []), ([0], [], [], -1), ([0], [], [], 'x'), (5, [], [])]:
    try: print(select.select(*a))
    except Exception as e: print(type(e).__name__, e)
p = select.poll()
print(p.poll(0))
p.register(1, select.POLLOUT)
print([fd for fd, ev in p.poll(0)], [bool(ev & select.POLLOUT) for fd, ev in p.poll(10)])
p.modify(1, select.POLLIN); p.unregister(1)
for f in [lambda: p.unregister(1), lambda: p.modify(7, 1), lambda: p.register("x")]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
s = selectors.DefaultSelector()
key = s.register(sys.stdout, selectors.EVENT_WRITE, data="out")
ready = s.select(timeout=0)
print(type(s).__name__ in ("PollSelector", "EpollSelector"), [(k.data, bool(ev & selectors.EVENT_WRITE)) for k, ev in ready], key.fd)
s.unregister(sys.stdout); s.close()
