# Helper for reload_reruns_module.py: counts its own executions.
runs = globals().get("runs", 0) + 1
print("executing _reload_counter, run", runs)


def version():
    return runs
