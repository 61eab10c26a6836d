"""ExceptionGroup behaviour and the helpers `except*` compiles to."""

from _tern import set_exc_field as _set_field


def _check_condition(condition):
    if isinstance(condition, type) and issubclass(condition, BaseException):
        return lambda e: isinstance(e, condition)
    if isinstance(condition, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in condition):
        return lambda e: isinstance(e, condition)
    if callable(condition) and not isinstance(condition, type):
        return condition
    raise TypeError("expected a function, exception type or tuple of exception types")


def eg_new(cls, message, exceptions, *rest):
    if rest:
        raise TypeError(f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({2 + len(rest)} given)")
    if not isinstance(message, str):
        raise TypeError(f"BaseExceptionGroup.__new__() argument 1 must be str, not {type(message).__name__}")
    try:
        items = list(exceptions)
    except TypeError:
        raise TypeError("second argument (exceptions) must be a sequence") from None
    if isinstance(exceptions, (set, frozenset, dict)) or exceptions is None:
        raise TypeError("second argument (exceptions) must be a sequence")
    if not items:
        raise ValueError("second argument (exceptions) must be a non-empty sequence")
    for i, e in enumerate(items):
        if not isinstance(e, BaseException):
            raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
    all_exc = all(isinstance(e, Exception) for e in items)
    if cls is BaseExceptionGroup:
        if all_exc:
            cls = ExceptionGroup
    elif issubclass(cls, Exception) and not all_exc:
        raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
    self = BaseException.__new__(cls, message, exceptions)
    _set_field(self, 'message', message)
    _set_field(self, 'exceptions', tuple(items))
    return self


def eg_init(self, *args, **kwargs):
    pass


def eg_str(self):
    n = len(self.exceptions)
    return f"{self.message} ({n} sub-exception{'s' if n != 1 else ''})"


def eg_derive(self, excs):
    return BaseExceptionGroup(self.message, excs)


def _copy_meta(src, dst):
    dst.__cause__ = src.__cause__
    dst.__context__ = src.__context__
    dst.__traceback__ = src.__traceback__
    notes = getattr(src, '__notes__', None)
    if notes is not None:
        dst.__notes__ = notes
    return dst


def eg_split(self, condition):
    pred = _check_condition(condition)
    if pred(self):
        return self, None
    match, rest = [], []
    for e in self.exceptions:
        if isinstance(e, BaseExceptionGroup):
            m, r = e.split(condition)
            if m is not None:
                match.append(m)
            if r is not None:
                rest.append(r)
        elif pred(e):
            match.append(e)
        else:
            rest.append(e)
    m = _copy_meta(self, self.derive(match)) if match else None
    r = _copy_meta(self, self.derive(rest)) if rest else None
    return m, r


def eg_subgroup(self, condition):
    return self.split(condition)[0]


def star_start(exc):
    return [exc, [], exc]


def star_match(state, condition):
    types = condition if isinstance(condition, tuple) else (condition,)
    for t in types:
        if isinstance(t, type) and issubclass(t, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")
        if not (isinstance(t, type) and issubclass(t, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
    rest = state[0]
    if rest is None:
        return None
    if not isinstance(rest, BaseExceptionGroup):
        if isinstance(rest, condition):
            state[0] = None
            return BaseExceptionGroup("", (rest,))
        return None
    match, state[0] = rest.split(condition)
    return match


def star_raised(state, exc):
    state[1].append(exc)


def star_finish(state):
    rest, raised, orig = state
    if not isinstance(orig, BaseExceptionGroup):
        # A naked exception was wrapped: one handler ran at most.
        return raised[0] if raised else rest
    raised = [e for e in raised if e is not orig] + ([orig] if any(e is orig for e in raised) else [])
    if not raised:
        return rest
    if any(e is orig for e in raised):
        return orig
    parts = raised + ([rest] if rest is not None else [])
    if len(parts) == 1 and rest is None:
        return BaseExceptionGroup("", parts)
    return BaseExceptionGroup("", parts)
