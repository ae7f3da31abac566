"""Running the `oai` command as a person would: in a pipe, or at a real pseudo-terminal.

The command runs in a child process (`python -m oai`, the installed package) against the test
session's `FakeOpenAI`, with its home in a temporary directory and a fake key, so nothing of
the developer's own setup is read or written.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from typing import Any

API_KEY = "sk-cli-test-0123456789abcdef"
TIMEOUT = 20.0


def chat_chunks(pieces: Sequence[str], model: str = "gpt-4.1") -> list[dict[str, Any]]:
    """A chat completion stream's events, one piece of text each, then the final chunk."""
    base = {"id": "chatcmpl-slow", "object": "chat.completion.chunk", "created": 1, "model": model}
    events = [{**base, "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}}]}]
    events += [
        {**base, "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
        for piece in pieces
    ]
    events.append({**base, "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]})
    return events


def run_oai(
    args: Sequence[str],
    env: Mapping[str, str],
    *,
    input: str | None = None,
    timeout: float = TIMEOUT,
) -> subprocess.CompletedProcess[str]:
    """`oai ARGS` in plain pipes: stdin is `input` (or /dev/null), stdout and stderr captured.

    Whatever the command did, the key it was given never appears in what it wrote.
    """
    done = subprocess.run(
        [sys.executable, "-m", "oai", *args],
        input=input,
        stdin=None if input is not None else subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=dict(env),
        timeout=timeout,
    )
    assert API_KEY not in done.stdout + done.stderr
    return done


class Terminal:
    """`oai ARGS` at a pseudo-terminal: what it writes is read back, keys are typed into it.

    The child is a session leader with the terminal as its controlling tty, so typing Ctrl-C
    (byte 0x03) makes the terminal send it SIGINT, as a real one does.
    """

    def __init__(self, args: Sequence[str], env: Mapping[str, str]) -> None:
        pid, fd = pty.fork()
        if pid == 0:  # the child: become the command
            try:
                os.execve(sys.executable, [sys.executable, "-m", "oai", *args], dict(env))
            finally:
                os._exit(127)
        self.pid = pid
        self.fd = fd
        self.output = ""  # everything written to the terminal so far
        self._seen = 0  # where the next expect() starts looking
        self.status: int | None = None

    def expect(self, text: str, timeout: float = TIMEOUT) -> str:
        """Wait for `text` to appear after what earlier expects matched; returns the output
        from there up to and including it."""
        deadline = time.monotonic() + timeout
        while True:
            found = self.output.find(text, self._seen)
            if found >= 0:
                start, self._seen = self._seen, found + len(text)
                return self.output[start : self._seen]
            left = deadline - time.monotonic()
            if left <= 0 or not self._read(left):
                raise AssertionError(f"{text!r} never appeared; the terminal shows:\n{self.output}")

    def _read(self, timeout: float) -> bool:
        ready, _, _ = select.select([self.fd], [], [], timeout)
        if not ready:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:  # EIO: the child has closed the terminal
            return False
        if not data:
            return False
        self.output += data.decode("utf-8", errors="replace").replace("\r\n", "\n")
        return True

    def type(self, text: str) -> None:
        os.write(self.fd, text.encode())

    def line(self, text: str) -> None:
        self.type(text + "\r")

    def interrupt(self) -> None:
        self.type("\x03")

    def wait(self, timeout: float = TIMEOUT) -> int:
        """The exit code (128 + n for a signal), reading the terminal until the child ends."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                while self._read(0.05):
                    pass
                self.status = os.waitstatus_to_exitcode(status)
                self.status = 128 - self.status if self.status < 0 else self.status
                return self.status
            self._read(0.05)
        raise AssertionError(f"oai did not exit; the terminal shows:\n{self.output}")

    def close(self) -> None:
        if self.status is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        os.close(self.fd)
