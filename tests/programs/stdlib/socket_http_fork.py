# socket through the stdlib: http.server in a forked child answers urllib.request and http.client over loopback.
import http.client
import http.server
import os
import sys
import urllib.request


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("you asked for %s" % self.path).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
port = server.server_address[1]
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    for _ in range(2):
        server.handle_request()
    os._exit(0)
server.server_close()
with urllib.request.urlopen("http://127.0.0.1:%d/first?x=1" % port) as r:
    print(r.status, r.reason, r.headers["Content-Type"], r.read())
conn = http.client.HTTPConnection("127.0.0.1", port)
conn.request("GET", "/second")
resp = conn.getresponse()
print(resp.status, resp.getheader("Content-Length"), resp.read())
conn.close()
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
