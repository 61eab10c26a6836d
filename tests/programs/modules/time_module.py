# time basics (no values printed: only their types and relations).
import time
t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
t1 = time.time()
p1 = time.perf_counter()
m1 = time.monotonic()
print(type(t0).__name__, type(p0).__name__, type(m0).__name__)
print(t1 >= t0, p1 - p0 >= 0.009, m1 >= m0, t0 > 1.6e9)
start = time.perf_counter()
total = sum(range(10000))
elapsed = time.perf_counter() - start
print(total, elapsed >= 0, elapsed < 10)
time.sleep(0)
print("slept zero")
