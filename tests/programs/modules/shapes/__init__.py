print("shapes: package init")
from .circle import Circle
from . import square
__all__ = ["Circle", "square"]
VERSION = (1, 2)
