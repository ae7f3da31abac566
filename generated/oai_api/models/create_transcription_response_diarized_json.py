from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_transcription_response_diarized_json_task import (
    CreateTranscriptionResponseDiarizedJsonTask,
    check_create_transcription_response_diarized_json_task,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_diarized_segment import TranscriptionDiarizedSegment


T = TypeVar("T", bound="CreateTranscriptionResponseDiarizedJson")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        TranscriptTextUsageDuration, \
        TranscriptTextUsageTokens, \
        TranscriptionDiarizedSegment
    from ..models.transcript_text_usage_duration import TranscriptTextUsageDuration
    from ..models.transcript_text_usage_tokens import TranscriptTextUsageTokens
    from ..models.transcription_diarized_segment import TranscriptionDiarizedSegment

    _models_bound = True


@_attrs_define
class CreateTranscriptionResponseDiarizedJson:
    """A transcript in the `diarized_json` format: segments labelled by speaker."""

    task: CreateTranscriptionResponseDiarizedJsonTask
    """ The task performed. """
    duration: float
    """ Length of the audio in seconds. """
    text: str
    """ The whole transcript. """
    segments: list[TranscriptionDiarizedSegment]
    """ Segments with their speakers, in time order. """
    usage: TranscriptTextUsageDuration | TranscriptTextUsageTokens | None = None
    """ Usage of the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_task = (
            self.task
            if self.task is not None or "task" not in self._none_flips
            else UNSET
        )

        if _v_task is None or isinstance(_v_task, Unset):
            task = _v_task
        else:
            task: str = _v_task

        _v_duration = (
            self.duration
            if self.duration is not None or "duration" not in self._none_flips
            else UNSET
        )

        duration = _v_duration

        _v_text = (
            self.text
            if self.text is not None or "text" not in self._none_flips
            else UNSET
        )

        text = _v_text

        _v_segments = (
            self.segments
            if self.segments is not None or "segments" not in self._none_flips
            else UNSET
        )

        if not isinstance(_v_segments, list):
            segments = _v_segments
        else:
            segments = []
            for segments_item_data in _v_segments:
                if not isinstance(segments_item_data, TranscriptionDiarizedSegment):
                    segments.append(segments_item_data)
                    continue
                segments_item = segments_item_data.to_dict()
                segments.append(segments_item)

        _v_usage = (
            self.usage
            if self.usage is not None or "usage" in self._none_flips
            else UNSET
        )

        if _v_usage is None or isinstance(_v_usage, Unset):
            usage = _v_usage
        else:
            usage: dict[str, Any] | Unset
            if isinstance(_v_usage, Unset):
                usage = UNSET
            elif isinstance(_v_usage, TranscriptTextUsageTokens) or isinstance(
                _v_usage, TranscriptTextUsageDuration
            ):
                usage = _v_usage.to_dict()
            else:
                usage = _v_usage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "task": task,
                    "duration": duration,
                    "text": text,
                    "segments": segments,
                }.items()
                if v is not UNSET
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _task_raw = d.pop("task", UNSET)
        if _task_raw is None or isinstance(_task_raw, Unset):
            if strict_parsing.get():
                raise KeyError("task")

            if _task_raw is UNSET:
                _none_flips += ("task",)
            task = None

        else:
            try:
                task = check_create_transcription_response_diarized_json_task(_task_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                task = _task_raw

        duration = d.pop("duration", UNSET)
        if (duration is None or isinstance(duration, Unset)) and strict_parsing.get():
            raise KeyError("duration")

        if duration is None or duration is UNSET:
            if duration is UNSET:
                _none_flips += ("duration",)
            duration = None

        text = d.pop("text", UNSET)
        if (text is None or isinstance(text, Unset)) and strict_parsing.get():
            raise KeyError("text")

        if text is None or text is UNSET:
            if text is UNSET:
                _none_flips += ("text",)
            text = None

        _segments_raw = d.pop("segments", UNSET)
        if _segments_raw is None or isinstance(_segments_raw, Unset):
            if strict_parsing.get():
                raise KeyError("segments")

            if _segments_raw is UNSET:
                _none_flips += ("segments",)
            segments = None

        else:
            try:
                segments = []
                _segments = _segments_raw
                if not isinstance(_segments, list):
                    raise TypeError()
                for segments_item_data in _segments:
                    segments_item = TranscriptionDiarizedSegment.from_dict(
                        segments_item_data
                    )

                    segments.append(segments_item)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                segments = _segments_raw

        _usage_raw = d.pop("usage", UNSET)
        if _usage_raw is None or isinstance(_usage_raw, Unset):
            if _usage_raw is None and strict_parsing.get():
                raise TypeError("usage")

            if _usage_raw is None:
                _none_flips += ("usage",)
            usage = None

        else:
            try:

                def _parse_usage(
                    data: object,
                ) -> TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset:
                    if isinstance(data, Unset):
                        return data
                    if isinstance(data, dict):
                        if data.get("type") == "tokens":
                            try:
                                usage_type_0 = TranscriptTextUsageTokens.from_dict(data)

                                return usage_type_0
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                        if data.get("type") == "duration":
                            try:
                                usage_type_1 = TranscriptTextUsageDuration.from_dict(
                                    data
                                )

                                return usage_type_1
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass

                    if not strict_parsing.get():
                        strictly = strict_parsing.set(True)
                        try:
                            return _parse_usage(data)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        finally:
                            strict_parsing.reset(strictly)
                    if isinstance(data, dict):
                        _fits = (
                            len(
                                {
                                    "input_token_details",
                                    "input_tokens",
                                    "output_tokens",
                                    "total_tokens",
                                    "type",
                                }.intersection(data)
                            ),
                            len(
                                {
                                    "seconds",
                                    "type",
                                }.intersection(data)
                            ),
                        )
                    else:
                        _fits = (
                            0,
                            0,
                        )
                    _most = max(_fits)
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "tokens") not in ("tokens",):
                            raise TypeError()
                        if _fits[0] < _most:
                            raise TypeError()
                        usage_type_0 = TranscriptTextUsageTokens.from_dict(data)

                        return usage_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        if data.get("type", "duration") not in ("duration",):
                            raise TypeError()
                        if _fits[1] < _most:
                            raise TypeError()
                        usage_type_1 = TranscriptTextUsageDuration.from_dict(data)

                        return usage_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if strict_parsing.get():
                        raise TypeError()
                    return cast(
                        TranscriptTextUsageDuration | TranscriptTextUsageTokens | Unset,
                        data,
                    )

                usage = _parse_usage(_usage_raw)

            except (TypeError, ValueError, AttributeError, KeyError):
                if strict_parsing.get():
                    raise
                usage = _usage_raw

        create_transcription_response_diarized_json = cls(
            task=task,
            duration=duration,
            text=text,
            segments=segments,
            usage=usage,
        )
        if _none_flips:
            create_transcription_response_diarized_json._none_flips = _none_flips

        create_transcription_response_diarized_json.additional_properties = d
        return create_transcription_response_diarized_json

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
