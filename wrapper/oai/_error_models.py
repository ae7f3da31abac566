"""The error values `(status, response)` methods return for an error status.

They are the generated `ErrorResponse`, and for a 429 a subclass that also says how long the
server asked to wait. This module is imported when the first error arrives, so that
`import oai` does not import the generated models.
"""

from __future__ import annotations

import attrs
from oai_api.models.error_response import ErrorResponse


@attrs.define
class RateLimitResponse(ErrorResponse):
    """A 429's error, as `(status, response)` methods return it, with the wait it asked for.

    `retry_after` is in seconds (None when the server did not say). The client retries by
    itself only when the wait is at most its policy's `max_retry_after` (60 s); a 429 that
    asks for longer is returned at once, so the caller can decide.
    """

    retry_after: float | None = None


__all__ = ["ErrorResponse", "RateLimitResponse"]
