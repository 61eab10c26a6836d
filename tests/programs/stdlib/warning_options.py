# -W options and PYTHONWARNINGS reach sys.warnoptions (environment first,
# then -W in order) and the warnings filters; -E ignores the environment.
import os
import subprocess
import sys

CHILD = r"""
import sys, warnings
print(sys.warnoptions)
try:
    warnings.warn("careful", UserWarning)
    print("warned, went on")
except UserWarning as e:
    print("raised:", e)
try:
    warnings.warn("old", DeprecationWarning)
    print("deprecation went on")
except DeprecationWarning as e:
    print("raised:", e)
"""


def run(flags, env_value=None):
    env = dict(os.environ)
    env.pop("PYTHONWARNINGS", None)
    if env_value is not None:
        env["PYTHONWARNINGS"] = env_value
    r = subprocess.run([sys.executable, *flags, "-c", CHILD], capture_output=True, text=True, env=env)
    print(flags, env_value, "->", r.returncode)
    print(r.stdout, end="")
    # The warning text itself, where one was printed.
    print([line for line in r.stderr.splitlines() if "Warning:" in line])


run([])
run(["-W", "error"])
run(["-Werror"])
run(["-W", "ignore"])
run(["-W", "error::DeprecationWarning"])
run(["-W", "error", "-W", "ignore::UserWarning"])
run([], "error")
run(["-W", "ignore"], "error")
run(["-E"], "error")
run([], "error,ignore::UserWarning, ,default")
