# Different import forms for builtin modules.
import math
import math as m
from math import floor, ceil
from math import *
print(math.floor(2.5), m.ceil(2.5), floor(-2.5), ceil(-2.5), sqrt(81), pi == m.pi)
import sys, math as mm
print(mm is math, sys.modules["math"] is math)
def inside():
    from math import factorial
    return factorial(6)
print(inside())
print(__import__("math").sqrt(4), __import__("math") is math)
