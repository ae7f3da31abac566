from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_completion_request_model_type_1 import (
    CreateCompletionRequestModelType1,
    check_create_completion_request_model_type_1,
)
from ..types import UNSET, Unset, model_repr, strict_parsing

if TYPE_CHECKING:
    from ..models.chat_completion_stream_options_type_0 import (
        ChatCompletionStreamOptionsType0,
    )
    from ..models.create_completion_request_logit_bias_type_0 import (
        CreateCompletionRequestLogitBiasType0,
    )


T = TypeVar("T", bound="CreateCompletionRequest")

_models_bound = False


def _bind_models() -> None:
    """Import the models that the methods below use, once, on their first call.

    Importing them with this module would import much of the package (and some of them import
    this module); importing them inside each method would run the imports on every call.
    """
    global \
        _models_bound, \
        ChatCompletionStreamOptionsType0, \
        CreateCompletionRequestLogitBiasType0
    from ..models.chat_completion_stream_options_type_0 import (
        ChatCompletionStreamOptionsType0,
    )
    from ..models.create_completion_request_logit_bias_type_0 import (
        CreateCompletionRequestLogitBiasType0,
    )

    _models_bound = True


@_attrs_define
class CreateCompletionRequest:
    """Body of a legacy completion request."""

    model: CreateCompletionRequestModelType1 | str
    """ ID of the model to use. """
    prompt: list[int] | list[list[int]] | list[str] | None | str
    """ Prompt(s) to complete: text, a list of texts, token IDs, or lists of token IDs. """
    best_of: int | None = None
    """ Generate this many candidates server-side and return the best `n`. """
    echo: bool | None = None
    """ Return the prompt before the completion. """
    frequency_penalty: float | None = None
    """ Penalise tokens by how often they appeared (-2 to 2). """
    logit_bias: CreateCompletionRequestLogitBiasType0 | None = None
    """ Token ID to bias (-100..100) map. """
    logprobs: int | None = None
    """ Return log probabilities of this many top tokens per position (max 5). """
    max_tokens: int | None = None
    """ Cap on generated tokens. """
    n: int | None = None
    """ Number of completions per prompt. """
    presence_penalty: float | None = None
    """ Penalise tokens that appeared at all (-2 to 2). """
    seed: int | None = None
    """ Seed for best-effort deterministic sampling. """
    stop: list[str] | None | str = None
    """ One stop sequence, or up to four of them. """
    stream: bool | None = None
    """ Stream the completion as server-sent events. """
    stream_options: ChatCompletionStreamOptionsType0 | None = None
    """ Extra settings that apply only when streaming. """
    suffix: None | str = None
    """ Text that comes after the completion (insert mode). """
    temperature: float | None = None
    """ Sampling temperature (0-2); higher is more random. """
    top_p: float | None = None
    """ Nucleus sampling probability mass (0-1). """
    user: str | None = None
    """ Stable end-user identifier for abuse detection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _none_flips: tuple[str, ...] = _attrs_field(
        init=False, default=(), repr=False, eq=False
    )
    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        if not _models_bound:
            _bind_models()
        _v_model = (
            self.model
            if self.model is not None or "model" not in self._none_flips
            else UNSET
        )

        if _v_model is None or isinstance(_v_model, Unset):
            model = _v_model
        else:
            model: str
            model = _v_model

        _v_prompt = (
            self.prompt
            if self.prompt is not None or "prompt" not in self._none_flips
            else UNSET
        )

        if _v_prompt is None or isinstance(_v_prompt, Unset):
            prompt = _v_prompt
        else:
            prompt: list[int] | list[list[int]] | list[str] | None | str
            if isinstance(_v_prompt, list) or isinstance(_v_prompt, list):
                prompt = _v_prompt

            elif isinstance(_v_prompt, list):
                prompt = []
                for prompt_type_3_item_data in _v_prompt:
                    prompt_type_3_item = prompt_type_3_item_data

                    prompt.append(prompt_type_3_item)

            else:
                prompt = _v_prompt

        _v_best_of = (
            self.best_of
            if self.best_of is not None or "best_of" in self._none_flips
            else UNSET
        )

        best_of: int | None | Unset
        if isinstance(_v_best_of, Unset):
            best_of = UNSET
        else:
            best_of = _v_best_of

        _v_echo = (
            self.echo if self.echo is not None or "echo" in self._none_flips else UNSET
        )

        echo: bool | None | Unset
        if isinstance(_v_echo, Unset):
            echo = UNSET
        else:
            echo = _v_echo

        _v_frequency_penalty = (
            self.frequency_penalty
            if self.frequency_penalty is not None
            or "frequency_penalty" in self._none_flips
            else UNSET
        )

        frequency_penalty: float | None | Unset
        if isinstance(_v_frequency_penalty, Unset):
            frequency_penalty = UNSET
        else:
            frequency_penalty = _v_frequency_penalty

        _v_logit_bias = (
            self.logit_bias
            if self.logit_bias is not None or "logit_bias" in self._none_flips
            else UNSET
        )

        logit_bias: dict[str, Any] | None | Unset
        if isinstance(_v_logit_bias, Unset):
            logit_bias = UNSET
        elif isinstance(_v_logit_bias, CreateCompletionRequestLogitBiasType0):
            logit_bias = _v_logit_bias.to_dict()
        else:
            logit_bias = _v_logit_bias

        _v_logprobs = (
            self.logprobs
            if self.logprobs is not None or "logprobs" in self._none_flips
            else UNSET
        )

        logprobs: int | None | Unset
        if isinstance(_v_logprobs, Unset):
            logprobs = UNSET
        else:
            logprobs = _v_logprobs

        _v_max_tokens = (
            self.max_tokens
            if self.max_tokens is not None or "max_tokens" in self._none_flips
            else UNSET
        )

        max_tokens: int | None | Unset
        if isinstance(_v_max_tokens, Unset):
            max_tokens = UNSET
        else:
            max_tokens = _v_max_tokens

        _v_n = self.n if self.n is not None or "n" in self._none_flips else UNSET

        n: int | None | Unset
        if isinstance(_v_n, Unset):
            n = UNSET
        else:
            n = _v_n

        _v_presence_penalty = (
            self.presence_penalty
            if self.presence_penalty is not None
            or "presence_penalty" in self._none_flips
            else UNSET
        )

        presence_penalty: float | None | Unset
        if isinstance(_v_presence_penalty, Unset):
            presence_penalty = UNSET
        else:
            presence_penalty = _v_presence_penalty

        _v_seed = (
            self.seed if self.seed is not None or "seed" in self._none_flips else UNSET
        )

        seed: int | None | Unset
        if isinstance(_v_seed, Unset):
            seed = UNSET
        else:
            seed = _v_seed

        _v_stop = (
            self.stop if self.stop is not None or "stop" in self._none_flips else UNSET
        )

        stop: list[str] | None | str | Unset
        if isinstance(_v_stop, Unset):
            stop = UNSET
        elif isinstance(_v_stop, list):
            stop = _v_stop

        else:
            stop = _v_stop

        _v_stream = (
            self.stream
            if self.stream is not None or "stream" in self._none_flips
            else UNSET
        )

        stream: bool | None | Unset
        if isinstance(_v_stream, Unset):
            stream = UNSET
        else:
            stream = _v_stream

        _v_stream_options = (
            self.stream_options
            if self.stream_options is not None or "stream_options" in self._none_flips
            else UNSET
        )

        stream_options: dict[str, Any] | None | Unset
        if isinstance(_v_stream_options, Unset):
            stream_options = UNSET
        elif isinstance(_v_stream_options, ChatCompletionStreamOptionsType0):
            stream_options = _v_stream_options.to_dict()
        else:
            stream_options = _v_stream_options

        _v_suffix = (
            self.suffix
            if self.suffix is not None or "suffix" in self._none_flips
            else UNSET
        )

        suffix: None | str | Unset
        if isinstance(_v_suffix, Unset):
            suffix = UNSET
        else:
            suffix = _v_suffix

        _v_temperature = (
            self.temperature
            if self.temperature is not None or "temperature" in self._none_flips
            else UNSET
        )

        temperature: float | None | Unset
        if isinstance(_v_temperature, Unset):
            temperature = UNSET
        else:
            temperature = _v_temperature

        _v_top_p = (
            self.top_p
            if self.top_p is not None or "top_p" in self._none_flips
            else UNSET
        )

        top_p: float | None | Unset
        if isinstance(_v_top_p, Unset):
            top_p = UNSET
        else:
            top_p = _v_top_p

        _v_user = (
            self.user if self.user is not None or "user" in self._none_flips else UNSET
        )

        user = _v_user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                k: v
                for k, v in {
                    "model": model,
                    "prompt": prompt,
                }.items()
                if v is not UNSET
            }
        )
        if best_of is not UNSET:
            field_dict["best_of"] = best_of
        if echo is not UNSET:
            field_dict["echo"] = echo
        if frequency_penalty is not UNSET:
            field_dict["frequency_penalty"] = frequency_penalty
        if logit_bias is not UNSET:
            field_dict["logit_bias"] = logit_bias
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs
        if max_tokens is not UNSET:
            field_dict["max_tokens"] = max_tokens
        if n is not UNSET:
            field_dict["n"] = n
        if presence_penalty is not UNSET:
            field_dict["presence_penalty"] = presence_penalty
        if seed is not UNSET:
            field_dict["seed"] = seed
        if stop is not UNSET:
            field_dict["stop"] = stop
        if stream is not UNSET:
            field_dict["stream"] = stream
        if stream_options is not UNSET:
            field_dict["stream_options"] = stream_options
        if suffix is not UNSET:
            field_dict["suffix"] = suffix
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if top_p is not UNSET:
            field_dict["top_p"] = top_p
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not _models_bound:
            _bind_models()
        d = dict(src_dict)
        _none_flips: tuple[str, ...] = ()
        _model_raw = d.pop("model", UNSET)
        if _model_raw is None or isinstance(_model_raw, Unset):
            raise KeyError("CreateCompletionRequest: required field model is missing")

        else:

            def _parse_model(data: object) -> CreateCompletionRequestModelType1 | str:

                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    model_type_1 = check_create_completion_request_model_type_1(data)

                    return model_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateCompletionRequestModelType1 | str, data)

            model = _parse_model(_model_raw)

        _prompt_raw = d.pop("prompt", UNSET)
        if _prompt_raw is None or isinstance(_prompt_raw, Unset):
            raise KeyError("CreateCompletionRequest: required field prompt is missing")

        else:

            def _parse_prompt(
                data: object,
            ) -> list[int] | list[list[int]] | list[str] | None | str:
                if data is None:
                    return data

                if not strict_parsing.get():
                    strictly = strict_parsing.set(True)
                    try:
                        return _parse_prompt(data)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    finally:
                        strict_parsing.reset(strictly)
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    prompt_type_1 = cast(list[str], data)

                    return prompt_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    prompt_type_2 = cast(list[int], data)

                    return prompt_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    prompt_type_3 = []
                    _prompt_type_3 = data
                    if not isinstance(_prompt_type_3, list):
                        raise TypeError()
                    for prompt_type_3_item_data in _prompt_type_3:
                        prompt_type_3_item = cast(list[int], prompt_type_3_item_data)

                        prompt_type_3.append(prompt_type_3_item)

                    return prompt_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(list[int] | list[list[int]] | list[str] | None | str, data)

            prompt = _parse_prompt(_prompt_raw)

        _best_of_raw = d.pop("best_of", UNSET)
        if _best_of_raw is None or isinstance(_best_of_raw, Unset):
            if _best_of_raw is None:
                _none_flips += ("best_of",)
            best_of = None

        else:

            def _parse_best_of(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            best_of = _parse_best_of(_best_of_raw)

        _echo_raw = d.pop("echo", UNSET)
        if _echo_raw is None or isinstance(_echo_raw, Unset):
            if _echo_raw is None:
                _none_flips += ("echo",)
            echo = None

        else:

            def _parse_echo(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(bool | None | Unset, data)

            echo = _parse_echo(_echo_raw)

        _frequency_penalty_raw = d.pop("frequency_penalty", UNSET)
        if _frequency_penalty_raw is None or isinstance(_frequency_penalty_raw, Unset):
            if _frequency_penalty_raw is None:
                _none_flips += ("frequency_penalty",)
            frequency_penalty = None

        else:

            def _parse_frequency_penalty(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(float | None | Unset, data)

            frequency_penalty = _parse_frequency_penalty(_frequency_penalty_raw)

        _logit_bias_raw = d.pop("logit_bias", UNSET)
        if _logit_bias_raw is None or isinstance(_logit_bias_raw, Unset):
            if _logit_bias_raw is None:
                _none_flips += ("logit_bias",)
            logit_bias = None

        else:

            def _parse_logit_bias(
                data: object,
            ) -> CreateCompletionRequestLogitBiasType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    logit_bias_type_0 = CreateCompletionRequestLogitBiasType0.from_dict(
                        data
                    )

                    return logit_bias_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(CreateCompletionRequestLogitBiasType0 | None | Unset, data)

            logit_bias = _parse_logit_bias(_logit_bias_raw)

        _logprobs_raw = d.pop("logprobs", UNSET)
        if _logprobs_raw is None or isinstance(_logprobs_raw, Unset):
            if _logprobs_raw is None:
                _none_flips += ("logprobs",)
            logprobs = None

        else:

            def _parse_logprobs(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            logprobs = _parse_logprobs(_logprobs_raw)

        _max_tokens_raw = d.pop("max_tokens", UNSET)
        if _max_tokens_raw is None or isinstance(_max_tokens_raw, Unset):
            if _max_tokens_raw is None:
                _none_flips += ("max_tokens",)
            max_tokens = None

        else:

            def _parse_max_tokens(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            max_tokens = _parse_max_tokens(_max_tokens_raw)

        _n_raw = d.pop("n", UNSET)
        if _n_raw is None or isinstance(_n_raw, Unset):
            if _n_raw is None:
                _none_flips += ("n",)
            n = None

        else:

            def _parse_n(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            n = _parse_n(_n_raw)

        _presence_penalty_raw = d.pop("presence_penalty", UNSET)
        if _presence_penalty_raw is None or isinstance(_presence_penalty_raw, Unset):
            if _presence_penalty_raw is None:
                _none_flips += ("presence_penalty",)
            presence_penalty = None

        else:

            def _parse_presence_penalty(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(float | None | Unset, data)

            presence_penalty = _parse_presence_penalty(_presence_penalty_raw)

        _seed_raw = d.pop("seed", UNSET)
        if _seed_raw is None or isinstance(_seed_raw, Unset):
            if _seed_raw is None:
                _none_flips += ("seed",)
            seed = None

        else:

            def _parse_seed(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(int | None | Unset, data)

            seed = _parse_seed(_seed_raw)

        _stop_raw = d.pop("stop", UNSET)
        if _stop_raw is None or isinstance(_stop_raw, Unset):
            if _stop_raw is None:
                _none_flips += ("stop",)
            stop = None

        else:

            def _parse_stop(data: object) -> list[str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_stop_configuration_type_1 = cast(list[str], data)

                    return componentsschemas_stop_configuration_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(list[str] | None | str | Unset, data)

            stop = _parse_stop(_stop_raw)

        _stream_raw = d.pop("stream", UNSET)
        if _stream_raw is None or isinstance(_stream_raw, Unset):
            if _stream_raw is None:
                _none_flips += ("stream",)
            stream = None

        else:

            def _parse_stream(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(bool | None | Unset, data)

            stream = _parse_stream(_stream_raw)

        _stream_options_raw = d.pop("stream_options", UNSET)
        if _stream_options_raw is None or isinstance(_stream_options_raw, Unset):
            if _stream_options_raw is None:
                _none_flips += ("stream_options",)
            stream_options = None

        else:

            def _parse_stream_options(
                data: object,
            ) -> ChatCompletionStreamOptionsType0 | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_chat_completion_stream_options_type_0 = (
                        ChatCompletionStreamOptionsType0.from_dict(data)
                    )

                    return componentsschemas_chat_completion_stream_options_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if strict_parsing.get():
                    raise TypeError()
                return cast(ChatCompletionStreamOptionsType0 | None | Unset, data)

            stream_options = _parse_stream_options(_stream_options_raw)

        _suffix_raw = d.pop("suffix", UNSET)
        if _suffix_raw is None or isinstance(_suffix_raw, Unset):
            if _suffix_raw is None:
                _none_flips += ("suffix",)
            suffix = None

        else:

            def _parse_suffix(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(None | str | Unset, data)

            suffix = _parse_suffix(_suffix_raw)

        _temperature_raw = d.pop("temperature", UNSET)
        if _temperature_raw is None or isinstance(_temperature_raw, Unset):
            if _temperature_raw is None:
                _none_flips += ("temperature",)
            temperature = None

        else:

            def _parse_temperature(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(float | None | Unset, data)

            temperature = _parse_temperature(_temperature_raw)

        _top_p_raw = d.pop("top_p", UNSET)
        if _top_p_raw is None or isinstance(_top_p_raw, Unset):
            if _top_p_raw is None:
                _none_flips += ("top_p",)
            top_p = None

        else:

            def _parse_top_p(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data

                return cast(float | None | Unset, data)

            top_p = _parse_top_p(_top_p_raw)

        user = d.pop("user", UNSET)
        if user is None and strict_parsing.get():
            raise TypeError("user")

        if user is None or user is UNSET:
            if user is None:
                _none_flips += ("user",)
            user = None

        create_completion_request = cls(
            model=model,
            prompt=prompt,
            best_of=best_of,
            echo=echo,
            frequency_penalty=frequency_penalty,
            logit_bias=logit_bias,
            logprobs=logprobs,
            max_tokens=max_tokens,
            n=n,
            presence_penalty=presence_penalty,
            seed=seed,
            stop=stop,
            stream=stream,
            stream_options=stream_options,
            suffix=suffix,
            temperature=temperature,
            top_p=top_p,
            user=user,
        )
        if _none_flips:
            create_completion_request._none_flips = _none_flips

        create_completion_request.additional_properties = d
        return create_completion_request

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
