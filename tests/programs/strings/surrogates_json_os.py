# json both ways, os.fsencode/fsdecode, re, and sys.argv/os.environ of a
# child process, with strings that hold lone surrogates.
import json, os, sys
print(json.dumps('\ud800'), json.dumps({'k\udc80': ['\udfff']}), json.dumps('\ud800', ensure_ascii=False) == '"\ud800"')
print(ascii(json.loads('"\\ud800"')), ascii(json.loads('["\\udc80x", "\\ud83d\\ude00", "\\ud83d"]')), ascii(json.loads('{"\\udfff": 1}')))
print(ascii(json.loads(json.dumps('a\udcffb'))), ascii(json.loads(json.dumps('\udcff', ensure_ascii=False))))
print(ascii(os.fsdecode(b'caf\xe9')), os.fsencode('caf\udce9'), os.fsencode(os.fsdecode(b'\xff\xfe')) == b'\xff\xfe')
print(ascii(os.fsdecode('\udc80')), os.fsencode(b'x'), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
try:
    os.fsencode('\ud800')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e)
import re
print(ascii(re.sub('x', '\udc80', 'axb')), ascii(re.findall('.', 'a\ud800')), ascii(re.escape('\ud800')))

# sys.argv and os.environ of a child with bytes that are not UTF-8, and
# arguments with surrogates passed to it.
import subprocess
code = 'import os, sys; print(ascii(sys.argv[1:]), ascii(os.environ.get("TERN_SURR_TEST")), ascii(os.environb.get(b"TERN_SURR_TEST")))'
env = dict(os.environ)
env['TERN_SURR_TEST'] = 'v\udcffw'
r = subprocess.run([sys.executable, '-c', code, b'a\xffb', 'plain', 'caf\udce9'], env=env, stdout=subprocess.PIPE)
print(r.returncode, r.stdout.decode())
