# logging: basicConfig to a stream, named loggers, levels, formatters, handlers to files and streams, exceptions.
import io
import logging
import os
import sys
import tempfile

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG, format="%(levelname)s|%(name)s|%(message)s")
log = logging.getLogger("app")
log.debug("debug %d", 1)
log.info("info %s", "two")
log.warning("warn")
logging.error("root error")
print(log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), logging.getLevelName(30), logging.getLevelName("ERROR"))

child = logging.getLogger("app.db")
child.setLevel(logging.WARNING)
child.info("hidden")
child.error("shown %r", {"k": 1})
print(child.parent is log, child.name, logging.getLogger("app.db") is child)

buf = io.StringIO()
h = logging.StreamHandler(buf)
h.setFormatter(logging.Formatter("[%(levelname)-8s] %(name)s: %(message)s (%(funcName)s)"))
h.setLevel(logging.INFO)
quiet = logging.getLogger("quiet")
quiet.propagate = False
quiet.addHandler(h)
quiet.setLevel(logging.DEBUG)


def work():
    quiet.debug("not stored")
    quiet.info("stored")
    try:
        1 / 0
    except ZeroDivisionError:
        quiet.exception("failed")


work()
lines = buf.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[2])
print(lines[-1])
print(len(lines) > 4)

d = tempfile.mkdtemp()
path = os.path.join(d, "app.log")
fh = logging.FileHandler(path, mode="w", encoding="utf-8")
fh.setFormatter(logging.Formatter("%(levelname)s:%(message)s"))
flog = logging.getLogger("file")
flog.propagate = False
flog.addHandler(fh)
flog.warning("to file ü")
flog.critical("second")
fh.close()
with open(path, encoding="utf-8") as f:
    print(f.read(), end="")
os.unlink(path)
os.rmdir(d)


class Only(logging.Filter):
    def filter(self, record):
        return "keep" in record.getMessage()


fl = logging.getLogger("filtered")
fl.propagate = False
sh = logging.StreamHandler(sys.stdout)
sh.addFilter(Only())
fl.addHandler(sh)
fl.warning("keep me")
fl.warning("drop me")

adapter = logging.LoggerAdapter(log, {"user": "ann"})
adapter.info("through adapter")
logging.disable(logging.CRITICAL)
log.critical("disabled")
logging.disable(logging.NOTSET)
log.critical("enabled again")
rec = logging.makeLogRecord({"msg": "x=%s", "args": (5,), "levelno": 20, "levelname": "INFO"})
print(rec.getMessage(), logging.Formatter("%(message)s!").format(rec))
err = logging.StreamHandler(sys.stderr)
log.addHandler(err)
log.warning("also to stderr")
logging.shutdown()
