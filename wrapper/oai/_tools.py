"""Tools from plain functions: the definition the API reads, and each call the model makes.

A function's signature, type hints and docstring already say what a tool definition says (its
name, what it does, its parameters and their types), so `function_tool` reads them instead of
asking for a JSON schema by hand. The same `FunctionTool` then turns a call's JSON arguments
back into the function's parameters, and its return value into the text the model reads.

Running a call is split in two, with no I/O here: `Toolbox.job` says what to call (or why the
call cannot be made), and the session's loop (`_async_sessions`) calls it, awaiting it in the
async session, then hands the value or the exception back (`finished`, `failed`). That keeps
one set of rules for both sessions and for every way a call goes wrong.
"""

from __future__ import annotations

import functools
import inspect
import json
import re
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, get_type_hints

import attrs

from ._exceptions import ToolCallError, ToolLoopError

if TYPE_CHECKING:
    from ._schema import FieldSpec

__all__ = [
    "FunctionTool",
    "Step",
    "ToolCall",
    "ToolEvent",
    "ToolOutcome",
    "ToolSteps",
    "Toolbox",
    "as_tool",
    "coroutine_tools",
    "function_tool",
    "tool_definitions",
]

Api = Literal["chat", "responses"]

_NAME = re.compile(r"[A-Za-z0-9_-]{1,64}")
# Google-style docstring sections; the text before the first one describes the function.
_SECTION = re.compile(
    r"^\s*(Args|Arguments|Parameters|Params|Keyword Args|Keyword Arguments|Returns?|Yields?"
    r"|Raises|Examples?|Notes?|See Also|Warnings?|Attributes|Todo):\s*$"
)
_ARG_SECTIONS = ("Args", "Arguments", "Parameters", "Params", "Keyword Args", "Keyword Arguments")
_ARG_LINE = re.compile(r"^(\s*)\*{0,2}(\w+)\s*(?:\([^)]*\))?\s*:\s*(.*)$")


@attrs.frozen(eq=False)
class FunctionTool:
    """A Python function as a tool: its definition for either API, and how to call it.

    Pass it (or the bare function, which becomes one the same way) in `tools=[...]` of any chat
    or Responses call or session; `run()` calls it when the model asks. It stays callable as
    the function itself.
    """

    function: Callable[..., Any]
    name: str
    description: str | None
    parameters: dict[str, Any]
    strict: bool
    fields: tuple[FieldSpec, ...]
    positional: tuple[str, ...]
    """Positional-only parameters, in order: they cannot be passed by keyword."""

    def definition(self, api: Api) -> dict[str, Any]:
        """The tool as `tools=[...]` of that API takes it: the chat API nests the function."""
        function: dict[str, Any] = {"name": self.name}
        if self.description:
            function["description"] = self.description
        function["parameters"] = self.parameters
        function["strict"] = self.strict
        if api == "chat":
            return {"type": "function", "function": function}
        return {"type": "function", **function}

    def arguments(self, text: str) -> tuple[list[Any], dict[str, Any]]:
        """A call's JSON arguments as the function's positional and keyword arguments.

        Raises `ValueError` naming the problem: not JSON, not an object, a missing or unknown
        parameter, a value of the wrong type.
        """
        from ._convert import read_fields

        try:
            data = json.loads(text) if text.strip() else {}
        except ValueError as exc:
            raise ValueError(f"the arguments are not valid JSON ({exc})") from None
        values = read_fields(self.fields, data, f"{self.name}()")
        args = [values.pop(name) for name in self.positional if name in values]
        return args, values

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.function(*args, **kwargs)


