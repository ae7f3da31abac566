"""Which transport holds a client's connections when the caller chose none.

The two clients differ here and only here: `AsyncOpenAI` uses our constant-time pool
(`_async_pool`, loaded on first use) unless a proxy is configured; `OpenAI` uses httpx's own.
Both honour the proxy the environment names, as httpx does for the transports it builds itself.
"""

from __future__ import annotations

import urllib.request

import httpx

__all__ = ["async_own_transport", "env_proxy", "own_transport"]


def env_proxy(base_url: str) -> str | None:
    """The proxy the environment (`HTTPS_PROXY`, `ALL_PROXY`, ...) names for `base_url`, if any.

    httpx honours these itself only for clients it builds its own transport for; ours is built
    here, so this keeps the same behaviour, `NO_PROXY` included.
    """
    url = httpx.URL(base_url)
    proxies = urllib.request.getproxies()
    proxy = proxies.get(url.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(url.host):
        return None
    return proxy


def own_transport(base_url: str) -> httpx.BaseTransport:
    return httpx.HTTPTransport(proxy=env_proxy(base_url))


def async_own_transport(base_url: str) -> httpx.AsyncBaseTransport:
    proxy = env_proxy(base_url)
    if proxy is not None:
        return httpx.AsyncHTTPTransport(proxy=proxy)
    from ._async_pool import AsyncPoolTransport

    return AsyncPoolTransport()
