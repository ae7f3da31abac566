"""The `oai` command: chat, models, embeddings, files, batches, keys and logs from the terminal.

`main(argv)` parses the command line, runs one command from `COMMANDS` and turns any failure
into one line on stderr and a non-zero exit code (a traceback only with `--debug`): 1 for an
error, 2 for a command line that does not parse, 130 for Ctrl-C. stdout carries only results,
so every command can be piped. Nothing here is imported by `import oai`.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from ._cli_batch import add_batch_arguments, run_batch_command
from ._cli_errors import CLIError, error_line, redact
from ._cli_home import Home

if TYPE_CHECKING:
    from ._cli_chat import Conversation
    from ._client import OpenAI
    from ._sessions import ChatSession, ResponsesChatSession

__all__ = ["COMMANDS", "Context", "main"]

# provider: (the variable its key comes from, its base URL variable, its class in oai.compat)
PROVIDERS: dict[str, tuple[str, str, str | None]] = {
    "openai": ("OPENAI_API_KEY", "OPENAI_BASE_URL", None),
    "gemini": ("GEMINI_API_KEY", "GEMINI_BASE_URL", "Gemini"),
    "openrouter": ("OPENROUTER_API_KEY", "OPENROUTER_BASE_URL", "OpenRouter"),
    "azure": ("AZURE_OPENAI_API_KEY", "AZURE_OPENAI_ENDPOINT", "Azure"),
}
PREVIEW = 300  # characters of a body that is not an API error (a proxy's page) worth showing
ONE_REQUEST_LIMIT = 64 * 1024 * 1024
"""Files above this go through the Uploads API in parts, with progress after each part."""


class Context:
    """What a command runs with: the home directory, the standard streams, one client."""

    def __init__(self, home: Home, stdin: TextIO, stdout: TextIO, stderr: TextIO) -> None:
        self.home = home
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.secrets: list[str | None] = []  # redacted from every line the command prints
        self._client: OpenAI | None = None

    def client(self, args: argparse.Namespace) -> OpenAI:
        """The client the options ask for, its key from the environment or `oai keys set`."""
        if self._client is None:
            self._client = self._make_client(args)
        return self._client

    def _make_client(self, args: argparse.Namespace) -> OpenAI:
        provider = getattr(args, "provider", None) or "openai"
        key_variable, url_variable, class_name = PROVIDERS[provider]
        key = os.environ.get(key_variable) or self.home.stored_key(provider)
        self.secrets.append(key)
        base_url = getattr(args, "base_url", None)
        if not key and not base_url and not os.environ.get(url_variable):
            how = "oai keys set" + ("" if provider == "openai" else f" {provider}")
            raise CLIError(f"no API key: set {key_variable}, or store one with `{how}`")
        settings: dict[str, Any] = {}
        if base_url:
            settings["endpoint" if provider == "azure" else "base_url"] = base_url
        if class_name is None:
            from ._client import OpenAI

            # An empty key sends none: a local server given with --base-url may need none.
            return OpenAI(key or "", **settings)
        from . import compat

        made: OpenAI = getattr(compat, class_name)(key or None, **settings)
        return made

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def checked(status: int, result: Any, what: str) -> Any:
    """The result of a `(status, result)` call, or a `CLIError` saying what the server said."""
    if 200 <= status < 300:
        return result
    error = getattr(result, "error", None)
    reason = getattr(error, "message", None) or str(result)[:PREVIEW] or "(no body)"
    raise CLIError(f"{what} failed: HTTP {status}: {reason}")


# -- chat ---------------------------------------------------------------------------------------


def run_chat(args: argparse.Namespace, ctx: Context) -> int:
    from ._cli_chat import (
        ConversationLog,
        compose_prompt,
        interactive,
        one_shot,
        parse_request_options,
        piped_input,
    )

    options = parse_request_options(args.option)
    text = compose_prompt(args.prompt, piped_input(ctx.stdin))
    if text is None and not ctx.stdin.isatty():
        raise CLIError("nothing to send: give a prompt, or pipe text in")
    if text is None and args.json:
        raise CLIError("--json needs a prompt: it prints one answer")
    conversation = _open_conversation(args, ctx, options)
    log = ConversationLog(ctx.home.paths.log_db, not args.no_log and ctx.home.logging)
    if text is None:
        return interactive(
            conversation,
            log=log,
            history=ctx.home.paths.history,
            out=ctx.stdout,
            err=ctx.stderr,
            secrets=ctx.secrets,
        )
    return one_shot(conversation, text, as_json=args.json, log=log, out=ctx.stdout, err=ctx.stderr)


def _open_conversation(
    args: argparse.Namespace, ctx: Context, options: dict[str, Any]
) -> Conversation:
    """A new session, or with `-c`/`--cid` a logged one resumed (of whichever API it used),
    the command line's model, system prompt and options applied to it from now on."""
    from ._cli_chat import Conversation

    client = ctx.client(args)
    if args.model:
        options["model"] = args.model
    if args.resume or args.cid:
        conversation = Conversation(_resumed(args, ctx, client, options), client.default_model)
        if args.system:
            conversation.set_system(args.system)
        return conversation
    if args.responses:
        session: Any = client.new_responses_chat_session(instructions=args.system, **options)
    else:
        system = [{"role": "system", "content": args.system}] if args.system else None
        session = client.new_chat_session(system, **options)
    return Conversation(session, client.default_model)


