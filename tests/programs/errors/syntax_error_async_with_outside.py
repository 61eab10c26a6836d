# async with at module level is a compile error.
print("never printed")
async with open("x") as f:
    pass
