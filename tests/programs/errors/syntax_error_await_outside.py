# await at module level is a compile error (nothing runs).
print("never printed")
await something()
