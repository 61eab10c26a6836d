# lib2to3 converting Python 2 source (its fixers are found through
# pkgutil.iter_modules over the fixes package), and pkgutil listing a
# stdlib package.
import warnings

warnings.simplefilter("ignore")
import json
import pkgutil

from lib2to3 import refactor

print([(m.name, m.ispkg) for m in pkgutil.iter_modules(json.__path__)])
print(sorted(m.name for m in pkgutil.iter_modules(json.__path__, "json."))[:2])

fixers = refactor.get_fixers_from_package("lib2to3.fixes")
print(len(fixers), fixers[:3])
tool = refactor.RefactoringTool(fixers)
source = '''\
import urllib2
print "total:", 1 + 2
d = {"a": 1}
if d.has_key("a"):
    for k, v in d.iteritems():
        print k, v
x = raw_input("? ")
try:
    pass
except ValueError, e:
    raise TypeError, "bad"
'''
print(str(tool.refactor_string(source, "<py2>")), end="")
