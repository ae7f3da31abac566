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
from ..models.webhook_response_incomplete_object import (
    WebhookResponseIncompleteObject,
    check_webhook_response_incomplete_object,
)
from ..models.webhook_response_incomplete_type import (
    WebhookResponseIncompleteType,
    check_webhook_response_incomplete_type,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.webhook_response_incomplete_data import WebhookResponseIncompleteData


@_attrs_define(repr=False)
class WebhookResponseIncomplete(_OpenModel):
    """Webhook event: a background response ended incomplete."""

    created_at: int

    id: str

    data: WebhookResponseIncompleteData

    type_: WebhookResponseIncompleteType

    object_: WebhookResponseIncompleteObject | None = None

    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "data", "id", "object", "type")
    _tags = {"type": ("response.incomplete",), "object": ("event",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.webhook_response_incomplete_data import (
            WebhookResponseIncompleteData,
        )

        return fields(
            ("created_at", "created_at", REQUIRED, None),
            ("id", "id", REQUIRED, None),
            ("data", "data", REQUIRED, WebhookResponseIncompleteData),
            ("type_", "type", REQUIRED, check_webhook_response_incomplete_type),
            ("object_", "object", OPTIONAL, check_webhook_response_incomplete_object),
        )
