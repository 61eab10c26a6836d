"""Implementation module for socket operations.

See the socket module for documentation."""

# tern: the socket type and functions of CPython's _socket, written over
# the system calls of the native `_tern_socket` (descriptor-level calls)
# and `_tern_select.poll` (timeouts: a socket with a timeout has a
# non-blocking descriptor and waits with poll, as CPython's sock_call).
# The descriptor is owned by a `_tern_io` handle, so a socket that is
# dropped unclosed still closes it.

import _tern_socket as _n
import _tern_io
import _tern_process
import _tern_select
from time import monotonic as _monotonic

globals().update(dict(
    AF_ALG=38, AF_APPLETALK=5, AF_ASH=18, AF_ATMPVC=8, AF_ATMSVC=20, AF_AX25=3, AF_BRIDGE=7, AF_CAN=29,
    AF_ECONET=19, AF_INET=2, AF_INET6=10, AF_IPX=4, AF_IRDA=23, AF_KEY=15, AF_LLC=26, AF_NETBEUI=13,
    AF_NETLINK=16, AF_NETROM=6, AF_PACKET=17, AF_PPPOX=24, AF_QIPCRTR=42, AF_RDS=21, AF_ROSE=11,
    AF_ROUTE=16, AF_SECURITY=14, AF_SNA=22, AF_TIPC=30, AF_UNIX=1, AF_UNSPEC=0, AF_VSOCK=40,
    AF_WANPIPE=25, AF_X25=9, AI_ADDRCONFIG=32, AI_ALL=16, AI_CANONNAME=2, AI_NUMERICHOST=4,
    AI_NUMERICSERV=1024, AI_PASSIVE=1, AI_V4MAPPED=8, EAI_ADDRFAMILY=-9, EAI_AGAIN=-3, EAI_BADFLAGS=-1,
    EAI_FAIL=-4, EAI_FAMILY=-6, EAI_MEMORY=-10, EAI_NODATA=-5, EAI_NONAME=-2, EAI_OVERFLOW=-12,
    EAI_SERVICE=-8, EAI_SOCKTYPE=-7, EAI_SYSTEM=-11, INADDR_ALLHOSTS_GROUP=3758096385, INADDR_ANY=0,
    INADDR_BROADCAST=4294967295, INADDR_LOOPBACK=2130706433, INADDR_MAX_LOCAL_GROUP=3758096639,
    INADDR_NONE=4294967295, INADDR_UNSPEC_GROUP=3758096384, IPPORT_RESERVED=1024,
    IPPORT_USERRESERVED=5000, IPPROTO_AH=51, IPPROTO_DSTOPTS=60, IPPROTO_EGP=8, IPPROTO_ESP=50,
    IPPROTO_FRAGMENT=44, IPPROTO_GRE=47, IPPROTO_HOPOPTS=0, IPPROTO_ICMP=1, IPPROTO_ICMPV6=58,
    IPPROTO_IDP=22, IPPROTO_IGMP=2, IPPROTO_IP=0, IPPROTO_IPIP=4, IPPROTO_IPV6=41, IPPROTO_MPTCP=262,
    IPPROTO_NONE=59, IPPROTO_PIM=103, IPPROTO_PUP=12, IPPROTO_RAW=255, IPPROTO_ROUTING=43,
    IPPROTO_RSVP=46, IPPROTO_SCTP=132, IPPROTO_TCP=6, IPPROTO_TP=29, IPPROTO_UDP=17,
    IPPROTO_UDPLITE=136, IPV6_CHECKSUM=7, IPV6_DONTFRAG=62, IPV6_DSTOPTS=59, IPV6_HOPLIMIT=52,
    IPV6_HOPOPTS=54, IPV6_JOIN_GROUP=20, IPV6_LEAVE_GROUP=21, IPV6_MULTICAST_HOPS=18,
    IPV6_MULTICAST_IF=17, IPV6_MULTICAST_LOOP=19, IPV6_NEXTHOP=9, IPV6_PATHMTU=61, IPV6_PKTINFO=50,
    IPV6_RECVDSTOPTS=58, IPV6_RECVHOPLIMIT=51, IPV6_RECVHOPOPTS=53, IPV6_RECVPATHMTU=60,
    IPV6_RECVPKTINFO=49, IPV6_RECVRTHDR=56, IPV6_RECVTCLASS=66, IPV6_RTHDR=57, IPV6_RTHDRDSTOPTS=55,
    IPV6_RTHDR_TYPE_0=0, IPV6_TCLASS=67, IPV6_UNICAST_HOPS=16, IPV6_V6ONLY=26, IP_ADD_MEMBERSHIP=35,
    IP_BIND_ADDRESS_NO_PORT=24, IP_DEFAULT_MULTICAST_LOOP=1, IP_DEFAULT_MULTICAST_TTL=1,
    IP_DROP_MEMBERSHIP=36, IP_HDRINCL=3, IP_MAX_MEMBERSHIPS=20, IP_MULTICAST_IF=32,
    IP_MULTICAST_LOOP=34, IP_MULTICAST_TTL=33, IP_OPTIONS=4, IP_RECVOPTS=6, IP_RECVRETOPTS=7,
    IP_RECVTOS=13, IP_RETOPTS=7, IP_TOS=1, IP_TRANSPARENT=19, IP_TTL=2, MSG_CMSG_CLOEXEC=1073741824,
    MSG_CONFIRM=2048, MSG_CTRUNC=8, MSG_DONTROUTE=4, MSG_DONTWAIT=64, MSG_EOR=128, MSG_ERRQUEUE=8192,
    MSG_FASTOPEN=536870912, MSG_MORE=32768, MSG_NOSIGNAL=16384, MSG_OOB=1, MSG_PEEK=2, MSG_TRUNC=32,
    MSG_WAITALL=256, NI_DGRAM=16, NI_MAXHOST=1025, NI_MAXSERV=32, NI_NAMEREQD=8, NI_NOFQDN=4,
    NI_NUMERICHOST=1, NI_NUMERICSERV=2, SCM_CREDENTIALS=2, SCM_J1939_DEST_ADDR=1,
    SCM_J1939_DEST_NAME=2, SCM_J1939_ERRQUEUE=4, SCM_J1939_PRIO=3, SCM_RIGHTS=1, SHUT_RD=0,
    SHUT_RDWR=2, SHUT_WR=1, SOCK_CLOEXEC=524288, SOCK_DGRAM=2, SOCK_NONBLOCK=2048, SOCK_RAW=3,
    SOCK_RDM=4, SOCK_SEQPACKET=5, SOCK_STREAM=1, SOL_ALG=279, SOL_CAN_BASE=100, SOL_CAN_RAW=101,
    SOL_IP=0, SOL_RDS=276, SOL_SOCKET=1, SOL_TCP=6, SOL_TIPC=271, SOL_UDP=17, SOMAXCONN=4096,
    SO_ACCEPTCONN=30, SO_BINDTODEVICE=25, SO_BROADCAST=6, SO_DEBUG=1, SO_DOMAIN=39, SO_DONTROUTE=5,
    SO_ERROR=4, SO_INCOMING_CPU=49, SO_J1939_ERRQUEUE=4, SO_J1939_FILTER=1, SO_J1939_PROMISC=2,
    SO_J1939_SEND_PRIO=3, SO_KEEPALIVE=9, SO_LINGER=13, SO_MARK=36, SO_OOBINLINE=10, SO_PASSCRED=16,
    SO_PASSSEC=34, SO_PEERCRED=17, SO_PEERSEC=31, SO_PRIORITY=12, SO_PROTOCOL=38, SO_RCVBUF=8,
    SO_RCVLOWAT=18, SO_RCVTIMEO=20, SO_REUSEADDR=2, SO_REUSEPORT=15, SO_SNDBUF=7, SO_SNDLOWAT=19,
    SO_SNDTIMEO=21, SO_TYPE=3, SO_VM_SOCKETS_BUFFER_MAX_SIZE=2, SO_VM_SOCKETS_BUFFER_MIN_SIZE=1,
    SO_VM_SOCKETS_BUFFER_SIZE=0, TCP_CONGESTION=13, TCP_CORK=3, TCP_DEFER_ACCEPT=9, TCP_FASTOPEN=23,
    TCP_INFO=11, TCP_KEEPCNT=6, TCP_KEEPIDLE=4, TCP_KEEPINTVL=5, TCP_LINGER2=8, TCP_MAXSEG=2,
    TCP_NODELAY=1, TCP_NOTSENT_LOWAT=25, TCP_QUICKACK=12, TCP_SYNCNT=7, TCP_USER_TIMEOUT=18,
    TCP_WINDOW_CLAMP=10))

