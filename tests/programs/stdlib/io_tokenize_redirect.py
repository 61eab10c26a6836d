# Text streams used by other stdlib modules: tokenize.open/detect_encoding, linecache, redirect_stdout/stderr, difflib.
import tokenize, io, linecache, sys, os, tempfile
_TOK = os.path.join(tempfile.mkdtemp(), 'tok.py')
src = b"# -*- coding: utf-8 -*-\nx = 1  # c\nif x:\n    print('h\xc3\xa9')\n"
with open(_TOK, 'wb') as f:
    f.write(src)
with tokenize.open(_TOK) as f:
    print(f.encoding, repr(f.read()))
toks = list(tokenize.tokenize(io.BytesIO(src).readline))
print(len(toks), [tokenize.tok_name[t.type] for t in toks[:6]])
print(tokenize.detect_encoding(io.BytesIO(src).readline))
print(repr(linecache.getline(_TOK, 4)))
import contextlib
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
    print("to out"); print("err", file=sys.stderr)
print(repr(out.getvalue()))
import textwrap, difflib
print(list(difflib.unified_diff(['a\n','b\n'], ['a\n','c\n'])))
import getpass, gettext, locale
print(locale.getpreferredencoding(False))
os.unlink(_TOK)
os.rmdir(os.path.dirname(_TOK))
