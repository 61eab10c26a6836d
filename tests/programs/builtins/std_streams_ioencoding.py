# PYTHONIOENCODING sets the standard streams' encoding and errors (checked in a child interpreter).
import os
import subprocess
import sys

code = ("import sys; print(sys.stdout.encoding, sys.stdout.errors, sys.stderr.encoding, sys.stderr.errors); "
        "print('caf\\xe9', 'x\\u20acy'); sys.stdout.flush(); sys.stderr.write('err \\u20ac\\n')")
for value in ['latin-1', 'latin1:replace', 'ascii:backslashreplace', 'utf-8:ignore', ':xmlcharrefreplace', 'UTF-16-LE',
              'cp1252']:
    env = dict(os.environ, PYTHONIOENCODING=value)
    r = subprocess.run([sys.executable, '-c', code], env=env, capture_output=True)
    err = r.stderr.splitlines()
    print(repr(value), r.returncode, r.stdout, err[-1] if err else b'')