def _resumed(
    args: argparse.Namespace, ctx: Context, client: OpenAI, options: dict[str, Any]
) -> ChatSession | ResponsesChatSession:
    from ._cli_logs import find_conversation, open_log
    from ._sessions import ChatSession, ResponsesChatSession

    with open_log(ctx.home.paths.log_db) as store:
        if args.cid:
            saved = find_conversation(store, args.cid)
        else:
            latest = store.latest("responses" if args.responses else None)
            if latest is None:
                what = "Responses conversation" if args.responses else "conversation"
                raise CLIError(f"no {what} to continue: none is logged yet")
            saved = latest
        kind = ChatSession if saved.kind == "chat" else ResponsesChatSession
        if args.responses and kind is ChatSession:
            raise CLIError(
                f"conversation {saved.id[:12]} is a chat one: continue it without --responses"
            )
        ctx.stderr.write(f"continuing {saved.id[:12]}: {saved.title}\n")
        return kind.load(client, store, saved.id, **options)


# -- models, embeddings, files ------------------------------------------------------------------


def run_models(args: argparse.Namespace, ctx: Context) -> int:
    listed = checked(*ctx.client(args).models(), "listing models")
    if args.json:
        ctx.stdout.write(json.dumps(listed.to_dict(), indent=2) + "\n")
    else:
        for model in sorted(listed.data, key=lambda m: m.id):
            ctx.stdout.write(f"{model.id}\n")
    return 0


def run_embed(args: argparse.Namespace, ctx: Context) -> int:
    from ._cli_chat import parse_request_options, piped_input

    options = parse_request_options(args.option)
    if args.model:
        options["model"] = args.model
    texts = list(args.text)
    if not texts:
        piped = piped_input(ctx.stdin)
        texts = [line for line in (piped or "").splitlines() if line.strip()]
    if not texts:
        raise CLIError("nothing to embed: give texts, or pipe them in one per line")
    answer = checked(*ctx.client(args).embedding(texts, options), "embedding")
    for item in sorted(answer.data, key=lambda item: item.index):
        ctx.stdout.write(json.dumps(item.embedding) + "\n")
    return 0


def run_files_upload(args: argparse.Namespace, ctx: Context) -> int:
    from ._cli_progress import Progress

    path = Path(args.path)
    if not path.is_file():
        raise CLIError(f"no such file: {path}")
    client = ctx.client(args)
    size = path.stat().st_size
    if args.part_size is None and size <= ONE_REQUEST_LIMIT:
        ctx.stderr.write(f"uploading {path.name} ({size} bytes)\n")
        uploaded = checked(*client.upload_file(path, args.purpose), "uploading")
    else:
        progress = Progress(ctx.stderr, f"uploading {path.name}")
        progress.update(0, size)
        try:
            uploaded = client.upload_large_file(
                path,
                args.purpose,
                part_size=args.part_size or ONE_REQUEST_LIMIT,
                on_progress=lambda done: progress.update(done.sent, done.total),
            )
        finally:
            progress.finish()
    ctx.stdout.write(f"{uploaded.id}\n")
    return 0


def run_files_list(args: argparse.Namespace, ctx: Context) -> int:
    for file in ctx.client(args).iter_files(purpose=args.purpose):
        ctx.stdout.write(f"{file.id}\t{file.bytes_}\t{file.purpose}\t{file.filename}\n")
    return 0


