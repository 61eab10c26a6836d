# raise SystemExit directly; catching and re-raising it.
try:
    raise SystemExit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code)
print("raising again")
raise SystemExit
