# stdout with other error handlers: surrogateescape writes the original
# bytes, backslashreplace and replace the escapes.
import sys
sys.stdout.reconfigure(errors='surrogateescape')
raw = b'caf\xe9 \xff\xfe'
s = raw.decode('utf-8', 'surrogateescape')
print('escape:', s)
sys.stdout.write('A\udcc3\udca9\n')
print(s, s, sep='\udcff', end='\udcfe\n')
sys.stdout.reconfigure(errors='backslashreplace')
print('bs:', '\ud800', 'é\udfff')
sys.stdout.reconfigure(errors='replace')
print('rep:', '\ud800x')
sys.stdout.reconfigure(errors='surrogateescape')
try:
    print('\ud800')
except UnicodeEncodeError as e:
    sys.stdout.reconfigure(errors='strict')
    print('\n' + str(e))
