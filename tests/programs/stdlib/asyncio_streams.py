# asyncio over sockets: start_server and open_connection streams on loopback (readline, read, drain, close).
import asyncio


async def handle(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(b"echo: " + line.upper())
        await writer.drain()
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    for word in (b"one", b"two", b"three"):
        writer.write(word + b"\n")
        await writer.drain()
        print(await reader.readline())
    writer.write_eof()
    print(await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("closed", server.is_serving())


asyncio.run(main())
