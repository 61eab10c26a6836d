# Without sys.set_asyncgen_hooks, an async generator dropped unfinished is
# closed as a generator is: its finally runs at once, and one that awaits
# there is reported (on stderr) as ignoring GeneratorExit.
class Tick:
    def __await__(self):
        yield 'tick'
async def agen(name):
    try:
        for i in range(5):
            yield i
    finally:
        print("  finally of", name)
async def agen_awaiting(name):
    try:
        for i in range(5):
            yield i
    finally:
        print("  finally (awaiting) of", name)
        await Tick()
        print("  never reached", name)
async def agen_plain(name):
    for i in range(5):
        yield i
    print("  never reached", name)
async def user(factory, name):
    async for x in factory(name):
        if x == 1:
            break
    print("  after break", name)
    return name
def run(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
for f, n in [(agen, 'a'), (agen_awaiting, 'b'), (agen_plain, 'c')]:
    print("result", run(user(f, n)))
g = agen('kept')
print(run(g.__anext__()))
g = None
print("replaced")
g = agen_awaiting('kept2')
print(run(g.__anext__()))
del g
print("deleted")
x = [agen('in-list')]
print(run(x[0].__anext__()))
x.clear()
print("cleared")
