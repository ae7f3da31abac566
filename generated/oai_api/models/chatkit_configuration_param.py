from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel

if TYPE_CHECKING:
    from .._model import Table
    from ..models.automatic_thread_titling_param import AutomaticThreadTitlingParam
    from ..models.file_upload_param import FileUploadParam
    from ..models.history_param import HistoryParam


@_attrs_define(repr=False)
class ChatkitConfigurationParam(_OpenModel):
    """Optional ChatKit feature settings for one session."""

    automatic_thread_titling: AutomaticThreadTitlingParam | None = None
    """ Turns automatic thread titles on or off. """
    file_upload: FileUploadParam | None = None
    """ Whether and how much users may upload in the session. """
    history: HistoryParam | None = None
    """ Whether users can reach earlier threads, and how many. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("automatic_thread_titling", "file_upload", "history")

    @staticmethod
    def _fields() -> Table:
        from ..models.automatic_thread_titling_param import AutomaticThreadTitlingParam
        from ..models.file_upload_param import FileUploadParam
        from ..models.history_param import HistoryParam

        return fields(
            (
                "automatic_thread_titling",
                "automatic_thread_titling",
                OPTIONAL,
                AutomaticThreadTitlingParam,
            ),
            ("file_upload", "file_upload", OPTIONAL, FileUploadParam),
            ("history", "history", OPTIONAL, HistoryParam),
            strict=True,
        )
