# subprocess: run/check_output/Popen with pipes, communicate, return codes, errors, env, cwd, shell, text mode.
import os
import subprocess
import sys

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
print(subprocess.check_output(["sh", "-c", "echo out; echo err >&2"], stderr=subprocess.STDOUT))
print(subprocess.run(["sh", "-c", "exit 3"]).returncode)
print(subprocess.run(["sh", "-c", "kill -TERM $$"]).returncode)
print(subprocess.call(["true"]), subprocess.call(["false"]))

try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print("CalledProcessError", e.returncode, e.cmd, e)
try:
    subprocess.check_output(["sh", "-c", "echo partial; exit 7"])
except subprocess.CalledProcessError as e:
    print("output kept:", e.output, e.stdout, e.returncode)
try:
    subprocess.run(["sh", "-c", "kill -KILL $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"line\n" * 3)
print(out, err, p.returncode, p.poll())

big = bytes(range(256)) * 2000
out = subprocess.run(["cat"], input=big, capture_output=True).stdout
print(len(out), out == big)

with subprocess.Popen(["sh", "-c", "for i in 1 2 3; do echo row $i; done"], stdout=subprocess.PIPE, text=True) as p:
    for line in p.stdout:
        print("got", repr(line))
print("exit", p.returncode)

r = subprocess.run(["sh", "-c", "printf 'a\\r\\nb\\rc\\n'"], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["tr", "a-z", "A-Z"], input="text mode\n", capture_output=True, text=True)
print(repr(r.stdout))
print(repr(subprocess.run("echo $((6*7))", shell=True, capture_output=True, text=True).stdout))
print(subprocess.getoutput("echo getoutput; exit 2"), subprocess.getstatusoutput("echo s; exit 4"))

r = subprocess.run(["sh", "-c", "echo $FOO-$BAR"], env={"FOO": "foo", "PATH": os.environ.get("PATH", "/bin")},
                   capture_output=True, text=True)
print(repr(r.stdout))
os.environ["TERN_SUBPROCESS_TEST"] = "inherited"
print(subprocess.check_output(["sh", "-c", "echo $TERN_SUBPROCESS_TEST"], text=True), end="")
del os.environ["TERN_SUBPROCESS_TEST"]
print(repr(subprocess.check_output(["sh", "-c", "echo [$TERN_SUBPROCESS_TEST]"], text=True)))
print(subprocess.check_output(["pwd"], cwd="/", text=True), end="")
print(subprocess.run(["cat"], stdin=subprocess.DEVNULL, capture_output=True).stdout)
print(subprocess.run(["sh", "-c", "echo x; echo y >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE).stderr)

try:
    subprocess.run(["/nonexistent/program"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    subprocess.run(["no-such-program-anywhere-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.filename)
try:
    subprocess.run(["ls"], cwd="/nonexistent_dir_xyz")
except FileNotFoundError as e:
    print("cwd:", e)
try:
    subprocess.run(["/"])
except PermissionError as e:
    print("PermissionError", e.errno, e)
try:
    subprocess.run(["true"], preexec_fn=lambda: 1 / 0)
except subprocess.SubprocessError as e:
    print(type(e).__name__, e)

p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.terminate()
print(p.wait(), p.returncode)
p = subprocess.Popen(["sleep", "10"])
p.kill()
print(p.wait())
try:
    subprocess.run(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)

r, w = os.pipe()
p = subprocess.Popen(["sh", "-c", "echo via pass_fds >&%d" % w], pass_fds=(w,))
os.close(w)
p.wait()
print(os.read(r, 100))
os.close(r)
r = subprocess.run([sys.executable, "-c", "import sys; print('child', sys.argv[1:]); sys.exit(5)", "a", "b"],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
