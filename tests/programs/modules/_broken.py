print("_broken: before the error")
value = 1 / 0
