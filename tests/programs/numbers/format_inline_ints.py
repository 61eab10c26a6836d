# format() of inline ints and bools across the format-spec mini-language
# (their own path, without a big integer).
vals = [0, 1, -1, 7, 255, -255, 2**31, -2**63, 2**63 - 1, True, False]
specs = ["", "d", "5d", "<6", ">8", "^12", "+d", " d", "x", "#X", "#o", "b", "#b", "08d", ",", "_", "_x", "c", "e", ".2f", "%", "n", "=+10", "010,"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append(type(e).__name__ + ":" + str(e))
    print(repr(v), row)
print("{:<6}|{:>8}|{:>8}|{:^12}".format(3, True, -17, "abc"))
print("%d %5d %x" % (True, -3, 255), f"{True:d} {False:>3} {True}")
