# An uncaught exception whose message holds a lone surrogate: stderr
# (backslashreplace) shows it escaped.
print('start')
raise ValueError('bad \ud800 value \udcff')
