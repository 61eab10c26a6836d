# Importing a package with submodules and relative imports.
import shapes
print(shapes.VERSION, shapes.Circle(2).area(), shapes.square.area(3))
import shapes.circle
print(shapes.circle.Circle is shapes.Circle, shapes.circle.__name__)
from shapes.square import area
print(area(5))
from shapes._impl import geometry
print(geometry.uses_parent(), geometry.__name__)
import shapes._impl.geometry as g
print(g is geometry)
from shapes import *
print(Circle(1).area(), square.area(2))
import sys
print(sorted(m for m in sys.modules if m.startswith("shapes")))
print(shapes.__package__, shapes.circle.__package__, hasattr(shapes, "__path__"))