def run_files_rm(args: argparse.Namespace, ctx: Context) -> int:
    client = ctx.client(args)
    for file_id in args.file_id:
        checked(*client.delete_file(file_id), f"deleting {file_id}")
        ctx.stderr.write(f"deleted {file_id}\n")
    return 0


# -- keys and logs ------------------------------------------------------------------------------


def run_keys_set(args: argparse.Namespace, ctx: Context) -> int:
    if ctx.stdin.isatty():
        import getpass

        key = getpass.getpass(f"{args.provider} API key (not shown): ", stream=ctx.stderr)
    else:
        key = ctx.stdin.readline()
    key = key.strip()
    ctx.secrets.append(key)
    if not key:
        raise CLIError("no key given: nothing stored")
    if any(character.isspace() for character in key):
        raise CLIError("a key has no spaces in it: nothing stored")
    ctx.home.store_key(args.provider, key)
    ctx.stderr.write(f"{args.provider} key stored in {ctx.home.paths.config_file}\n")
    return 0


def run_keys_path(args: argparse.Namespace, ctx: Context) -> int:
    ctx.stdout.write(f"{ctx.home.paths.config_file}\n")
    return 0


def run_logs_switch(args: argparse.Namespace, ctx: Context) -> int:
    ctx.home.set_logging(args.switch == "on")
    ctx.stderr.write(f"logging {args.switch}\n")
    return 0


def run_logs_list(args: argparse.Namespace, ctx: Context) -> int:
    from ._cli_logs import conversation_lines, open_log

    if not ctx.home.paths.log_db.is_file():
        ctx.stderr.write("no conversations logged yet\n")
        return 0
    with open_log(ctx.home.paths.log_db) as store:
        found = store.conversations(search=args.query, limit=args.number)
    for line in conversation_lines(found):
        ctx.stdout.write(line + "\n")
    if not ctx.home.logging:
        ctx.stderr.write("(logging is off: oai logs on turns it back on)\n")
    return 0


def run_logs_show(args: argparse.Namespace, ctx: Context) -> int:
    from ._cli_logs import find_conversation, open_log, transcript

    with open_log(ctx.home.paths.log_db) as store:
        found = find_conversation(store, args.id)
    if args.json:
        from ._saved_sessions import conversation_to_json

        ctx.stdout.write(json.dumps(conversation_to_json(found), indent=2, ensure_ascii=False))
        ctx.stdout.write("\n")
    else:
        transcript(found, ctx.stdout)
    return 0


def run_logs_path(args: argparse.Namespace, ctx: Context) -> int:
    ctx.stdout.write(f"{ctx.home.paths.log_db}\n")
    return 0


# -- the command line ---------------------------------------------------------------------------


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors on one line like every other error of the command."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"oai: error: {message} (see: {self.prog} --help)\n")


Runner = Callable[[argparse.Namespace, Context], int]
COMMANDS: dict[str, tuple[Runner, str]] = {
    "chat": (run_chat, "ask once, or talk (no prompt, at a terminal)"),
    "models": (run_models, "list the models the key can use"),
    "embed": (run_embed, "embed texts: one JSON line of floats per text"),
    "files upload": (run_files_upload, "upload a file; prints its id"),
    "files list": (run_files_list, "list files: id, bytes, purpose, name"),
    "files rm": (run_files_rm, "delete files"),
    "batch": (
        run_batch_command,
        "run a JSONL file of requests as batches; results as JSONL, resumable",
    ),
    "keys set": (run_keys_set, "store a key (read without echo, or from a pipe)"),
    "keys path": (run_keys_path, "print where keys are stored"),
    "logs": (run_logs_list, "list logged conversations (newest first), or search them"),
    "logs show": (run_logs_show, "print one logged conversation"),
    "logs on": (run_logs_switch, "log every chat (the default)"),
    "logs off": (run_logs_switch, "stop logging chats"),
    "logs path": (run_logs_path, "print the log database's path"),
}


