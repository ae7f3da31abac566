"""`oai chat`: one question answered on stdout, or a conversation at the terminal.

The answer streams to stdout and nothing else goes there (status lines and notices go to
stderr), so `oai chat "..." | cat` carries exactly the answer. A chat session or a Responses
session does the talking; `Conversation` gives the command one shape for both. Ctrl-C while an
answer streams stops it and keeps what arrived in the history (the wrapper's sessions keep a
failed turn out of it, so the command adds the partial turn itself); Ctrl-C at the prompt ends
the conversation. Saving to the log is shielded from Ctrl-C, so an interrupt never cuts a save
in two.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from types import FrameType
from typing import Any, TextIO

from ._cli_errors import CLIError
from ._exceptions import APIError, OpenAIError
from ._sessions import ChatSession, ResponsesChatSession

__all__ = [
    "Conversation",
    "ConversationLog",
    "Interrupted",
    "compose_prompt",
    "deferred_interrupts",
    "interactive",
    "one_shot",
    "parse_request_options",
    "piped_input",
]

HELP = """commands:
  /model [NAME]    show or change the model
  /system [TEXT]   show or set the system prompt
  /save [FILE]     save the conversation to the log now (or to FILE.json)
  /exit            end the conversation (also Ctrl-D, or Ctrl-C at the prompt)"""


def parse_request_options(items: Sequence[str]) -> dict[str, Any]:
    """`-o key=value` options as request fields; a value is JSON when it parses as JSON
    (`-o temperature=0.2`, `-o 'stop=["\\n"]'`), else the string itself (`-o user=ada`)."""
    options: dict[str, Any] = {}
    for item in items:
        key, equals, text = item.partition("=")
        key = key.strip()
        if not equals or not key:
            raise CLIError(f"-o takes key=value (a request field and its value), got {item!r}")
        try:
            options[key] = json.loads(text)
        except ValueError:
            options[key] = text
    return options


def piped_input(stdin: TextIO) -> str | None:
    """What was piped or redirected into the command, or None for a terminal (or nothing).

    Only a pipe or a file is read: a terminal is the user's, and a closed or /dev/null stdin
    (cron, CI) has nothing to say.
    """
    try:
        mode = os.fstat(stdin.fileno()).st_mode
    except (OSError, ValueError):
        return None
    if not (stat.S_ISFIFO(mode) or stat.S_ISREG(mode)):
        return None
    return stdin.read()


def compose_prompt(prompt: str | None, piped: str | None) -> str | None:
    """The message sent: piped text first, then the prompt about it (`cat notes | oai chat
    "summarise"`); None when there is neither (a conversation at the terminal)."""
    parts = [text for text in (piped, prompt) if text and text.strip()]
    return "\n\n".join(part.rstrip("\n") for part in parts) if parts else None


class Interrupted(Exception):
    """Ctrl-C stopped an answer; `partial` is the text that had arrived."""

    def __init__(self, partial: str) -> None:
        super().__init__("interrupted")
        self.partial = partial


@contextlib.contextmanager
def deferred_interrupts() -> Iterator[None]:
    """Hold Ctrl-C until the block is done, then raise it: what the block writes is whole."""
    caught: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        caught.append(signum)

    try:
        previous = signal.signal(signal.SIGINT, hold)
    except ValueError:  # not the main thread: nothing to defer
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


class Conversation:
    """A chat or a Responses session, as the command uses either: send, stream, change model
    or system prompt, keep an interrupted answer."""

    def __init__(self, session: ChatSession | ResponsesChatSession, default_model: str) -> None:
        self.session = session
        self._default_model = default_model
        # An interrupted Responses turn has no stored response to chain from: its prompt and
        # partial answer go with the next input instead.
        self._carried: list[dict[str, str]] = []

    @property
    def model(self) -> str:
        return str(self.session.defaults.get("model") or self._default_model)

    def set_model(self, name: str) -> None:
        self.session.defaults["model"] = name

    @property
    def system(self) -> str | None:
        if isinstance(self.session, ResponsesChatSession):
            return self.session.defaults.get("instructions")
        said = [m for m in self.session.messages if m.get("role") in ("system", "developer")]
        return str(said[-1].get("content")) if said else None

    def set_system(self, text: str) -> None:
        """From now on: a Responses session's instructions; in a chat, a system message added
        to the history (a saved conversation only grows, so earlier turns stay as they were)."""
        if isinstance(self.session, ResponsesChatSession):
            self.session.defaults["instructions"] = text
        else:
            self.session.append_message({"role": "system", "content": text})

    def send(self, text: str, on_text: Callable[[str], None] | None) -> str:
        """The answer's text, streamed through `on_text` when given; `Interrupted` on Ctrl-C
        (with the partial turn kept) and the session's error on any other failure."""
        pieces: list[str] = []

        def stream(chunk: object) -> None:
            piece = str(chunk)
            if piece and on_text is not None:
                pieces.append(piece)
                on_text(piece)

        callback = stream if on_text is not None else None
        try:
            if isinstance(self.session, ChatSession):
                reply: Any = self.session.send(text, callback)
            else:
                turn: Any = [*self._carried, {"role": "user", "content": text}]
                reply = self.session.send(turn if self._carried else text, callback)
                self._carried = []
        except KeyboardInterrupt:
            partial = "".join(pieces)
            if partial:
                self._keep(text, partial)
            raise Interrupted(partial) from None
        if not isinstance(reply, str):
            reply = getattr(reply, "output_text", None) or json.dumps(reply)
        return str(reply)

    def _keep(self, prompt: str, partial: str) -> None:
        turn = [{"role": "user", "content": prompt}, {"role": "assistant", "content": partial}]
        if isinstance(self.session, ChatSession):
            for message in turn:
                self.session.append_message(message)
        else:
            self._carried.extend(turn)

    def answer(self) -> dict[str, Any]:
        """The whole latest answer, as the API's typed model gives it (`--json`)."""
        response = self.session.last_response
        if response is None:
            raise CLIError("no answer yet")
        return dict(response.to_dict())


