# raise SystemExit(7) from inside a function: exit status 7, nothing on stderr.
def main():
    print("main running")
    raise SystemExit(7)
main()
