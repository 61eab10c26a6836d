# scheduler: a discrete-event operating-system style simulation -- tasks are
# generator coroutines that yield system calls (sleep, send, receive, spawn)
# to a scheduler built on a hand-written binary-heap priority queue; bounded
# channels with blocked-sender/receiver queues; producer, worker, router and
# monitor tasks; per-task accounting through small objects.
# test-size: 2000
# default-size: 100000
import sys

DEFAULT_SIZE = 100000


class Heap:
    """Binary min-heap of (time, seq, item) tuples."""

    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, entry):
        items = self.items
        items.append(entry)
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if items[parent] <= entry:
                break
            items[i] = items[parent]
            i = parent
        items[i] = entry

    def pop(self):
        items = self.items
        last = items.pop()
        if not items:
            return last
        top = items[0]
        n = len(items)
        i = 0
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            if child + 1 < n and items[child + 1] < items[child]:
                child += 1
            if last <= items[child]:
                break
            items[i] = items[child]
            i = child
        items[i] = last
        return top


class Sleep:
    __slots__ = ("delay",)

    def __init__(self, delay):
        self.delay = delay


class Send:
    __slots__ = ("channel", "message")

    def __init__(self, channel, message):
        self.channel = channel
        self.message = message


class Receive:
    __slots__ = ("channel",)

    def __init__(self, channel):
        self.channel = channel


class Spawn:
    __slots__ = ("name", "coroutine")

    def __init__(self, name, coroutine):
        self.name = name
        self.coroutine = coroutine


class Channel:
    def __init__(self, name, capacity):
        self.name = name
        self.capacity = capacity
        self.buffer = []
        self.head = 0
        self.waiting_receivers = []
        self.waiting_senders = []
        self.delivered = 0

    def pending(self):
        return len(self.buffer) - self.head

    def take(self):
        msg = self.buffer[self.head]
        self.head += 1
        if self.head > 64 and self.head * 2 > len(self.buffer):
            self.buffer = self.buffer[self.head:]
            self.head = 0
        self.delivered += 1
        return msg


class Task:
    def __init__(self, tid, name, coroutine):
        self.tid = tid
        self.name = name
        self.coroutine = coroutine
        self.steps = 0
        self.done = False


class Kernel:
    def __init__(self):
        self.now = 0
        self.seq = 0
        self.queue = Heap()
        self.tasks = []
        self.switches = 0
        self.finished = 0

    def spawn(self, name, coroutine):
        task = Task(len(self.tasks), name, coroutine)
        self.tasks.append(task)
        self.schedule(task, 0, None)
        return task

    def schedule(self, task, delay, value):
        self.seq += 1
        self.queue.push((self.now + delay, self.seq, task, value))

    def run(self, limit):
        while len(self.queue) and self.switches < limit:
            when, _, task, value = self.queue.pop()
            self.now = when
            self.step(task, value)

    def step(self, task, value):
        self.switches += 1
        task.steps += 1
        try:
            call = task.coroutine.send(value)
        except StopIteration:
            task.done = True
            self.finished += 1
            return
        if isinstance(call, Sleep):
            self.schedule(task, call.delay, None)
        elif isinstance(call, Send):
            ch = call.channel
            if ch.waiting_receivers:
                receiver = ch.waiting_receivers.pop(0)
                ch.delivered += 1
                self.schedule(receiver, 1, call.message)
                self.schedule(task, 0, True)
            elif ch.pending() < ch.capacity:
                ch.buffer.append(call.message)
                self.schedule(task, 0, True)
            else:
                ch.waiting_senders.append((task, call.message))
        elif isinstance(call, Receive):
            ch = call.channel
            if ch.pending():
                msg = ch.take()
                if ch.waiting_senders:
                    sender, pending_msg = ch.waiting_senders.pop(0)
                    ch.buffer.append(pending_msg)
                    self.schedule(sender, 0, True)
                self.schedule(task, 0, msg)
            else:
                ch.waiting_receivers.append(task)
        elif isinstance(call, Spawn):
            child = self.spawn(call.name, call.coroutine)
            self.schedule(task, 0, child.tid)
        else:
            raise TypeError("bad system call %r" % (call,))


def producer(pid, out, count, seed):
    x = seed
    for i in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        yield Sleep(1 + (x >> 12) % 5)
        yield Send(out, (pid, i, (x >> 8) % 1000))
    yield Send(out, None)


def router(inbox, outputs, producers):
    remaining = producers
    routed = 0
    while remaining:
        msg = yield Receive(inbox)
        if msg is None:
            remaining -= 1
            continue
        pid, seq, value = msg
        target = outputs[(value + pid) % len(outputs)]
        yield Send(target, msg)
        routed += 1
    for out in outputs:
        yield Send(out, None)
    return routed


def worker(wid, inbox, results, stats):
    total = 0
    while True:
        msg = yield Receive(inbox)
        if msg is None:
            break
        pid, seq, value = msg
        cost = 1 + value % 3
        yield Sleep(cost)
        total += value * (wid + 1) + seq
        stats[wid] = stats.get(wid, 0) + 1
    yield Send(results, (wid, total))


def monitor(kernel, channels, period, samples):
    for _ in range(samples):
        yield Sleep(period)
        depth = 0
        for ch in channels:
            depth += ch.pending()
        kernel.max_depth = max(getattr(kernel, "max_depth", 0), depth)


def supervisor(kernel, n_producers, per_producer, n_workers, results):
    inbox = Channel("inbox", 8)
    outputs = [Channel("work%d" % i, 4) for i in range(n_workers)]
    stats = {}
    for w in range(n_workers):
        yield Spawn("worker%d" % w, worker(w, outputs[w], results, stats))
    yield Spawn("router", router(inbox, outputs, n_producers))
    for p in range(n_producers):
        yield Spawn("producer%d" % p, producer(p, inbox, per_producer, 1000 + p * 77))
    yield Spawn("monitor", monitor(kernel, [inbox] + outputs, 25, per_producer // 3 + 1))
    totals = []
    for _ in range(n_workers):
        wid, total = yield Receive(results)
        totals.append((wid, total))
    totals.sort()
    kernel.report = (totals, sorted(stats.items()), inbox.delivered)


def main(n):
    kernel = Kernel()
    results = Channel("results", 16)
    n_producers = 6
    per_producer = max(1, n // n_producers)
    kernel.spawn("supervisor", supervisor(kernel, n_producers, per_producer, 4, results))
    kernel.run(50 * n + 1000)
    totals, stats, delivered = kernel.report
    checksum = 0
    for wid, total in totals:
        checksum = (checksum * 31 + total) % 1000000007
    print("time=%d switches=%d finished=%d/%d delivered=%d max-depth=%d" % (
        kernel.now, kernel.switches, kernel.finished, len(kernel.tasks), delivered, kernel.max_depth))
    print("per-worker:", ", ".join("%d=%d" % kv for kv in stats))
    print("checksum=%d" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