has_ipv6 = True
error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


herror.__module__ = gaierror.__module__ = 'socket'

_default_timeout = None
_POLLIN, _POLLOUT = 1, 4


def _timeout_value(value):
    if value is None:
        return None
    if not isinstance(value, (int, float)):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    value = float(value)
    if value != value:
        raise ValueError('Invalid value NaN (not a number)')
    if value < 0:
        raise ValueError('Timeout value out of range')
    return value


def getdefaulttimeout():
    """getdefaulttimeout() -> timeout

Returns the default timeout in seconds (float) for new socket objects.
A value of None indicates that new socket objects have no timeout.
When the socket module is first imported, the default is None."""
    return _default_timeout


def setdefaulttimeout(timeout, /):
    """setdefaulttimeout(timeout)

Set the default timeout in seconds (float) for new socket objects.
A value of None indicates that new socket objects have no timeout.
When the socket module is first imported, the default is None."""
    global _default_timeout
    _default_timeout = _timeout_value(timeout)


def _index(v):
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    try:
        return v.__index__()
    except AttributeError:
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") from None


def _store(buffer, data):
    m = buffer if isinstance(buffer, memoryview) else memoryview(buffer)
    m[:len(data)] = data


def _raise_errno(err):
    raise OSError(err, _tern_process.strerror(err))