def function_tool(
    fn: Callable[..., Any],
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool = True,
) -> FunctionTool:
    """A tool from a function's signature, type hints and docstring.

    Every parameter needs a type hint (the types `response_format` takes: dataclasses, attrs
    classes, TypedDicts, pydantic models, `list[...]`, `Literal`, `Enum`, ...); one with a
    default is optional. The description is the docstring's text before its first section;
    a parameter's is its line in an `Args:` section, or an `Annotated[T, "text"]` hint, which
    wins. With `strict=True` (OpenAI's strict function calling) optional parameters are
    sent as nullable and a null means "use the default". Refused with `TypeError`, naming the
    parameter: `*args`/`**kwargs`, a missing hint, a type with no JSON schema.
    """
    from ._schema import FieldSpec, fields_schema

    if isinstance(fn, FunctionTool):
        fn = fn.function
    if not callable(fn):
        raise TypeError(f"function_tool() needs a function, got {type(fn).__name__}")
    tool_name = name if name is not None else getattr(fn, "__name__", "")
    if not isinstance(tool_name, str) or not _NAME.fullmatch(tool_name):
        raise ValueError(
            f"tool name {tool_name!r} must be 1-64 letters, digits, '_' or '-': pass name=..."
        )
    summary, documented = _docstring(inspect.getdoc(fn))
    try:
        signature = inspect.signature(fn)
    except (TypeError, ValueError) as exc:
        raise TypeError(f"{tool_name}(): its signature cannot be read ({exc})") from None
    try:
        hints = get_type_hints(fn, include_extras=True)
    except Exception as exc:
        raise TypeError(f"{tool_name}(): its type hints do not resolve: {exc}") from exc
    fields, positional = [], []
    for parameter in signature.parameters.values():
        where = f"{tool_name}({parameter.name})"
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            raise TypeError(f"{where}: *args and **kwargs cannot be described to the model")
        if parameter.name not in hints:
            raise TypeError(f"{where}: needs a type hint, which says the model what to send")
        if parameter.kind is parameter.POSITIONAL_ONLY:
            positional.append(parameter.name)
        fields.append(
            FieldSpec(
                name=parameter.name,
                type=hints[parameter.name],
                required=parameter.default is parameter.empty,
                description=documented.get(parameter.name),
            )
        )
    parameters = fields_schema(fields, description=None, strict=strict, where=f"{tool_name}()")
    return FunctionTool(
        function=fn,
        name=tool_name,
        description=description if description is not None else summary,
        parameters=parameters,
        strict=strict,
        fields=tuple(fields),
        positional=tuple(positional),
    )


def _docstring(doc: str | None) -> tuple[str | None, dict[str, str]]:
    """The text before the first section, and each parameter's text from an `Args:` section."""
    if not doc:
        return None, {}
    lines = doc.splitlines()
    heads = [i for i, line in enumerate(lines) if _SECTION.match(line)]
    summary = "\n".join(lines[: heads[0]] if heads else lines).strip() or None
    documented: dict[str, str] = {}
    for start, end in zip(heads, [*heads[1:], len(lines)][: len(heads)], strict=True):
        if lines[start].strip().rstrip(":") not in _ARG_SECTIONS:
            continue
        current: str | None = None
        indent = None
        for line in lines[start + 1 : end]:
            match = _ARG_LINE.match(line)
            if match and (indent is None or len(match[1]) <= indent):
                indent, current = len(match[1]), match[2]
                documented[current] = match[3].strip()
            elif current is not None and line.strip():
                documented[current] = f"{documented[current]} {line.strip()}".strip()
    return summary, documented


def as_tool(item: object) -> FunctionTool | None:
    """The `FunctionTool` a `tools=[...]` entry stands for; None for a definition dict."""
    if isinstance(item, FunctionTool):
        return item
    if isinstance(item, Mapping):
        return None
    if callable(item):
        return _tool_of(item) if isinstance(item, Hashable) else function_tool(item)
    raise TypeError(
        f"each tool must be a dict, a function or oai.function_tool(...); got {type(item).__name__}"
    )


@functools.lru_cache(maxsize=512)
def _tool_of(fn: Callable[..., Any]) -> FunctionTool:
    """A function's tool, worked out once: a session sends its tools with every request."""
    return function_tool(fn)


def tool_definitions(tools: Iterable[object], api: Api) -> list[Any]:
    """`tools=[...]` as the API reads it: functions and `FunctionTool`s become definitions."""
    out = []
    for item in tools:
        tool = as_tool(item)
        out.append(item if tool is None else tool.definition(api))
    return out


@attrs.frozen
class ToolCall:
    """One call the model asked for: `arguments` is its JSON text, as the model wrote it."""

    call_id: str
    name: str
    arguments: str


@attrs.frozen
class ToolEvent:
    """What a `run()` callback receives around each tool call, between the text chunks.

    `phase` is "started" (before the function runs) or "finished" (then `result` is the text
    sent back to the model, or `error` says why the call failed, and `result` carries that).
    `str(event)` is empty, so a callback that prints every chunk shows only the reply's text.
    """

    phase: Literal["started", "finished"]
    call_id: str
    name: str
    arguments: str
    result: str | None = None
    error: str | None = None

    def __str__(self) -> str:
        return ""


@attrs.frozen
class ToolOutcome:
    """A call's result: `output` is the text that goes back to the model as the call's answer."""

    call: ToolCall
    output: str
    error: str | None = None

    @property
    def event(self) -> ToolEvent:
        call = self.call
        return ToolEvent(
            "finished", call.call_id, call.name, call.arguments, self.output, self.error
        )


