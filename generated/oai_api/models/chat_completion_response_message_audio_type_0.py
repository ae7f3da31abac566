from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, strict_parsing

T = TypeVar("T", bound="ChatCompletionResponseMessageAudioType0")


@_attrs_define
class ChatCompletionResponseMessageAudioType0:
    id: str
    """ Audio reply ID. """
    expires_at: int
    """ When the audio expires (Unix seconds). """
    data: str
    """ Base64-encoded audio. """
    transcript: str
    """ Transcript of the audio. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        _v_id = (
            self.id if self.id is not None or "id" not in self._none_flips else UNSET
        )

        id = _v_id

        _v_expires_at = (
            self.expires_at
            if self.expires_at is not None or "expires_at" not in self._none_flips
            else UNSET
        )

        expires_at = _v_expires_at

        _v_data = (
            self.data
            if self.data is not None or "data" not in self._none_flips
            else UNSET
        )

        data = _v_data

        _v_transcript = (
            self.transcript
            if self.transcript is not None or "transcript" not in self._none_flips
            else UNSET
        )

        transcript = _v_transcript

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "id": id,
                    "expires_at": expires_at,
                    "data": data,
                    "transcript": transcript,
                }.items()
                if v is not UNSET
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        id = d.pop("id", UNSET)
        if (id is None or isinstance(id, Unset)) and strict_parsing.get():
            raise KeyError("id")

        if id is None or id is UNSET:
            if id is UNSET:
                _none_flips += ("id",)
            id = None

        expires_at = d.pop("expires_at", UNSET)
        if (
            expires_at is None or isinstance(expires_at, Unset)
        ) and strict_parsing.get():
            raise KeyError("expires_at")

        if expires_at is None or expires_at is UNSET:
            if expires_at is UNSET:
                _none_flips += ("expires_at",)
            expires_at = None

        data = d.pop("data", UNSET)
        if (data is None or isinstance(data, Unset)) and strict_parsing.get():
            raise KeyError("data")

        if data is None or data is UNSET:
            if data is UNSET:
                _none_flips += ("data",)
            data = None

        transcript = d.pop("transcript", UNSET)
        if (
            transcript is None or isinstance(transcript, Unset)
        ) and strict_parsing.get():
            raise KeyError("transcript")

        if transcript is None or transcript is UNSET:
            if transcript is UNSET:
                _none_flips += ("transcript",)
            transcript = None

        chat_completion_response_message_audio_type_0 = cls(
            id=id,
            expires_at=expires_at,
            data=data,
            transcript=transcript,
        )
        if _none_flips:
            chat_completion_response_message_audio_type_0._none_flips = _none_flips

        chat_completion_response_message_audio_type_0.additional_properties = d
        return chat_completion_response_message_audio_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