class socket:
    """socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object
socket(family=-1, type=-1, proto=-1, fileno=None) -> socket object

Open a socket of the given type.  The family argument specifies the
address family; it defaults to AF_INET.  The type argument specifies
whether this is a stream (SOCK_STREAM, this is the default)
or datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,
specifying the default protocol.  Keyword arguments are accepted.
The socket is created as non-inheritable.

When a fileno is passed in, family, type and proto are auto-detected,
unless they are explicitly set.

A socket object represents one endpoint of a network connection."""

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        family, type, proto = _index(family), _index(type), _index(proto)
        if fileno is None:
            if family == -1:
                family = AF_INET
            if type == -1:
                type = SOCK_STREAM
            if proto == -1:
                proto = 0
            fd = _n.socket(family, type, proto)
        else:
            fd = _index(fileno)
            if fd < 0:
                raise ValueError('negative file descriptor')
            if family == -1 or type == -1 or proto == -1:
                f, t, p = _n.sockinfo(fd)
                family = f if family == -1 else family
                type = t if type == -1 else type
                proto = p if proto == -1 else proto
        self._fd = fd
        self._h = _tern_io.handle(fd, True, 1)
        self._family = family
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._proto = proto
        self._timeout = 0.0 if type & SOCK_NONBLOCK else _default_timeout
        if self._timeout is not None:
            _tern_process.set_blocking(fd, False)

    family = property(lambda self: self._family, doc='the socket family')
    type = property(lambda self: self._type, doc='the socket type')
    proto = property(lambda self: self._proto, doc='the socket protocol')
    timeout = property(lambda self: self._timeout, doc='the socket timeout')

    def __repr__(self):
        return (f'<socket object, fd={self._fd}, family={self._family}, '
                f'type={self._type}, proto={self._proto}>')

    def fileno(self):
        """Return the integer file descriptor of the socket."""
        return self._fd

    def close(self):
        """Close the socket.  It cannot be used after this call."""
        h, self._h, self._fd = self._h, None, -1
        if h is not None:
            try:
                _tern_io.close(h)
            except ConnectionResetError:
                pass

    def detach(self):
        """Close the socket object without closing the underlying file descriptor."""
        fd, h, self._h, self._fd = self._fd, self._h, None, -1
        if h is not None:
            _n.disown(h)
        return fd

    # -- timeouts

    def settimeout(self, timeout, /):
        """Set a timeout on socket operations (None: blocking, 0.0: non-blocking)."""
        self._timeout = _timeout_value(timeout)
        _tern_process.set_blocking(self._fd, self._timeout is None)

    def gettimeout(self):
        """Returns the timeout in seconds (float) associated with socket operations."""
        return self._timeout

    def setblocking(self, flag, /):
        """Set the socket to blocking (flag is true) or non-blocking (false)."""
        self._timeout = None if flag else 0.0
        _tern_process.set_blocking(self._fd, bool(flag))

    def getblocking(self):
        """Returns True if the socket is in blocking mode (timeout None or > 0)."""
        return self._timeout != 0.0

    def _wait(self, writing, deadline):
        remaining = -1 if deadline is None else deadline - _monotonic()
        if deadline is not None and remaining < 0:
            raise TimeoutError('timed out')
        ms = -1 if deadline is None else int(remaining * 1000) + 1
        if not _tern_select.poll([(self._fd, _POLLOUT if writing else _POLLIN)], ms):
            raise TimeoutError('timed out')

    def _call(self, writing, func, *args, deadline=None):
        if not self._timeout:
            return func(*args)
        if deadline is None:
            deadline = _monotonic() + self._timeout
        while True:
            self._wait(writing, deadline)
            try:
                return func(*args)
            except BlockingIOError:
                continue

    # -- connections

    def bind(self, address, /):
        """Bind the socket to a local address."""
        _n.bind(self._fd, self._family, address)

    def listen(self, backlog=None, /):
        """Enable a server to accept connections."""
        _n.listen(self._fd, min(SOMAXCONN, 128) if backlog is None else _index(backlog))

    def _accept(self):
        """_accept() -> (integer, address info)"""
        return self._call(False, _n.accept, self._fd)

    def _connect(self, address):
        err = _n.connect(self._fd, self._family, address)
        if err == EINPROGRESS and self._timeout != 0.0:
            deadline = None if self._timeout is None else _monotonic() + self._timeout
            try:
                self._wait(True, deadline)
            except TimeoutError:
                return -1
            err = _n.getsockopt(self._fd, SOL_SOCKET, SO_ERROR, None)
        return err

    def connect(self, address, /):
        """Connect the socket to a remote address."""
        err = self._connect(address)
        if err == -1:
            raise TimeoutError('timed out')
        if err:
            _raise_errno(err)

    def connect_ex(self, address, /):
        """Like connect(address), but return an error code instead of raising."""
        err = self._connect(address)
        return EWOULDBLOCK if err == -1 else err

    def shutdown(self, how, /):
        """Shut down the reading side (SHUT_RD), the writing side (SHUT_WR) or both."""
        _n.shutdown(self._fd, _index(how))

    # -- data

    def send(self, data, flags=0, /):
        """Send a data string to the socket; returns the number of bytes sent."""
        return self._call(True, _n.send, self._fd, data, flags)

    def sendall(self, data, flags=0, /):
        """Send a data string to the socket, all of it."""
        data = bytes(data) if not isinstance(data, bytes) else data
        deadline = None if not self._timeout else _monotonic() + self._timeout
        pos = 0
        while pos < len(data):
            pos += self._call(True, _n.send, self._fd, data[pos:] if pos else data, flags, deadline=deadline)

    def sendto(self, data, flags_or_addr, addr=None, /):
        """sendto(data[, flags], address) -> count"""
        if addr is None:
            flags, addr = 0, flags_or_addr
        else:
            flags = flags_or_addr
        return self._call(True, _n.sendto, self._fd, data, flags, self._family, addr)

    def recv(self, bufsize, flags=0, /):
        """Receive up to bufsize bytes from the socket."""
        bufsize = _index(bufsize)
        if bufsize < 0:
            raise ValueError('negative buffersize in recv')
        return self._call(False, _n.recv, self._fd, bufsize, flags)

    def recvfrom(self, bufsize, flags=0, /):
        """Like recv(buffersize, flags) but also return the sender's address info."""
        bufsize = _index(bufsize)
        if bufsize < 0:
            raise ValueError('negative buffersize in recvfrom')
        return self._call(False, _n.recvfrom, self._fd, bufsize, flags)

    def _into(self, buffer, nbytes, who):
        n = memoryview(buffer).nbytes
        nbytes = _index(nbytes)
        if nbytes < 0:
            raise ValueError(f'negative buffersize in {who}')
        if nbytes == 0:
            nbytes = n
        elif nbytes > n:
            raise ValueError('buffer too small for requested bytes')
        return nbytes

    def recv_into(self, buffer, nbytes=0, flags=0):
        """Receive up to nbytes bytes into the buffer; returns the number received."""
        nbytes = self._into(buffer, nbytes, 'recv_into')
        data = self.recv(nbytes, flags)
        _store(buffer, data)
        return len(data)

    def recvfrom_into(self, buffer, nbytes=0, flags=0):
        """Like recv_into(buffer[, nbytes[, flags]]) but also return the sender's address info."""
        nbytes = self._into(buffer, nbytes, 'recvfrom_into')
        data, addr = self.recvfrom(nbytes, flags)
        _store(buffer, data)
        return len(data), addr

    # -- options and names

    def setsockopt(self, level, optname, value, optlen=None, /):
        """Set a socket option (an int or a bytes-like value)."""
        if value is None:
            if optlen is None:
                raise TypeError('setsockopt() takes exactly 3 or 4 arguments')
            value = bytes(_index(optlen))
        _n.setsockopt(self._fd, level, optname, value)

    def getsockopt(self, level, optname, buflen=None, /):
        """Get a socket option: an int, or at most buflen bytes."""
        return _n.getsockopt(self._fd, level, optname, buflen)

    def getsockname(self):
        """Return the address of the local endpoint."""
        return _n.getsockname(self._fd)

    def getpeername(self):
        """Return the address of the remote endpoint."""
        return _n.getpeername(self._fd)


