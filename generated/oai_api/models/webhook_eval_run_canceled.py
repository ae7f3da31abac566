from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    REQUIRED,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.webhook_eval_run_canceled_object import (
    WebhookEvalRunCanceledObject,
    check_webhook_eval_run_canceled_object,
)
from ..models.webhook_eval_run_canceled_type import (
    WebhookEvalRunCanceledType,
    check_webhook_eval_run_canceled_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_eval_run_canceled_data import WebhookEvalRunCanceledData


@_attrs_define(repr=False)
class WebhookEvalRunCanceled(_OpenModel):
    """Webhook event: an eval run was canceled."""

    created_at: int

    id: str

    data: WebhookEvalRunCanceledData

    type_: WebhookEvalRunCanceledType

    object_: WebhookEvalRunCanceledObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("eval.run.canceled",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_eval_run_canceled_data import WebhookEvalRunCanceledData

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookEvalRunCanceledData),
            ("type_", "type", REQUIRED, check_webhook_eval_run_canceled_type),
            ("object_", "object", OPTIONAL, check_webhook_eval_run_canceled_object),
        )
