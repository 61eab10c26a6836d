# heapq and bisect (pure-Python versions from the stdlib)
import heapq, bisect
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
    print(h[0], end=' ')
print()
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data, heapq.nsmallest(3, data), heapq.nlargest(2, data))
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(['b', 'a'], ['c'], key=str.upper, reverse=True)))
print(heapq.nlargest(2, ['aaa', 'b', 'cc'], key=len), heapq.nsmallest(1, [(2, 'x'), (1, 'y')]))
s = [1, 3, 3, 5, 7]
print(bisect.bisect_left(s, 3), bisect.bisect_right(s, 3), bisect.bisect(s, 4), bisect.bisect_left(s, 0), bisect.bisect(s, 99))
bisect.insort(s, 4)
bisect.insort_left(s, 3)
print(s)
print(bisect.bisect_left([(1, 'a'), (3, 'b')], 2, key=lambda t: t[0]))
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], score)] for score in [33, 99, 77, 70, 89, 90, 100]])
