# `import os.path` as the first import of os: os puts `os.path` in
# sys.modules itself, and the import finds it there.
import os.path
import os.path as osp
from os import path

print(os.path.join("a", "b"), osp is os.path, path is os.path, os.path.__name__)
print(__import__("os.path").__name__, __import__("os.path", fromlist=["x"]).__name__)
