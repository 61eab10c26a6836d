# sorting: sorting with key functions -- list.sort/sorted with lambdas,
# tuple keys, reverse=True, multi-pass stable sorts, sorting objects by
# attribute, str.lower keys, min/max with key, plus hand-written merge sort,
# insertion sort and binary search to compare against.
# test-size: 3
# default-size: 120
import sys

DEFAULT_SIZE = 120

FIRST = ["Ada", "bob", "Cy", "dee", "Eve", "fay", "Gus", "hal", "Ivy", "jo", "Kim", "lu"]
LAST = ["Smith", "jones", "Brown", "taylor", "Lee", "walker", "Hall", "allen"]


class Employee:
    def __init__(self, name, dept, salary, age):
        self.name = name
        self.dept = dept
        self.salary = salary
        self.age = age

    def __repr__(self):
        return "Employee(%s, %s, %d, %d)" % (self.name, self.dept, self.salary, self.age)


def make_people(count, seed):
    x = seed
    people = []
    depts = ["eng", "ops", "sales", "hr", "legal"]
    for i in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        name = FIRST[x % len(FIRST)] + " " + LAST[(x >> 5) % len(LAST)]
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        people.append(Employee(name, depts[(x >> 3) % 5], 30000 + (x >> 9) % 90000, 20 + (x >> 4) % 45))
    return people, x


def merge_sort(items, key):
    if len(items) <= 1:
        return items[:]
    mid = len(items) // 2
    left = merge_sort(items[:mid], key)
    right = merge_sort(items[mid:], key)
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if key(right[j]) < key(left[i]):
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    out.extend(left[i:])
    out.extend(right[j:])
    return out


def insertion_sort(items):
    items = list(items)
    for i in range(1, len(items)):
        value = items[i]
        j = i - 1
        while j >= 0 and items[j] > value:
            items[j + 1] = items[j]
            j -= 1
        items[j + 1] = value
    return items


def bisect_left(items, value):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < value:
            lo = mid + 1
        else:
            hi = mid
    return lo


def digest(people):
    h = 0
    for p in people:
        h = (h * 31 + p.salary + p.age * 7 + len(p.name)) % 1000000007
    return h


def one_round(seed):
    people, seed = make_people(2000, seed)
    total = 0
    by_salary = sorted(people, key=lambda p: p.salary)
    total += digest(by_salary)
    by_dept_age = sorted(people, key=lambda p: (p.dept, -p.age, p.name))
    total += digest(by_dept_age)
    by_name = sorted(people, key=lambda p: p.name.lower(), reverse=True)
    total += digest(by_name)
    staged = list(people)
    staged.sort(key=lambda p: p.age)
    staged.sort(key=lambda p: p.dept, reverse=True)
    total += digest(staged)
    merged = merge_sort(people[:600], lambda p: (p.age, p.salary))
    check = sorted(people[:600], key=lambda p: (p.age, p.salary))
    if [p.name for p in merged] != [p.name for p in check]:
        raise ValueError("merge sort mismatch")
    total += digest(merged)
    words = [p.name.split()[1] for p in people]
    total += len(sorted(set(words), key=str.lower)[0])
    total += len(max(words, key=len)) + len(min(words, key=lambda w: (len(w), w)))
    oldest = max(people, key=lambda p: (p.age, p.salary, p.name))
    total += oldest.salary
    salaries = sorted(p.salary for p in people)
    for probe in range(30000, 120000, 997):
        total += bisect_left(salaries, probe)
    small = [p.age * 1000 + p.salary % 1000 for p in people[:300]]
    total += sum(insertion_sort(small)[::50])
    pairs = sorted(((p.dept, p.age) for p in people), reverse=True)
    total += pairs[0][1] + pairs[-1][1]
    numbers = [(i * 7919) % 10007 for i in range(3000)]
    numbers.sort()
    total += numbers[1500]
    numbers.sort(key=lambda v: (v % 10, -v))
    total += numbers[0] + numbers[-1]
    return total, seed


def main(n):
    checksum = 0
    seed = 2024
    for _ in range(n):
        total, seed = one_round(seed)
        checksum = (checksum * 3 + total) % 1000000007
    people, _ = make_people(5, 7)
    people.sort(key=lambda p: (p.dept, p.name))
    print(people[0])
    print("checksum=%d" % checksum)


main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SIZE)
