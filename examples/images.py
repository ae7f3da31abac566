"""Images: generate one from a prompt and save it as a PNG file."""

import base64
import os
import tempfile
from pathlib import Path

import oai

client = oai.new(os.getenv("OPENAI_API_KEY"))
status, response = client.image_generation(
    "A watercolour lighthouse on a cliff at dawn",
    {"model": "gpt-image-1", "size": "1024x1024", "quality": "low"},
)
if status != 200:
    raise SystemExit(f"request failed: {status} {response}")

png = base64.b64decode(response.data[0].b64_json)
path = Path(tempfile.gettempdir()) / "oai-example-lighthouse.png"
path.write_bytes(png)
is_png = png.startswith(b"\x89PNG\r\n\x1a\n")
print(f"got {len(response.data)} image; is it a PNG? {is_png}")
print(f"saved {len(png)} bytes to {path.name} in the temporary folder")
