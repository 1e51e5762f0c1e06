"""Where the npm-installed tools live (tools/node, installed by .ci/run with `npm ci`), and Prism
started on loopback for the contract cross-check and the mock benchmark."""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from shared_paths import REPO_ROOT

NODE_BIN = REPO_ROOT / "tools" / "node" / "node_modules" / ".bin"


def find_node_tool(name: str) -> Path:
    """The tool's path, or FileNotFoundError saying how to install it (for code outside pytest)."""
    path = NODE_BIN / name
    if not path.exists():
        raise FileNotFoundError(f"{path} not found: run `npm ci --prefix tools/node`")
    return path


def node_tool(name: str) -> Path:
    """The tool's path; skip naming it when absent, unless CI demands the tools."""
    try:
        return find_node_tool(name)
    except FileNotFoundError as exc:
        if os.environ.get("CLIENTGEN_REQUIRE_NODE_TOOLS") == "1":
            pytest.fail(str(exc))
        pytest.skip(str(exc))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def prism_mock(prism: Path, spec: Path, *options: str) -> Iterator[str]:
    """`prism mock spec` on 127.0.0.1 and a free port; yields its base URL once it answers."""
    port = free_port()
    process = subprocess.Popen(
        [str(prism), "mock", *options, "--host", "127.0.0.1", "--port", str(port), str(spec)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(base_url, timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"prism did not start for {spec}") from None
                time.sleep(0.2)
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=10)
