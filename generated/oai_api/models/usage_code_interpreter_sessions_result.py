from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    one_of,
)
from .._model import OpenModel as _OpenModel
from ..models.usage_code_interpreter_sessions_result_object import (
    UsageCodeInterpreterSessionsResultObject,
    check_usage_code_interpreter_sessions_result_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class UsageCodeInterpreterSessionsResult(_OpenModel):
    """Code interpreter usage in one time bucket: number of sessions, per project if grouped."""

    object_: UsageCodeInterpreterSessionsResultObject

    num_sessions: int

    project_id: None | str = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("num_sessions", "object", "project_id")
    _tags = {"object": ("organization.usage.code_interpreter_sessions.result",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "object_",
                "object",
                REQUIRED,
                check_usage_code_interpreter_sessions_result_object,
            ),
            ("num_sessions", "num_sessions", REQUIRED, None),
            ("project_id", "project_id", OPTIONAL_OR_NULL, one_of(str, None)),
        )
