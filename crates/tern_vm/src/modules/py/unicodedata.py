"""Unicode character database (tern: the functions are native, from
CPython 3.11's tables; ucd_3_2_0 answers with the same data)."""

from _tern_unicodedata import (bidirectional, category, combining, decimal, decomposition, digit,
                               east_asian_width, is_normalized, lookup, mirrored, name, normalize,
                               numeric, unidata_version)


class UCD:
    """The database as an object (CPython keeps Unicode 3.2.0 in
    ucd_3_2_0 for IDNA; tern serves its own version's data)."""

    unidata_version = '3.2.0'


for _name in ('bidirectional', 'category', 'combining', 'decimal', 'decomposition', 'digit',
              'east_asian_width', 'is_normalized', 'lookup', 'mirrored', 'name', 'normalize', 'numeric'):
    setattr(UCD, _name, staticmethod(globals()[_name]))
del _name
UCD.__module__ = 'unicodedata'
ucd_3_2_0 = UCD()
