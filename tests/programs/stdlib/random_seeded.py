# random with fixed seeds must give CPython's exact sequences.
import random

random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.sample(range(1000), 8), random.uniform(1, 2), random.getrandbits(70))
r = random.Random(12345)
print([r.randrange(1000) for _ in range(10)], r.gauss(0, 1), r.triangular(0, 10, 3))
random.seed(2**80 + 7)
print(random.random(), random.expovariate(2.0))
random.seed("a string seed")
print(random.random(), random.randrange(10, 100, 7))
random.seed(b"bytes seed")
print(random.choices("xyz", weights=[1, 2, 3], k=10))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
print(sorted(random.Random(7).sample(["p", "q", "r", "s"], 2)))
