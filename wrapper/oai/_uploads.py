"""Files sent with a request: checking the caller's file argument, and the multipart form.

`upload_file()`, `transcription()` and `translation()` take a file the same way: a path, bytes,
a file object opened in binary mode, or `(filename, bytes_or_file)` to choose the name the server
sees (it reads the format of audio from the extension). `check_upload` turns any of these into an
`Upload`, refusing anything else with an error naming the argument before a request is made;
`Upload.open()` gives the generated `File` to send, and closes what it opened.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO, cast

from ._bodies import Body

if TYPE_CHECKING:
    from oai_api.types import File

FileInput = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes] | tuple[str, Any]
"""What a file argument may be; see `check_upload`."""

VectorStoreFileInput = str | os.PathLike[str] | bytes | IO[bytes] | tuple[str, Any]
"""A file for a vector store: an id (a `str`, not a path here), or a file to upload."""

DEFAULT_FILENAME = "file"


class Upload:
    """A checked file argument: where its bytes come from and the name to send them under.

    Exactly one of `path` (opened when sending, closed after) and `content` (bytes, or a file
    object that stays the caller's to close) is set.
    """

    __slots__ = ("content", "filename", "path")

    def __init__(
        self, filename: str, path: Path | None = None, content: bytes | IO[bytes] | None = None
    ) -> None:
        self.filename = filename
        self.path = path
        self.content = content

    def renamed(self, filename: str) -> Upload:
        return Upload(filename, self.path, self.content)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Upload):
            return NotImplemented
        return (self.filename, self.path, self.content) == (
            other.filename,
            other.path,
            other.content,
        )

    def __hash__(self) -> int:
        return hash((self.filename, self.path, self.content))

    def __repr__(self) -> str:
        return f"Upload(filename={self.filename!r}, path={self.path!r}, content={self.content!r})"

    @contextmanager
    def open(self) -> Iterator[File]:
        """The generated `File` to send; a path is open only for as long as this lasts."""
        from oai_api.types import File  # with the generated package, which sends it

        with self._handle() as handle:
            # The generated `File` asks for `BinaryIO`; any binary file object reads the same.
            yield File(payload=cast(BinaryIO, handle), file_name=self.filename)

    @contextmanager
    def _handle(self) -> Iterator[IO[bytes]]:
        """The content as a binary file: a path opened, bytes in a buffer (both closed after),
        or the caller's file object as it is (theirs to close)."""
        if self.path is not None:
            with self.path.open("rb") as handle:
                yield handle
        elif isinstance(self.content, bytes):
            # Closed after sending: httpx's answer and request refer to each other, so the
            # request (and a buffer still open in it) lives until the garbage collector runs,
            # and an upload in parts would hold every part until then.
            with io.BytesIO(self.content) as buffer:
                yield buffer
        else:
            yield cast(IO[bytes], self.content)

    def size(self, argument: str) -> int:
        """How many bytes will be sent (a file object's, from where it stands to its end).

        The Uploads API is told the size before the first part, so a stream that cannot say
        (a pipe, a socket) is refused here rather than found out part-way.
        """
        if self.path is not None:
            return self.path.stat().st_size
        if isinstance(self.content, bytes):
            return len(self.content)
        handle = cast(IO[bytes], self.content)
        try:
            here = handle.tell()
            end = handle.seek(0, os.SEEK_END)
            handle.seek(here)
        except (OSError, AttributeError, ValueError):
            raise TypeError(
                f"{argument} must be a path, bytes or a seekable binary file: its size is sent"
                " before the first part"
            ) from None
        return end - here

    @contextmanager
    def parts(
        self, part_size: int, seen: Callable[[memoryview], object]
    ) -> Iterator[Iterator[Upload]]:
        """The content in parts of `part_size` bytes (the last may be shorter), each an
        `Upload` to send, read when the one before has been sent; `seen` gets each part's
        bytes as it is read (for a checksum).

        Every part is read into the same buffer, so memory holds one part whatever the file's
        size: fresh `bytes` per part would be freed in time, but the allocator may keep the
        pages of two or three of them (as RSS) before it gives them back.
        """
        with self._handle() as handle:
            yield self._parts(handle, bytearray(part_size), seen)

    def _parts(
        self, handle: IO[bytes], buffer: bytearray, seen: Callable[[memoryview], object]
    ) -> Iterator[Upload]:
        readinto = getattr(handle, "readinto", None)
        while True:
            if readinto is not None:
                size = readinto(buffer)
            else:  # a file object of the caller's own making may only have `read`
                piece = handle.read(len(buffer))
                size = len(piece)
                buffer[:size] = piece
            if not size:
                return
            view = memoryview(buffer)[:size]
            seen(view)
            yield Upload(filename=self.filename, content=cast(IO[bytes], _Part(view)))


class _Part(io.RawIOBase):
    """One part of a file, as the file object httpx reads it from: a window on the shared
    buffer, read in httpx's chunks, seekable so that httpx can take its length and a retry
    can send it again."""

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._at = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, into: Any) -> int:
        size = min(len(into), len(self._view) - self._at)
        into[:size] = self._view[self._at : self._at + size]
        self._at += size
        return size

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._at, os.SEEK_END: len(self._view)}[whence]
        self._at = max(0, min(base + offset, len(self._view)))
        return self._at

    def tell(self) -> int:
        return self._at


FormFiles = tuple[tuple[str, Upload], ...]
"""The files of a multipart request, each with its form field (`file`, `image[]`, `mask`)."""


@contextmanager
def open_all(files: FormFiles) -> Iterator[list[tuple[str, File]]]:
    """Every file of a request open at once, for as long as it is being sent."""
    with ExitStack() as stack:
        yield [(field, stack.enter_context(upload.open())) for field, upload in files]


