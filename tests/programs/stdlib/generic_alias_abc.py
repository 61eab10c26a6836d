# types.GenericAlias built by collections.abc's __class_getitem__ (and its
# _CallableGenericAlias subclass): repr, __origin__/__args__, equality, calls.
from collections.abc import Callable, Iterable, Mapping, Sequence
import types

print(Iterable[str], Mapping[str, int], Sequence[list[int]], types.GenericAlias(list, (int,)), types.GenericAlias(dict, str))
print(Iterable[str].__origin__, Mapping[str, int].__args__, type(Iterable[int]).__name__)
print(Callable[[int], str], Callable[..., int], Callable[[], None], Callable[[int], str].__args__)
print(type(Callable[[int], str]).__name__, isinstance(Callable[[int], str], types.GenericAlias))
print(list[int] == list[int], list[int] != list[str], Iterable[int] == Iterable[int], list[int] == list, dict[str, int] == dict[str, int])
print(types.GenericAlias(list, (int,))("ab"), list[int]([1, 2]), Mapping[str, int].__origin__ is Mapping)
print(repr(tuple[int, ...]), repr(list[tuple[int, str]]), repr(dict[str, list[int]]))
