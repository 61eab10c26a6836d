# os.scandir and os.walk over a tree the program builds itself.
import os
root = os.path.join("/tmp", "tern_walk_%d" % os.getpid())
os.mkdir(root)
for d in ["a", "a/b", "c"]:
    os.mkdir(os.path.join(root, d))
for f in ["top.txt", "a/one.py", "a/b/two.py", "c/three.txt"]:
    with open(os.path.join(root, f), "w") as fh:
        fh.write(f)

with os.scandir(root) as it:
    entries = sorted((e.name, e.is_dir(), e.is_file()) for e in it)
print(entries)
for dirpath, dirnames, filenames in sorted(os.walk(root)):
    rel = os.path.relpath(dirpath, root)
    print(rel, sorted(dirnames), sorted(filenames))
sizes = {}
for dirpath, _, filenames in os.walk(root):
    for f in filenames:
        p = os.path.join(dirpath, f)
        sizes[os.path.relpath(p, root)] = os.path.getsize(p)
print(sorted(sizes.items()))
for dirpath, dirnames, filenames in os.walk(root, topdown=False):
    for f in filenames:
        os.remove(os.path.join(dirpath, f))
    os.rmdir(dirpath)
print(os.path.exists(root))