def _common() -> argparse.ArgumentParser:
    """Options every command takes, before or after its name (`oai --debug chat`, `oai chat
    --debug`): SUPPRESS keeps a subcommand's unset option from hiding the one given first."""
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    common.add_argument("--base-url", help="the API's base URL (a local server, a proxy)")
    common.add_argument(
        "--provider", choices=sorted(PROVIDERS), help="a provider of oai.compat (default openai)"
    )
    common.add_argument("--debug", action="store_true", help="show tracebacks")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = _Parser(prog="oai", description="The OpenAI API from the terminal.", parents=[common])
    commands: Any = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    made: dict[str, argparse.ArgumentParser] = {}
    actions: dict[str, Any] = {}
    for name, (runner, summary) in COMMANDS.items():
        group, _, sub = name.partition(" ")
        if not sub:
            command = made[name] = commands.add_parser(name, help=summary, parents=[common])
        else:
            if group not in made:
                made[group] = commands.add_parser(group, help=f"{group}: see oai {group} --help")
            if group not in actions:
                # A group that is also a command (`oai logs`) runs without an action.
                actions[group] = made[group].add_subparsers(
                    dest="action", metavar="ACTION", required=group not in COMMANDS
                )
            command = actions[group].add_parser(sub, help=summary, parents=[common])
        command.set_defaults(run=runner)
        add_arguments = _ARGUMENTS.get(name)
        if add_arguments is not None:
            add_arguments(command)
    return parser


def _chat_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("prompt", nargs="?", help="what to ask (none: a conversation)")
    command.add_argument("-m", "--model", help="the model (default: the client's)")
    command.add_argument("-s", "--system", help="the system prompt (instructions)")
    _option_argument(command)
    command.add_argument("--json", action="store_true", help="print the whole answer as JSON")
    command.add_argument("--responses", action="store_true", help="use the Responses API")
    command.add_argument("--no-log", action="store_true", help="do not log this conversation")
    command.add_argument("-c", "--continue", dest="resume", action="store_true",
                         help="continue the latest logged conversation")  # fmt: skip
    command.add_argument("--cid", help="continue the logged conversation with this id")


def _option_argument(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "-o",
        "--option",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="any request field (the value read as JSON when it is JSON)",
    )


def _embed_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("text", nargs="*", help="texts (none: lines piped in)")
    command.add_argument("-m", "--model", help="the model (default text-embedding-3-small)")
    _option_argument(command)


def _upload_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("path")
    command.add_argument("-p", "--purpose", default="user_data", help="default user_data")
    command.add_argument(
        "--part-size",
        type=int,
        help="send in parts of this many bytes (Uploads API; the default above 64 MiB)",
    )


def _logs_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("-q", "--query", help="only conversations with these words")
    command.add_argument("-n", "--number", type=int, default=20, help="how many (default 20)")


def _show_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument("id", help="a conversation's id, or the start of it")
    command.add_argument("--json", action="store_true", help="the whole record as JSON")


_ARGUMENTS: dict[str, Callable[[argparse.ArgumentParser], object]] = {
    "chat": _chat_arguments,
    "models": lambda c: c.add_argument("--json", action="store_true", help="the whole list"),
    "embed": _embed_arguments,
    "files upload": _upload_arguments,
    "files list": lambda c: c.add_argument("-p", "--purpose", help="only files of this purpose"),
    "files rm": lambda c: c.add_argument("file_id", nargs="+"),
    "batch": add_batch_arguments,
    "keys set": lambda c: c.add_argument(
        "provider", nargs="?", default="openai", choices=sorted(PROVIDERS)
    ),
    "logs": lambda c: _logs_arguments(c),
    "logs show": lambda c: _show_arguments(c),
    "logs on": lambda c: c.set_defaults(switch="on"),
    "logs off": lambda c: c.set_defaults(switch="off"),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code (`oai` is `sys.exit(main())`)."""
    args = build_parser().parse_args(argv)
    debug = bool(getattr(args, "debug", False))
    ctx = Context(Home.from_environment(), sys.stdin, sys.stdout, sys.stderr)
    try:
        return int(args.run(args, ctx))
    except KeyboardInterrupt:
        ctx.stderr.write("\n")
        return 130
    except BrokenPipeError:
        # The reader went away (`oai ... | head`): nothing more to say, and nowhere to say it.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:
        if debug:  # the traceback quotes the messages too: the key is taken out of it
            ctx.stderr.write(redact(traceback.format_exc(), ctx.secrets))
        ctx.stderr.write(error_line(exc, ctx.secrets) + "\n")
        return 1
    finally:
        ctx.close()
