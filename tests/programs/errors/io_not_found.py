# Uncaught: FileNotFoundError: [Errno 2] No such file or directory: 'missing.txt'
f = open("missing.txt")
