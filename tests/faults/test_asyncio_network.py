"""The async pool's own network layer (`_asyncio_network`): TLS, big bodies, slow readers.

The other fault tests (resets, cut-off bodies, timeouts, servers closing idle connections) go
through it already, over plain HTTP; these cover what they do not: a TLS handshake and the
flow control that keeps a slow reader of a big body from buffering all of it.
"""

from __future__ import annotations

import asyncio
import hashlib
import shutil
import ssl
import subprocess
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from oai._transports._async_pool import AsyncPoolTransport

BIG = 8 * 1024 * 1024


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    """HTTP/1.1 with keep-alive: `/big` answers 8 MiB, anything else a few bytes."""
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            path = head.split(b" ", 2)[1]
            body = bytes(range(256)) * (BIG // 256) if path == b"/big" else b"hello"
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError):
        writer.close()


@pytest.fixture
async def server(tmp_path: Path) -> AsyncIterator[tuple[int, ssl.SSLContext | None]]:
    server = await asyncio.start_server(_serve, "127.0.0.1", 0)
    yield server.sockets[0].getsockname()[1], None
    server.close()


def _certificate(folder: Path) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:
        pytest.skip("the TLS test makes its certificate with the openssl command, not found")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return key, cert


async def test_https_through_the_pool_handshakes_once_and_reuses_the_connection(
    tmp_path: Path,
) -> None:
    key, cert = _certificate(tmp_path)
    served = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    served.load_cert_chain(cert, key)
    server = await asyncio.start_server(_serve, "127.0.0.1", 0, ssl=served)
    port = server.sockets[0].getsockname()[1]
    trusted = ssl.create_default_context(cafile=str(cert))
    transport = AsyncPoolTransport(verify=trusted)
    try:
        async with httpx.AsyncClient(transport=transport) as client:
            for _ in range(3):
                answer = await client.get(f"https://127.0.0.1:{port}/")
                assert (answer.status_code, answer.content) == (200, b"hello")
            counts = transport.counts()
            assert (counts.opened, counts.idle) == (1, 1)
            (connection,) = transport.connections
            big = await client.get(f"https://127.0.0.1:{port}/big")
            assert len(big.content) == BIG
            assert transport.counts().opened == 1  # the same TLS connection all along
            assert connection.is_available()
        untrusted = AsyncPoolTransport(verify=ssl.create_default_context())
        async with httpx.AsyncClient(transport=untrusted) as client:
            with pytest.raises(httpx.ConnectError, match="CERTIFICATE_VERIFY_FAILED"):
                await client.get(f"https://127.0.0.1:{port}/")
    finally:
        server.close()


async def test_a_slow_reader_of_a_big_body_gets_every_byte_in_order(
    server: tuple[int, None],
) -> None:
    port, _ = server
    expected = hashlib.sha256(bytes(range(256)) * (BIG // 256)).hexdigest()
    transport = AsyncPoolTransport()
    async with httpx.AsyncClient(transport=transport) as client:
        async with client.stream("GET", f"http://127.0.0.1:{port}/big") as answer:
            digest, seen = hashlib.sha256(), 0
            async for part in answer.aiter_raw():
                digest.update(part)
                seen += len(part)
                if seen < BIG // 4:
                    await asyncio.sleep(0.001)  # slower than the server sends: reading pauses
        assert (seen, digest.hexdigest()) == (BIG, expected)
        again = await client.get(f"http://127.0.0.1:{port}/")
        assert again.content == b"hello" and transport.counts().opened == 1
