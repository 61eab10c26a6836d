# Python 2 print/exec statements: CPython 3.11 names the missing parentheses.
for src in ['print "hi"', 'x = print "hi"', 'print "a", x', 'exec "code"', 'if 1:\n    print "hi"', 'print 1 2', 'foo "hi"', 'print "hi" ; y = 2', 'print x y', 'print (1) 2', 'myprint "x"', 'print "a" # c', 'print f(1, 2) + 3']:
    try:
        compile(src, 's', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)
