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
from ..models.webhook_eval_run_succeeded_object import (
    WebhookEvalRunSucceededObject,
    check_webhook_eval_run_succeeded_object,
)
from ..models.webhook_eval_run_succeeded_type import (
    WebhookEvalRunSucceededType,
    check_webhook_eval_run_succeeded_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_eval_run_succeeded_data import WebhookEvalRunSucceededData


@_attrs_define(repr=False)
class WebhookEvalRunSucceeded(_OpenModel):
    """Webhook event: an eval run succeeded."""

    created_at: int

    id: str

    data: WebhookEvalRunSucceededData

    type_: WebhookEvalRunSucceededType

    object_: WebhookEvalRunSucceededObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("eval.run.succeeded",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_eval_run_succeeded_data import WebhookEvalRunSucceededData

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookEvalRunSucceededData),
            ("type_", "type", REQUIRED, check_webhook_eval_run_succeeded_type),
            ("object_", "object", OPTIONAL, check_webhook_eval_run_succeeded_object),
        )
