# socket: TCP, UDP and AF_UNIX over loopback (bind/listen/accept/connect/sendall/recv/makefile), timeouts, options, errors.
import os
import socket
import tempfile

print(socket.AF_INET, socket.SOCK_STREAM, repr(socket.AF_INET), repr(socket.SOCK_DGRAM))
print(socket.timeout is TimeoutError, socket.error is OSError, socket.gaierror.__mro__[1].__name__)

srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, srv.family, srv.type, srv.proto, srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), srv.gettimeout(), srv.getblocking())

c = socket.create_connection(("127.0.0.1", port))
conn, addr = srv.accept()
print(addr[0], conn.getsockname() == (host, port), c.getpeername() == (host, port), addr == c.getsockname())
c.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
print(c.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0)
c.sendall(b"hello " * 5000)
c.shutdown(socket.SHUT_WR)
data = b""
while True:
    chunk = conn.recv(4096)
    if not chunk:
        break
    data += chunk
print(len(data), data[:12])
buf = bytearray(8)
conn.sendall(b"0123456789")
print(c.recv_into(buf, 4), buf)
print(c.recv(2, socket.MSG_PEEK), c.recv(100))
conn.sendall(b"line1\nline2\nrest")
conn.close()
f = c.makefile("rb")
print(f.readline(), f.readline(), f.read())
f.close()
c.close()
print(repr(c))
try:
    c.send(b"x")
except OSError as e:
    print("closed:", e.errno, e)

u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
print(u2.sendto(b"dgram", u1.getsockname()))
d, a = u1.recvfrom(100)
print(d, a[0], a == u2.getsockname())
u2.sendto(b"into", 0, u1.getsockname())
b = bytearray(10)
n, a = u1.recvfrom_into(b)
print(n, b)
u1.settimeout(0.05)
try:
    u1.recvfrom(10)
except TimeoutError as e:
    print("timeout:", e, type(e).__name__)
print(u1.gettimeout(), u1.getblocking())
u1.setblocking(False)
print(u1.gettimeout(), u1.getblocking())
try:
    u1.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno)
u1.close()
u2.close()

a, b = socket.socketpair()
a.sendall(b"pair")
print(b.recv(10), a.family, a.type)
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "sock")
    us = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    us.bind(path)
    us.listen(1)
    uc = socket.socket(socket.AF_UNIX)
    uc.connect(path)
    peer, paddr = us.accept()
    print(us.getsockname() == path, repr(paddr), repr(uc.getsockname()))
    uc.sendall(b"unix!")
    print(peer.recv(10))
    for s in (us, uc, peer):
        s.close()

s = socket.socket()
s.bind(("127.0.0.1", 0))
s.listen()
with socket.socket() as cc:
    cc.settimeout(2)
    cc.connect(s.getsockname())
    print("connected with timeout", cc.gettimeout())
print(cc.fileno())
fd = s.detach()
print(s.fileno(), fd > 2)
s2 = socket.socket(fileno=fd)
print(s2.family, s2.type, s2.getsockname()[0])
s2.close()

print(socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
print(socket.getaddrinfo("127.0.0.1", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.getaddrinfo("::1", "http", socket.AF_INET6, socket.SOCK_STREAM))
print(socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
try:
    socket.getaddrinfo("not a host", 80, flags=socket.AI_NUMERICHOST)
except socket.gaierror as e:
    print("gaierror", e.errno, e)
try:
    socket.create_connection(("127.0.0.1", 1))
except ConnectionRefusedError as e:
    print("refused", e)
print(socket.inet_aton("1.2.3"), socket.inet_ntoa(b"\x7f\0\0\1"), socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_ntop(socket.AF_INET6, b"\x20\x01" + bytes(13) + b"\x01"), socket.inet_ntop(socket.AF_INET, b"\x0a\0\0\1"))
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print(socket.getservbyname("http", "tcp"), socket.getprotobyname("udp"))
for bad in [lambda: socket.inet_aton("x"), lambda: socket.inet_ntoa(b"12"), lambda: srv.bind(("127.0.0.1", 70000)),
            lambda: srv.bind(("127.0.0.1",)), lambda: srv.bind("127.0.0.1"), lambda: srv.bind((1, 0)),
            lambda: srv.recv(-1), lambda: srv.settimeout(-1), lambda: srv.settimeout("a"),
            lambda: socket.socket(fileno=-3), lambda: socket.htons(-1), lambda: socket.htons(70000),
            lambda: socket.inet_pton(socket.AF_INET, "1.2.3")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
srv.close()
