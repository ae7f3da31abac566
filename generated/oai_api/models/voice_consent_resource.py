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
from ..models.voice_consent_resource_object import (
    VoiceConsentResourceObject,
    check_voice_consent_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class VoiceConsentResource(_Model):
    """An uploaded statement in which a speaker permits a custom voice to be made from their voice."""

    object_: VoiceConsentResourceObject

    id: str

    name: str

    language: str

    created_at: int

    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "language", "name", "object")
    _tags = {"object": ("audio.voice_consent",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_voice_consent_resource_object),
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("language", "language", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            extra=DROP,
        )
