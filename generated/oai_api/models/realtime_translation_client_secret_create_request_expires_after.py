from __future__ import annotations

from typing import TYPE_CHECKING, Any

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    OPTIONAL,
    fields,
)
from .._model import OpenModel as _OpenModel
from ..models.realtime_translation_client_secret_create_request_expires_after_anchor import (
    RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor,
    check_realtime_translation_client_secret_create_request_expires_after_anchor,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class RealtimeTranslationClientSecretCreateRequestExpiresAfter(_OpenModel):
    """When the secret stops working for starting new sessions; running sessions continue, and one secret may start many."""

    anchor: RealtimeTranslationClientSecretCreateRequestExpiresAfterAnchor | None = None
    """ Start point of the expiry countdown; only `created_at` (the default) is allowed. """
    seconds: int | None = None
    """ Lifetime of the secret in seconds after the anchor, 10 to 7200; default 600 (10 minutes). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("anchor", "seconds")

    @staticmethod
    def _fields() -> Table:

        return fields(
            (
                "anchor",
                "anchor",
                OPTIONAL,
                check_realtime_translation_client_secret_create_request_expires_after_anchor,
            ),
            ("seconds", "seconds", OPTIONAL, None),
            strict=True,
        )
