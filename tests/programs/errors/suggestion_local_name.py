# An uncaught NameError in a function suggests a similar local name first.
def total(items):
    running_total = 0
    for item in items:
        running_total += item
    return runing_total


print(total([]) if False else "calling")
total([1, 2])
