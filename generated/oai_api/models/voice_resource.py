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
from ..models.voice_resource_object import (
    VoiceResourceObject,
    check_voice_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table


@_attrs_define(repr=False)
class VoiceResource(_Model):
    """A custom voice the organization created, usable for generated speech."""

    object_: VoiceResourceObject

    id: str

    name: str

    created_at: int

    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("created_at", "id", "name", "object")
    _tags = {"object": ("audio.voice",)}

    @staticmethod
    def _fields() -> Table:

        return fields(
            ("object_", "object", REQUIRED, check_voice_resource_object),
            ("id", "id", REQUIRED, None),
            ("name", "name", REQUIRED, None),
            ("created_at", "created_at", REQUIRED, None),
            extra=DROP,
        )
