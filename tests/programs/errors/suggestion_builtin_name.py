# An uncaught NameError at module level suggests a similar global or builtin.
values = [3, 1, 2]
print(sorted(values))
print(lenn(values))