def check_upload(value: object, argument: str) -> Upload:
    """Check a file argument without sending anything; errors name `argument`.

    A path must name an existing file; a file object must be open and in binary mode. A bare
    string is always a path: content is passed as bytes.
    """
    if isinstance(value, tuple):
        if len(value) != 2 or not isinstance(value[0], str) or not value[0]:
            raise TypeError(
                f"{argument} as a tuple must be (filename, bytes or binary file), got {value!r:.80}"
            )
        filename, content = value
        if isinstance(content, (str, os.PathLike)):
            raise TypeError(
                f"{argument}: the second item of (filename, content) must be bytes or a binary "
                f"file object, not a path; pass the path alone to send that file"
            )
        return check_upload(content, argument).renamed(filename)
    if isinstance(value, (str, os.PathLike)):
        path = Path(value)
        if not path.is_file():
            problem = "is a directory" if path.is_dir() else "does not exist"
            raise ValueError(
                f"{argument} {str(path)!r:.120} {problem}; "
                "a string is read as a path, so pass content as bytes"
            )
        return Upload(filename=path.name, path=path)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return Upload(filename=DEFAULT_FILENAME, content=bytes(value))
    if callable(getattr(value, "read", None)):
        if getattr(value, "closed", False):
            raise ValueError(f"{argument} is a closed file")
        mode = getattr(value, "mode", "b")  # not every file object has a text `mode`
        if isinstance(value, io.TextIOBase) or (isinstance(mode, str) and "b" not in mode):
            raise TypeError(f"{argument} must be a file opened in binary mode ('rb'), not text")
        name = getattr(value, "name", None)
        filename = os.path.basename(name) if isinstance(name, str) else ""
        return Upload(filename=filename or DEFAULT_FILENAME, content=cast(IO[bytes], value))
    raise TypeError(
        f"{argument} must be a path, bytes, a binary file object or (filename, content); "
        f"got {type(value).__name__}"
    )


def file_sources(files: object, argument: str) -> list[str | Upload]:
    """Files given for a vector store: each an id (a `str`), or something to upload first.

    Here a string is an id, not a path as elsewhere, since ids are what a store is usually
    given; so a string that names a file on disk is refused, with the way to upload it,
    rather than sent as an id the API would not find.
    """
    if isinstance(files, (str, bytes)) or not isinstance(files, (list, tuple)):
        raise TypeError(
            f"{argument} must be a list of file ids or files, got {type(files).__name__}"
        )
    sources: list[str | Upload] = []
    for index, item in enumerate(files):
        where = f"{argument}[{index}]"
        if isinstance(item, str):
            if not item:
                raise ValueError(f"{where} is an empty file id")
            if os.path.exists(item):
                raise TypeError(
                    f"{where} {item!r:.80} is a string, which is read as a file id here; to"
                    f" upload the file at that path, pass pathlib.Path({item!r:.80})"
                )
            sources.append(item)
        else:
            sources.append(check_upload(item, where))
    return sources


def form_fields(fields: Mapping[str, Any]) -> dict[str, str | list[str]]:
    """The form fields of a multipart request, in the form the API reads.

    Like the API's own clients: booleans as `true`/`false`, lists as repeated `name[]`, objects
    as `name[key]`, None left out. (A list sent as repeated plain `name` fields would be read as
    its last item alone.)
    """
    out: dict[str, str | list[str]] = {}
    for name, value in fields.items():
        _flatten(name, value, out, name)
    return out


def _flatten(key: str, value: Any, out: dict[str, str | list[str]], field: str) -> None:
    if value is None:
        return
    if isinstance(value, Mapping):
        for name, item in value.items():
            _flatten(f"{key}[{name}]", item, out, field)
    elif isinstance(value, (list, tuple)):
        items: list[str] = []
        for item in value:
            if isinstance(item, (Mapping, list, tuple)):
                raise TypeError(f"form field {field!r} cannot hold nested lists or objects")
            if item is not None:
                items.append(_scalar(item, field))
        out[f"{key}[]"] = items
    else:
        out[key] = _scalar(value, field)


def _scalar(value: Any, field: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    raise TypeError(f"form field {field!r} must be text, a number or a boolean, got {value!r:.80}")


class _FormOfOurs:
    """What the generated builder is given as its body: a form with no fields of its own."""

    def to_multipart(self) -> list[Any]:
        return []


def multipart_builder(generated: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
    """A request builder for a multipart operation: `build(body=Body, files=[...], **path)`,
    each file under its own form field (`file`, `data` for an upload's part, `image[]`).

    The generated builder decides the method, URL and headers; the form it would encode is
    replaced by `form_fields`, because it sends lists as repeated plain names (read as their
    last item alone), objects as JSON parts and True as "True", and fixes the boundary to
    `+++`, which a file's bytes may well contain (httpx picks a random one instead). So it is
    given a body whose form is empty, and the fields go only into our form, unchecked, as JSON
    bodies go unchecked (the server knows which values it accepts, and a compatible server may
    accept others). A request model would refuse to encode itself without its required fields,
    which are ours to send here.
    """

    def build(*, body: Body | None, files: list[tuple[str, File]], **path: str) -> dict[str, Any]:
        kwargs = generated(body=_FormOfOurs(), **path)
        kwargs["files"] = [(field, file.to_tuple()) for field, file in files]
        kwargs["data"] = form_fields(body.json()) if body is not None else {}
        headers = kwargs.get("headers") or {}
        kwargs["headers"] = {k: v for k, v in headers.items() if k.lower() != "content-type"}
        return kwargs

    return build


__all__ = [
    "FileInput",
    "FormFiles",
    "Upload",
    "VectorStoreFileInput",
    "check_upload",
    "file_sources",
    "form_fields",
    "multipart_builder",
    "open_all",
]
