# Unbounded recursion raises RecursionError (uncaught -> exit 1).
def down(n):
    return down(n + 1) + 1
print("recursing")
down(0)
