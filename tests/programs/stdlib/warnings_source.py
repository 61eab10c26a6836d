# warnings.warn(..., source=obj): the source is kept as the message's
# source (not taken for the file to write to), shown or recorded.
import warnings


class Res:
    pass


r = Res()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    warnings.warn('unclosed thing', ResourceWarning, source=r)
    warnings.warn_explicit('explicit', UserWarning, 'somefile.py', 7, source=r)
for m in w:
    print(m.category.__name__, m.message, m.source is r, m.file, m.filename if m.lineno == 7 else '-', m.lineno == 7)

with warnings.catch_warnings():
    warnings.simplefilter('always')
    warnings.warn('shown on stderr', ResourceWarning, source=r)
print('after')
m = warnings.WarningMessage('text', UserWarning, 'f.py', 3)
print(m, m.source, type(m).__name__, isinstance(m, warnings.WarningMessage))
