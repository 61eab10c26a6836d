# try/except/else/finally combinations and control flow through them.
def attempt(kind):
    log = []
    try:
        log.append("try")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            {}["missing"]
        if kind == "zero":
            1 / 0
        if kind == "type":
            None + 1
    except ValueError as e:
        log.append("ValueError:" + str(e))
    except (KeyError, IndexError) as e:
        log.append("lookup:" + repr(e))
    except ArithmeticError as e:
        log.append("arith:" + type(e).__name__)
    except Exception as e:
        log.append("other:" + type(e).__name__)
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for kind in ("none", "value", "key", "zero", "type"):
    print(kind, attempt(kind))

def no_except():
    try:
        return "from try"
    finally:
        print("finally before return")
print(no_except())

def nested():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("not here")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()

def handler_raises():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
    except TypeError as e:
        print("caught", repr(e), "context", repr(e.__context__))
handler_raises()

def bare_except():
    try:
        raise OSError("os")
    except:
        print("bare except caught")
bare_except()

e_name = "still here"
try:
    raise ValueError("x")
except ValueError as e_name:
    pass
try:
    print(e_name)
except NameError as err:
    print("NameError:", err)  # 'as' target is deleted after the handler

def loop_control():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_control())

def while_try():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                raise ValueError(n)
            return n
        except ValueError as e:
            print("retry after", e)
print(while_try())

try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e), e.args)
try:
    raise 42
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        pass
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print("caught", e)
def exc_in_else():
    try:
        pass
    except ValueError:
        print("no")
    else:
        raise ValueError("from else")
try:
    exc_in_else()
except ValueError as e:
    print("caught", e)
try:
    int("abc")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
class MyErr(Exception):
    pass
errs = (MyErr, KeyError)
try:
    raise MyErr("tuple var")
except errs as e:
    print("caught via tuple variable", e)
