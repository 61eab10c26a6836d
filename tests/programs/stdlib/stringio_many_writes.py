# StringIO: many appends stay linear; writes in the middle still splice.
import io
s = io.StringIO()
for i in range(40000): s.write("INFO message number %d\n" % i)
v = s.getvalue(); print(len(v), v[-30:])
s.seek(5); s.write("XX"); print(s.getvalue()[:12]); s.seek(0, 2); s.write("end"); print(s.getvalue()[-6:], s.tell())
