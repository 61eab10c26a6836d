# The script's __file__ and the filename in its code objects and
# tracebacks: CPython 3.11 makes a relative script path absolute.
import os
import sys
import traceback

print(os.path.isabs(__file__))
print(os.path.basename(__file__), sys.argv[0])
print(__file__ == os.getcwd() + "/" + sys.argv[0])
print(main_code_name := (lambda: 0).__code__.co_filename == __file__)
print(traceback.extract_stack()[-1].filename == __file__)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_filename == __file__)
