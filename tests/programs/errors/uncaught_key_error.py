# Uncaught KeyError: the last stderr line shows the key's repr.
config = {"host": "localhost", "port": 8080}
print(config["host"])
print(config["port"])
print(config["user"])
