# typing (imports re; generic classes rely on __mro_entries__).
import typing
from typing import List, Dict, Optional, Union, TypeVar, Generic, NamedTuple, Callable, Tuple

T = TypeVar("T")


class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v


b = Box[int](3)
print(b.v, Box.__orig_bases__, Box.__parameters__, Box.__mro__[1:])
print(List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str], Tuple[int, ...])


class P(NamedTuple):
    x: int
    y: int = 2


print(P(1), P(1, 3)._asdict(), P._fields)


def f(a: int, b: "str" = "x") -> Optional[int]:
    return None


print(typing.get_type_hints(f))
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.cast(int, "x"))


@typing.runtime_checkable
class Sized(typing.Protocol):
    def __len__(self) -> int: ...


print(isinstance([], Sized), isinstance(3, Sized))


class Entries:
    def __mro_entries__(self, bases):
        return (dict,)


class D(Entries()):
    pass


print(D.__bases__, D.__orig_bases__[0].__class__.__name__, D(a=1))
