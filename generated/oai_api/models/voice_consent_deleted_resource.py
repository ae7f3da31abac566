from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    REQUIRED,
    fields,
)
from .._model import Model as _Model
from ..models.voice_consent_deleted_resource_object import (
    VoiceConsentDeletedResourceObject,
    check_voice_consent_deleted_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class VoiceConsentDeletedResource(_Model):
    """Result of deleting a consent recording: its ID and a `deleted` flag."""

    id: str

    object_: VoiceConsentDeletedResourceObject

    deleted: bool

    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("deleted", "id", "object")
    _tags = {"object": ("audio.voice_consent",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("id", "id", REQUIRED, None),
            (
                "object_",
                "object",
                REQUIRED,
                check_voice_consent_deleted_resource_object,
            ),
            ("deleted", "deleted", REQUIRED, None),
            extra=DROP,
        )