class ConversationLog:
    """Where a conversation is saved: the log database after every exchange (when logging is
    on), or wherever `/save` says.

    Each save is one transaction of the session store and runs with Ctrl-C held back, so an
    interrupt lands after the save, never inside it.
    """

    def __init__(self, db_path: Path, enabled: bool) -> None:
        self.db_path = db_path
        self.enabled = enabled

    def record(self, conversation: Conversation) -> str | None:
        """After an exchange: saved to the log if logging is on; the conversation's id."""
        return self.save(conversation) if self.enabled else None

    def save(self, conversation: Conversation, target: str | None = None) -> str:
        """Saved to `target` (`*.json`: one JSON file; else an SQLite database) or the log."""
        if target is None:
            self.db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Conversations are private: the database (and its -wal, -shm files) are the user's
        # alone, whatever the umask.
        umask = os.umask(0o077)
        try:
            with deferred_interrupts():
                return conversation.session.save(target or self.db_path)
        finally:
            os.umask(umask)


def one_shot(
    conversation: Conversation,
    text: str,
    *,
    as_json: bool,
    log: ConversationLog,
    out: TextIO,
    err: TextIO,
) -> int:
    """Ask once: the answer on `out` as it streams (or the whole answer as JSON)."""

    def write(piece: str) -> None:
        out.write(piece)
        out.flush()

    try:
        reply = conversation.send(text, None if as_json else write)
    except Interrupted as stopped:
        if stopped.partial and not stopped.partial.endswith("\n"):
            out.write("\n")
        err.write("oai: interrupted\n")
        if stopped.partial:
            log.record(conversation)
        return 130
    if as_json:
        out.write(json.dumps(conversation.answer(), indent=2, ensure_ascii=False) + "\n")
    elif not reply.endswith("\n"):
        out.write("\n")
    out.flush()
    log.record(conversation)
    return 0


