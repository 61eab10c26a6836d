# if __name__ == "__main__" in the script and in an imported module.
import _helper

def main():
    print("main() called, __name__ =", __name__)
    return 0

if __name__ == "__main__":
    print("script is __main__")
    main()
print(_helper.__name__ != "__main__")
