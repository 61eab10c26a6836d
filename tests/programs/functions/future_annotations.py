"""from __future__ import annotations: annotations are kept as strings,
written as CPython's unparser writes them, and never evaluated."""
from __future__ import annotations

import typing
from typing import Optional


def f(x: Undefined[int], *args: tuple[str, ...], y: "Quoted" = 3, **kw: dict[str, list[int | None]]) -> AlsoUndefined:
    return x


class C:
    a: NotDefined = 3
    b: typing.Optional[Foo.Bar]
    c: Callable[[int, str], None]
    d: Literal["x", 'y', 1, None, True, ...]
    e: int | str | None
    f: 'it\'s'
    g: tuple[()]
    h: list[int]
    i: (int, str)
    j: dict[str, "Forward"]


print(f.__annotations__)
print(C.__annotations__)
print(f(5), C.a)


class P:
    x: int
    y: Optional[str] = None
    z: list[int]


print(typing.get_type_hints(P))
print(typing.get_type_hints(lambda: None), typing.get_type_hints(f.__wrapped__ if hasattr(f, "__wrapped__") else P.__init__))


def g():
    local: SomethingUndefined = 1
    return local


print(g())