SocketType = socket
socket.__module__ = '_socket'

EWOULDBLOCK = 11
EINPROGRESS = 115


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0, /):
    """socketpair([family[, type [, proto]]]) -> (socket object, socket object)"""
    a, b = _n.socketpair(family, type, proto)
    return socket(family, type, proto, a), socket(family, type, proto, b)


def dup(fd, /):
    """dup(integer) -> integer: a non-inheritable duplicate of a socket descriptor."""
    return _tern_process.dup(fd)


def close(fd, /):
    """close(integer) -> None: close a descriptor (as socket.close())."""
    try:
        _tern_io.fd_close(fd)
    except ConnectionResetError:
        pass


def gethostname():
    """gethostname() -> string"""
    return _n.gethostname()


def getaddrinfo(host, port, family=0, type=0, proto=0, flags=0):
    """getaddrinfo(host, port [, family, type, proto, flags])
    -> list of (family, type, proto, canonname, sockaddr)"""
    return _n.getaddrinfo(host, port, family, type, proto, flags)


def _family_of(host):
    return AF_INET6 if ':' in host else AF_INET


def getnameinfo(sockaddr, flags, /):
    """getnameinfo(sockaddr, flags) --> (host, port)"""
    if not isinstance(sockaddr, tuple):
        raise TypeError('getnameinfo() argument 1 must be a tuple')
    if not 2 <= len(sockaddr) <= 4:
        raise TypeError(f'getnameinfo(): illegal sockaddr argument')
    host = sockaddr[0]
    info = getaddrinfo(host, None, 0, SOCK_DGRAM, 0, AI_NUMERICHOST)
    if len(info) != 1:
        raise OSError('sockaddr resolved to multiple addresses')
    family = info[0][0]
    if family == AF_INET and len(sockaddr) != 2:
        raise OSError('IPv4 sockaddr must be 2 tuple')
    return _n.getnameinfo(family, sockaddr, flags)


