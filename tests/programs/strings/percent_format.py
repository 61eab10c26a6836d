# printf-style % formatting.
print("%s and %s" % ("a", "b"))
print("%d %i %u" % (1, 2, 3))
print("%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%f|%.2f|%10.3f|%-10.1f|%e|%.2E|%g|%G" % (3.14159, 3.14159, 3.14159, 3.14159, 31415.9, 0.000314, 0.00001, 1e20))
print("%x|%X|%o|%#x|%#o|%#X" % (255, 255, 8, 255, 8, 255))
print("%c%c%c" % (72, "i", 33))
print("%r|%s|%a" % ("str", "str", "é"))
print("%(name)s is %(age)d years" % {"name": "Ann", "age": 30})
print("%%|%s%%" % 50)
print("%s" % [1, 2], "%s" % (1,), "%s" % ((1, 2),))
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%s %s" % (None, True), "%d" % True, "%.3s" % "abcdef")
print("%d" % 3.99, "%d" % -3.99, "%i" % 2**70, "%x" % 2**70, "%.0f" % 0.5, "%.0f" % 1.5, "%.0f" % 2.5)
print("%5s|%-5s|" % ("ab", "ab"))
print("%s" % "single", "no args" % ())
print("%(a)s %(a)r" % {"a": "x"})
print("%.1f%%" % 99.5)
print("%08.3f|%+.2e|%-8s|" % (3.14159, 12345.678, "left"))
print("%s" % 1e16, "%s" % 1e-5, "%r" % 0.1, "%s" % float("inf"), "%f" % float("nan"))
print("%g %g %g %g" % (100000, 1000000, 0.0001, 0.00001))
try:
    print("%s %s" % ("only one",))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s" % ("a", "b"))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%z" % 1)
except ValueError as e:
    print("ValueError:", e)
try:
    print("%(k)s" % {})
except KeyError as e:
    print("KeyError:", e)
print(b"%s-%d" % (b"bytes", 5))
