# A SyntaxError anywhere means nothing runs.
print("this never prints")
x = 1 +* 2
