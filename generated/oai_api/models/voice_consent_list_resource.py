from __future__ import annotations

from typing import TYPE_CHECKING

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._model import (
    DROP,
    OPTIONAL_OR_NULL,
    REQUIRED,
    fields,
    list_of,
    one_of,
)
from .._model import Model as _Model
from ..models.voice_consent_list_resource_object import (
    VoiceConsentListResourceObject,
    check_voice_consent_list_resource_object,
)

if TYPE_CHECKING:
    from .._model import Table
    from ..models.voice_consent_resource import VoiceConsentResource


@_attrs_define(repr=False)
class VoiceConsentListResource(_Model):
    """One page of consent recordings with cursors and a `has_more` flag."""

    object_: VoiceConsentListResourceObject

    data: list[VoiceConsentResource]

    has_more: bool

    first_id: None | str = None

    last_id: None | str = None

    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    _keys = ("data", "first_id", "has_more", "last_id", "object")
    _tags = {"object": ("list",)}

    @staticmethod
    def _fields() -> Table:
        from ..models.voice_consent_resource import VoiceConsentResource

        return fields(
            ("object_", "object", REQUIRED, check_voice_consent_list_resource_object),
            ("data", "data", REQUIRED, list_of(VoiceConsentResource)),
            ("has_more", "has_more", REQUIRED, None),
            ("first_id", "first_id", OPTIONAL_OR_NULL, one_of(str, None)),
            ("last_id", "last_id", OPTIONAL_OR_NULL, one_of(str, None)),
            extra=DROP,
        )