def gethostbyname(hostname, /):
    """gethostbyname(host) -> address"""
    return getaddrinfo(hostname, None, AF_INET)[0][4][0]


def gethostbyname_ex(hostname, /):
    """gethostbyname_ex(host) -> (name, aliaslist, addresslist)"""
    infos = getaddrinfo(hostname, None, AF_INET, SOCK_STREAM, 0, AI_CANONNAME)
    name = infos[0][3] or hostname
    return name, [], [i[4][0] for i in infos]


def gethostbyaddr(ip, /):
    """gethostbyaddr(host) -> (name, aliaslist, addresslist)"""
    addr = getaddrinfo(ip, None, 0, SOCK_STREAM)[0][4]
    try:
        name = _n.getnameinfo(_family_of(addr[0]), addr[:2] if len(addr) == 2 else addr, NI_NAMEREQD)[0]
    except gaierror:
        raise herror(1, 'Unknown host') from None
    return name, [], [addr[0]]


def getservbyname(servicename, protocolname=None, /):
    """getservbyname(servicename[, protocolname]) -> integer"""
    return _n.getservbyname(servicename, protocolname)


def getservbyport(port, protocolname=None, /):
    """getservbyport(port[, protocolname]) -> string"""
    return _n.getservbyport(port, protocolname)


