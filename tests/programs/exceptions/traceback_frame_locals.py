# tb.tb_frame.f_locals after the exception left the frame: the traceback
# keeps each frame's variables (cells too), as at the frame's exit.
import sys

def f(a, b=2):
    x = a * 10
    y = [x, b]
    raise ValueError(x)

try:
    f(1)
except Exception as e:
    tb = e.__traceback__
    print(sorted(tb.tb_frame.f_locals) == sorted(globals()))
    print(tb.tb_next.tb_frame.f_locals)
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)

def g():
    z = 'zz'
    try:
        raise KeyError('k')
    finally:
        z = 'changed in finally'

try:
    g()
except KeyError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals)

def outer():
    v = 'outer-local'
    def inner():
        w = v + '!'
        1 / 0
    inner()

try:
    outer()
except ZeroDivisionError as e:
    t = e.__traceback__
    frames = []
    while t is not None:
        frames.append((t.tb_frame.f_code.co_name, {k: v for k, v in t.tb_frame.f_locals.items() if k != 'inner'} if t.tb_frame.f_code.co_name != '<module>' else None))
        t = t.tb_next
    print(frames)

def caught_here():
    q = 5
    try:
        {}['missing']
    except KeyError:
        fl = sys.exc_info()[2].tb_frame.f_locals
        print(sorted(fl))

caught_here()

def gen():
    n = 0
    while True:
        n += 1
        if n == 3:
            raise RuntimeError('gen')
        yield n

try:
    list(gen())
except RuntimeError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals)

import traceback
def deep(k):
    if k == 0:
        raise OSError('deep')
    deep(k - 1)
try:
    deep(3)
except OSError as e:
    s = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__), capture_locals=True)
    for fs in s:
        if fs.name != '<module>':
            print(fs.name, fs.locals)

def holder():
    r = ['held']
    raise TypeError('t')

try:
    holder()
except TypeError as e:
    print('caught', e.__traceback__.tb_next.tb_frame.f_locals)