class Toolbox:
    """The functions a `run()` may call, by name, and the rules for calling them.

    `raise_errors` (`on_tool_error="raise"`) re-raises what a function raises, and raises
    `ToolCallError` for a call that cannot be made; otherwise the problem is the call's result,
    which lets the model see its mistake and try again.
    """

    def __init__(self, tools: Iterable[object], *, raise_errors: bool) -> None:
        self.tools: dict[str, FunctionTool] = {}
        for item in tools:
            tool = as_tool(item)
            if tool is not None:
                self.tools[tool.name] = tool
        self.raise_errors = raise_errors

    def started(self, call: ToolCall) -> ToolEvent:
        return ToolEvent("started", call.call_id, call.name, call.arguments)

    def job(self, call: ToolCall) -> Callable[[], Any]:
        """What to call for `call`: the function with its arguments bound.

        A call that cannot be made raises `ToolCallError` when the returned job runs, so that it
        meets the same `failed` as an error of the function itself.
        """
        tool = self.tools.get(call.name)
        if tool is None:
            known = ", ".join(sorted(self.tools)) or "none"
            return _raising(f"no tool is named {call.name!r} (the tools are: {known})", call)
        try:
            args, kwargs = tool.arguments(call.arguments)
        except ValueError as exc:
            return _raising(f"the arguments do not fit {call.name}(): {exc}", call)
        return lambda: tool.function(*args, **kwargs)

    def finished(self, call: ToolCall, value: Any) -> ToolOutcome:
        """A function's return value as the text the model reads: a string as it is, anything
        else as JSON (dataclasses, attrs classes and pydantic models by their fields)."""
        from ._convert import to_json

        if isinstance(value, str):
            return ToolOutcome(call, value)
        try:
            return ToolOutcome(call, json.dumps(to_json(value), ensure_ascii=False))
        except (TypeError, ValueError) as exc:
            return self.failed(call, TypeError(f"its return value cannot be sent as JSON: {exc}"))

    def failed(self, call: ToolCall, exc: Exception) -> ToolOutcome:
        """An error as the call's result (or raised again, with `raise_errors`)."""
        if self.raise_errors:
            raise exc
        if isinstance(exc, ToolCallError):
            text = f"Error: {exc.message}"
        else:
            text = f"Error: {call.name}() raised {type(exc).__name__}: {exc}"
        return ToolOutcome(call, text, error=text)


def _raising(message: str, call: ToolCall) -> Callable[[], Any]:
    def job() -> Any:
        raise ToolCallError(message, name=call.name, arguments=call.arguments)

    return job


def coroutine_tools(tools: Sequence[object]) -> list[str]:
    """The names of the async functions among `tools`, which only the async session can await."""
    names = []
    for item in tools:
        tool = as_tool(item)
        if tool is not None and inspect.iscoroutinefunction(tool.function):
            names.append(tool.name)
    return names


class ToolSteps:
    """What every `run()` keeps, whichever API it runs over: its tools, and its step count.

    `tools` given to `run()` are sent with each of its requests; without them, the session's
    default `tools` serve, functions among them being the ones run. `step()` counts a request,
    refusing one beyond `max_steps`.
    """

    def __init__(
        self,
        tools: Sequence[object] | None,
        default_tools: Sequence[object] | None,
        max_steps: int,
        on_tool_error: str,
        overrides: Mapping[str, Any],
    ) -> None:
        if on_tool_error not in ("return", "raise"):
            raise ValueError(f'on_tool_error must be "return" or "raise", got {on_tool_error!r}')
        if not isinstance(max_steps, int) or isinstance(max_steps, bool) or max_steps < 1:
            raise ValueError(f"max_steps must be a positive integer, got {max_steps!r}")
        given = list(tools) if tools is not None else list(default_tools or ())
        self.toolbox = Toolbox(given, raise_errors=on_tool_error == "raise")
        self.max_steps = max_steps
        self.steps = 0
        self.overrides = {**overrides, "tools": given} if tools is not None else dict(overrides)

    def step(self) -> None:
        if self.steps >= self.max_steps:
            raise ToolLoopError(
                f"the model still asked for tools after {self.steps} step(s) (max_steps)",
                steps=self.steps,
            )
        self.steps += 1


@attrs.frozen
class Step:
    """One reply of a tool loop: the calls it asks for (none for the answer), and what it is:
    `message` as history keeps it (or the `Response`), `reply` what the turn returns."""

    calls: Sequence[ToolCall]
    message: Any
    reply: Any
