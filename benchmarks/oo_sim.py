# oo_sim: predator/prey ecosystem on a toroidal grid.
# Many small objects, method calls, attribute access, inheritance,
# class attributes, properties and operator overloading (__add__/__eq__/__hash__).
# test-size: 4
# default-size: 800
import sys

DEFAULT_SIZE = 800


class Rng:
    """Small linear congruential generator (deterministic, no stdlib)."""

    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 4

    def below(self, n):
        return self.next() % n

    def chance(self, percent):
        return self.below(100) < percent


class Pos:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Pos(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return self.x * 7919 + self.y

    def wrap(self, w, h):
        return Pos(self.x % w, self.y % h)

    def distance(self, other):
        return abs(self.x - other.x) + abs(self.y - other.y)

    def __repr__(self):
        return "Pos(%d, %d)" % (self.x, self.y)


STEPS = [Pos(1, 0), Pos(-1, 0), Pos(0, 1), Pos(0, -1), Pos(0, 0)]


class Creature:
    kind = "creature"
    move_cost = 1
    birth_threshold = 100
    max_age = 1000

    def __init__(self, world, pos, energy):
        self.world = world
        self.pos = pos
        self.energy = energy
        self.age = 0

    @property
    def alive(self):
        return self.energy > 0 and self.age < self.max_age

    def tick(self):
        self.age += 1
        self.energy -= self.move_cost
        if self.energy <= 0:
            return
        self.act()
        if self.energy >= self.birth_threshold and self.world.has_room(self.kind):
            self.reproduce()

    def act(self):
        pass

    def move_randomly(self):
        step = STEPS[self.world.rng.below(len(STEPS))]
        self.pos = (self.pos + step).wrap(self.world.width, self.world.height)

    def reproduce(self):
        half = self.energy // 2
        self.energy -= half
        child = self.__class__(self.world, self.pos, half)
        self.world.add(child)


class Rabbit(Creature):
    kind = "rabbit"
    move_cost = 2
    birth_threshold = 40
    max_age = 60

    def act(self):
        self.move_randomly()
        grass = self.world.grass
        row = grass[self.pos.y]
        amount = row[self.pos.x]
        if amount > 0:
            bite = 3 if amount >= 3 else amount
            row[self.pos.x] = amount - bite
            self.energy += bite * 3


class Fox(Creature):
    kind = "fox"
    move_cost = 2
    birth_threshold = 90
    max_age = 150

    def act(self):
        world = self.world
        best = None
        for step in STEPS:
            where = (self.pos + step).wrap(world.width, world.height)
            found = world.rabbits_at.get(where)
            if found:
                for rabbit in found:
                    if rabbit.alive:
                        best = rabbit
                        break
            if best is not None:
                self.pos = where
                break
        if best is None:
            self.move_randomly()
        else:
            self.energy += best.energy // 2 + 12
            if self.energy > 150:
                self.energy = 150
            best.energy = 0
            world.eaten += 1


class World:
    caps = {"rabbit": 1500, "fox": 150}

    def __init__(self, width, height, seed):
        self.width = width
        self.height = height
        self.rng = Rng(seed)
        self.grass = [[2] * width for _ in range(height)]
        self.creatures = []
        self.newborn = []
        self.counts = {"rabbit": 0, "fox": 0}
        self.rabbits_at = {}
        self.eaten = 0
        self.births = 0

    def random_pos(self):
        return Pos(self.rng.below(self.width), self.rng.below(self.height))

    def has_room(self, kind):
        return self.counts[kind] < self.caps[kind]

    def add(self, creature):
        self.newborn.append(creature)
        self.counts[creature.kind] += 1
        self.births += 1

    def populate(self, rabbits, foxes):
        for _ in range(rabbits):
            self.add(Rabbit(self, self.random_pos(), 20))
        for _ in range(foxes):
            self.add(Fox(self, self.random_pos(), 60))

    def grow_grass(self):
        rng = self.rng
        for _ in range(self.width * self.height // 4):
            y = rng.below(self.height)
            x = rng.below(self.width)
            row = self.grass[y]
            if row[x] < 9:
                row[x] += 1

    def index_rabbits(self):
        index = {}
        for c in self.creatures:
            if c.kind == "rabbit":
                bucket = index.get(c.pos)
                if bucket is None:
                    index[c.pos] = [c]
                else:
                    bucket.append(c)
        self.rabbits_at = index

    def step(self):
        self.creatures.extend(self.newborn)
        self.newborn = []
        self.grow_grass()
        self.index_rabbits()
        for c in self.creatures:
            if c.alive:
                c.tick()
        survivors = []
        counts = {"rabbit": 0, "fox": 0}
        for c in self.creatures:
            if c.alive:
                survivors.append(c)
                counts[c.kind] += 1
        for c in self.newborn:
            counts[c.kind] += 1
        self.creatures = survivors
        self.counts = counts
        if counts["fox"] < 3:
            self.populate(0, 5)
        if counts["rabbit"] < 20:
            self.populate(30, 0)

    def summary(self):
        energy = 0
        ages = 0
        for c in self.creatures:
            energy += c.energy
            ages += c.age
        return self.counts["rabbit"], self.counts["fox"], energy, ages


def main(n):
    world = World(64, 48, 20240601)
    world.populate(600, 40)
    checksum = 0
    for t in range(n):
        world.step()
        rabbits, foxes, energy, ages = world.summary()
        checksum = (checksum * 31 + rabbits * 7 + foxes * 13 + energy + ages) % 1000000007
    rabbits, foxes, energy, ages = world.summary()
    print("rabbits=%d foxes=%d energy=%d" % (rabbits, foxes, energy))
    print("births=%d eaten=%d checksum=%d" % (world.births, world.eaten, checksum))
    if world.creatures:
        print("first:", world.creatures[0].kind, world.creatures[0].pos)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
