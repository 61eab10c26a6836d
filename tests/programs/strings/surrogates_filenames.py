# File names that are not UTF-8: str paths with surrogateescape'd bytes.
import os
d = 'surr_tmp_%d' % os.getpid()
os.mkdir(d)
try:
    name = os.path.join(d, 'x\udcff')
    with open(name, 'w') as f:
        f.write('hi')
    print(ascii(os.listdir(d)), os.path.exists(name), os.stat(name).st_size)
    with open(name) as f:
        print(f.read())
    os.rename(name, os.path.join(d, 'y\udcfe'))
    print(ascii(sorted(os.listdir(d))))
    try:
        os.stat(os.path.join(d, 'z\udc80'))
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, ascii(e.filename)[-6:])
    os.unlink(os.path.join(d, 'y\udcfe'))
    print(os.listdir(d))
finally:
    for f in os.listdir(d):
        os.unlink(os.path.join(d, f))
    os.rmdir(d)
print(os.path.exists(d))
