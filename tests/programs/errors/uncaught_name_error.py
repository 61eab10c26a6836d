# Uncaught NameError for a name with no close match (no "Did you mean" hint).
def run():
    print("about to fail")
    return qqqqzzzz + 1
run()