def getprotobyname(name, /):
    """getprotobyname(name) -> integer"""
    return _n.getprotobyname(name)


def _unsigned(x, bits, who):
    x = _index(x)
    if x < 0:
        raise OverflowError(f"{who}: can't convert negative Python int to C {bits}-bit unsigned integer")
    if x >= 1 << bits:
        raise OverflowError(f"{who}: Python int too large to convert to C {bits}-bit unsigned integer")
    return x


def ntohs(x, /):
    """Convert a 16-bit unsigned integer from network to host byte order."""
    x = _unsigned(x, 16, 'ntohs')
    return int.from_bytes(x.to_bytes(2, 'big'), 'little')


def ntohl(x, /):
    """Convert a 32-bit unsigned integer from network to host byte order."""
    x = _index(x)
    if x < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if x >= 1 << 32:
        raise OverflowError('int larger than 32 bits')
    return int.from_bytes(x.to_bytes(4, 'big'), 'little')


def htons(x, /):
    """Convert a 16-bit unsigned integer from host to network byte order."""
    x = _unsigned(x, 16, 'htons')
    return int.from_bytes(x.to_bytes(2, 'big'), 'little')


def htonl(x, /):
    """Convert a 32-bit unsigned integer from host to network byte order."""
    return ntohl(x)


def inet_aton(string, /):
    """Convert an IP address in string format (123.45.67.89) to the 32-bit packed binary format."""
    return _n.inet_aton(string)


def inet_ntoa(packed_ip, /):
    """Convert an IP address from 32-bit packed binary format to string format."""
    packed = bytes(packed_ip)
    if len(packed) != 4:
        raise OSError('packed IP wrong length for inet_ntoa')
    return '.'.join(str(b) for b in packed)


def inet_pton(address_family, ip_string, /):
    """Convert an IP address from string format to a packed string suitable for use with low-level network functions."""
    return _n.inet_pton(address_family, ip_string)


def inet_ntop(address_family, packed_ip, /):
    """Convert a packed IP address of the given family to string format."""
    return _n.inet_ntop(address_family, packed_ip)
