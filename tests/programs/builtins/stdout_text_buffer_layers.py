# Without PYTHONUNBUFFERED, text written to sys.stdout waits in the text
# layer while sys.stdout.buffer.write goes to the binary layer: a mix of
# the two comes out in CPython's order (checked in a child process).
import os
import subprocess
import sys

CHILD = r'''
import sys
sys.stdout.write('a1\n')
sys.stdout.buffer.write(b'b1\n')
print('a2')
sys.stdout.buffer.flush()
sys.stdout.buffer.write(b'b2\n')
sys.stdout.flush()
print('a3', flush=True)
sys.stdout.write('x' * 9000 + '\n')
sys.stdout.buffer.write(b'b3\n')
sys.stdout.write('y' * 5000 + '\n')
sys.stdout.buffer.write(b'b4\n')
sys.stdout.write('w' * 5000 + '\n')
sys.stdout.buffer.write(b'b5\n')
sys.stdout.write('z\n')
sys.stdout.reconfigure(line_buffering=True)
sys.stdout.write('l1')
sys.stdout.buffer.write(b'b6\n')
sys.stdout.write('l2\n')
sys.stdout.buffer.write(b'b7\n')
sys.stdout.reconfigure(write_through=True, line_buffering=False)
sys.stdout.write('t1\n')
sys.stdout.buffer.write(b'b8\n')
sys.stdout.write('t2\n')
'''
for unbuffered in (False, True):
    env = dict(os.environ)
    env.pop('PYTHONUNBUFFERED', None)
    if unbuffered:
        env['PYTHONUNBUFFERED'] = '1'
    out = subprocess.run([sys.executable, '-c', CHILD], env=env, capture_output=True).stdout
    print(unbuffered, [line[:6] for line in out.split(b'\n')])
