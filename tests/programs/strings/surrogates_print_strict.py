# Printing a lone surrogate to a strict UTF-8 stdout raises
# UnicodeEncodeError; what was printed before it is kept.
import sys
print('before', '\udc80'.encode('utf-8', 'surrogateescape'))
sys.stdout.write('written ' + ascii('\ud800') + '\n')
try:
    sys.stdout.write('\ud800\n')
except UnicodeEncodeError as e:
    print('write:', e)
print('x', '\ud800', 'y')
print('not reached')
