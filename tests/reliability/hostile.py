"""A hostile HTTP server on loopback: each connection is answered by one scripted behaviour.

Raw sockets, not an ASGI app, so it can do what no well-behaved server does: drip bytes, send
headers no parser accepts, nest JSON 200k deep, redirect to another origin. Every loop is bounded.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

Behaviour = Callable[[socket.socket, bytes], None]


def _read_request(conn: socket.socket) -> bytes:
    """The request head (and whatever body came with it), read until the blank line."""
    data = b""
    conn.settimeout(5)
    while b"\r\n\r\n" not in data and len(data) < 1_000_000:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data


@dataclass
class HostileServer:
    """Serves `behaviour` on 127.0.0.1 in a thread; `requests` holds each request head."""

    behaviour: Behaviour
    requests: list[bytes] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self._sock.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            try:
                head = _read_request(conn)
                self.requests.append(head)
                self.behaviour(conn, head)
            except OSError:
                pass  # the client gave up on us: that is the point


def respond(status: str, headers: dict[str, str], body: bytes) -> Behaviour:
    def behaviour(conn: socket.socket, head: bytes) -> None:
        lines = [f"HTTP/1.1 {status}", f"Content-Length: {len(body)}", "Connection: close"]
        lines += [f"{name}: {value}" for name, value in headers.items()]
        conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

    return behaviour


def drip(*, in_headers: bool, interval: float = 0.1, limit: int = 600) -> Behaviour:
    """One byte every `interval` seconds (at most `limit`), in the headers or in the body."""

    def behaviour(conn: socket.socket, head: bytes) -> None:
        body = b"[" + b"1," * 5000 + b"1]"
        if in_headers:
            payload = b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 5000
        else:
            start = (
                f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}"
            )
            conn.sendall(start.encode() + b"\r\n\r\n")
            payload = body
        for index in range(min(limit, len(payload))):
            conn.sendall(payload[index : index + 1])
            time.sleep(interval)

    return behaviour


def deep_json(depth: int = 200_000) -> Behaviour:
    return respond("200 OK", {"Content-Type": "application/json"}, b"[" * depth + b"]" * depth)


def huge_header(size: int = 200_000) -> Behaviour:
    return respond("200 OK", {"Content-Type": "application/json", "X-Huge": "h" * size}, b"{}")
