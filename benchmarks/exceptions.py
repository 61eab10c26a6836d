# exceptions: exceptions used for control flow -- EAFP dict/list access
# (KeyError/IndexError), int() parsing with ValueError, a custom exception
# hierarchy with attributes, raising through several frames, try/except/
# else/finally bookkeeping, re-raising, exception chaining, breaking out of
# nested loops and iterator exhaustion via StopIteration.
# test-size: 30
# default-size: 1700
import sys

DEFAULT_SIZE = 1700


class ValidationError(Exception):
    def __init__(self, field, message):
        Exception.__init__(self, message)
        self.field = field


class MissingField(ValidationError):
    pass


class BadValue(ValidationError):
    def __init__(self, field, value):
        ValidationError.__init__(self, field, "bad value %r" % (value,))
        self.value = value


class Found(Exception):
    pass


def parse_int(text, default):
    try:
        return int(text)
    except ValueError:
        return default


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        return -1


def safe_index(items, i):
    try:
        return items[i]
    except IndexError:
        return 0


def validate(record):
    if "name" not in record:
        raise MissingField("name", "name is required")
    age = record.get("age")
    if age is None:
        raise MissingField("age", "age is required")
    if not isinstance(age, int) or age < 0 or age > 150:
        raise BadValue("age", age)
    return len(record["name"]) + age


def deep(depth, limit):
    if depth >= limit:
        raise Found(depth)
    return deep(depth + 1, limit)


def find_pair(grid, target):
    try:
        for i, row in enumerate(grid):
            for j, value in enumerate(row):
                if value == target:
                    raise Found((i, j))
    except Found as found:
        return found.args[0]
    return None


def guarded(values):
    stats = {"ok": 0, "err": 0, "finally": 0}
    for v in values:
        try:
            result = 100 // v
        except ZeroDivisionError:
            stats["err"] += 1
        else:
            stats["ok"] += result
        finally:
            stats["finally"] += 1
    return stats


def convert_all(items):
    converted = 0
    for item in items:
        try:
            try:
                converted += int(item)
            except ValueError as exc:
                raise BadValue("item", item) from exc
        except BadValue as err:
            if err.__cause__ is not None:
                converted -= len(err.value)
    return converted


def drain(iterator):
    count = 0
    while True:
        try:
            count += next(iterator)
        except StopIteration:
            return count


def reraiser(x):
    try:
        if x % 3 == 0:
            raise KeyError(x)
        return x
    except KeyError:
        if x % 2 == 0:
            raise
        return -x


def one_round(r):
    total = 0
    tokens = [str(i) if i % 4 else "x%d" % i for i in range(300)]
    for t in tokens:
        total += parse_int(t, -1)
    table = {i: i * i for i in range(0, 400, 3)}
    for k in range(400):
        total += lookup(table, k)
    items = list(range(50))
    for i in range(-60, 60):
        total += safe_index(items, i)
    records = []
    for i in range(200):
        rec = {"name": "user%d" % i}
        if i % 5:
            rec["age"] = (i * 7 + r) % 170 if i % 11 else "old"
        records.append(rec)
    records.append({"age": 3})
    errors = {}
    for rec in records:
        try:
            total += validate(rec)
        except MissingField as e:
            errors[e.field] = errors.get(e.field, 0) + 1
        except ValidationError as e:
            errors["bad-" + e.field] = errors.get("bad-" + e.field, 0) + 1
            total += len(str(e)) % 7
    for key in sorted(errors):
        total += errors[key] * len(key)
    for limit in range(20, 120, 10):
        try:
            deep(0, limit)
        except Found as f:
            total += f.args[0]
    grid = [[(i * 31 + j * 17 + r) % 97 for j in range(30)] for i in range(30)]
    pos = find_pair(grid, 42)
    if pos is not None:
        total += pos[0] * 30 + pos[1]
    stats = guarded([(i % 7) - 3 for i in range(300)])
    total += stats["ok"] + stats["err"] * 3 + stats["finally"]
    total += convert_all(["1", "2", "three", "4", "five", "6"] * 20)
    total += drain(iter(range(500)))
    for x in range(60):
        try:
            total += reraiser(x)
        except KeyError as e:
            total += e.args[0] * 2
    return total


def main(n):
    checksum = 0
    for r in range(n):
        checksum = (checksum * 13 + one_round(r)) % 1000000007
    print("checksum=%d" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
