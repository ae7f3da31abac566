"""`application/sdp` bodies (`POST /realtime/calls`) are sent as bytes, and answered as text.

The generator knows no `application/sdp` ("Unsupported content type") and drops the body and
the response. The body schema becomes `format: binary` (a `File`), and `generator.yaml` maps the
content type to `application/octet-stream` for parsing (`content_type_overrides`), while the
Content-Type sent stays `application/sdp`. The SDP answer is declared `text/plain`, so that it
comes back as `str`. Nothing is loosened.
"""

from __future__ import annotations

from ..shared import Pass, Spec, operations

__all__ = ["PASSES", "sdp_bodies"]


def sdp_bodies(spec: Spec) -> None:
    """Make `application/sdp` bodies binary, and read SDP answers as text."""
    for _, _, operation in operations(spec):
        body = operation.get("requestBody") or {}
        media = (body.get("content") or {}).get("application/sdp")
        if media is not None:
            media["schema"] = {**media.get("schema", {}), "type": "string", "format": "binary"}
        for response in (operation.get("responses") or {}).values():
            content = response.get("content") or {}
            if "application/sdp" in content:
                content["text/plain"] = content.pop("application/sdp")


PASSES: tuple[Pass, ...] = (sdp_bodies,)