def interactive(
    conversation: Conversation,
    *,
    log: ConversationLog,
    history: Path | None,
    out: TextIO,
    err: TextIO,
    secrets: Sequence[str | None] = (),
) -> int:
    """A conversation at the terminal, one prompt after another, until /exit, Ctrl-D or a
    Ctrl-C at the prompt (a Ctrl-C while an answer streams only stops that answer)."""
    from ._cli_errors import error_line

    read_line = _line_reader(history, out)
    err.write(f"oai chat with {conversation.model}: /help for commands, Ctrl-D to exit\n")
    try:
        while True:
            try:
                line = read_line()
            except EOFError:
                err.write("\n")
                return 0
            except KeyboardInterrupt:
                err.write("\n")
                return 130
            text = line.strip()
            if not text:
                continue
            try:
                if text.startswith("/"):
                    if _command(conversation, text, log, err):
                        return 0
                    continue
                _exchange(conversation, line, log, out, err)
            except (OpenAIError, CLIError, ValueError, TypeError, OSError) as exc:
                err.write(error_line(exc, secrets) + "\n")
    finally:
        _save_history(history)


def _exchange(
    conversation: Conversation, line: str, log: ConversationLog, out: TextIO, err: TextIO
) -> None:
    def write(piece: str) -> None:
        out.write(piece)
        out.flush()

    try:
        reply = conversation.send(line, write)
    except Interrupted as stopped:
        if stopped.partial:
            out.write("\n" if not stopped.partial.endswith("\n") else "")
            err.write("(interrupted: what arrived is kept; Ctrl-C at the prompt exits)\n")
            log.record(conversation)
        else:
            err.write("\n(interrupted before the answer began: nothing kept)\n")
        return
    except APIError:
        out.write("\n")
        raise
    out.write("\n" if not reply.endswith("\n") else "")
    out.flush()
    log.record(conversation)


def _command(conversation: Conversation, text: str, log: ConversationLog, err: TextIO) -> bool:
    """Run a /command; True when it ends the conversation."""
    name, _, argument = text.partition(" ")
    argument = argument.strip()
    if name in ("/exit", "/quit"):
        return True
    if name == "/help":
        err.write(HELP + "\n")
    elif name == "/model":
        if argument:
            conversation.set_model(argument)
        err.write(f"model: {conversation.model}\n")
    elif name == "/system":
        if argument:
            conversation.set_system(argument)
            err.write("system prompt set\n")
        else:
            err.write(f"system prompt: {conversation.system or '(none)'}\n")
    elif name == "/save":
        saved = log.save(conversation, argument or None)
        err.write(f"saved as {saved} in {argument or log.db_path}\n")
    else:
        err.write(f"unknown command {name}: /help lists them\n")
    return False


def _line_reader(history: Path | None, out: TextIO) -> Callable[[], str]:
    """`input`, with line editing and a saved history where `readline` exists.

    The prompt goes where the answers go when that is the terminal; otherwise (answers piped
    to a file) to stderr, so the file holds only answers.
    """
    if history is not None:
        try:
            import readline
        except ImportError:
            pass
        else:
            readline.set_history_length(1000)
            with contextlib.suppress(OSError):
                readline.read_history_file(history)
    if out.isatty():
        return lambda: input("> ")

    def read() -> str:
        sys.stderr.write("> ")
        sys.stderr.flush()
        return input()

    return read


def _save_history(history: Path | None) -> None:
    readline = sys.modules.get("readline")
    if history is None or readline is None:
        return
    with contextlib.suppress(OSError):
        history.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        # Prompts are private: the file is made readable by its owner only.
        os.close(os.open(history, os.O_WRONLY | os.O_CREAT, 0o600))
        readline.write_history_file(history)
