"""Checking an untrusted image (a photo or scan of a table's paper) before it is kept or carried.

Only PNG and JPEG are accepted: what phones and scanners write, and what the minutes can print. The
magic bytes must name the type, the size must be within the cap, the header's dimensions must be sane,
and the whole image must decode (Pillow), so a file that only starts like an image is refused too.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from app.messages import MessageError, message

MAX_IMAGE_BYTES = 8 * 1024 * 1024  # a phone photo is 2-5 MiB; a 300 dpi A4 scan as JPEG about 1-3 MiB
MAX_PIXELS = 50_000_000  # 8,000 x 6,000 is a 48-megapixel photo; more is a decompression bomb
MEDIA_TYPES = {"png": "image/png", "jpg": "image/jpeg"}
_MAGIC = {b"\x89PNG\r\n\x1a\n": "png", b"\xff\xd8\xff": "jpg"}


class ImageRefused(MessageError):
    """The bytes are not an image Rundabord keeps; `why` says why."""


@dataclass(frozen=True)
class ImageInfo:
    extension: str  # png | jpg
    width: int
    height: int

    @property
    def media_type(self) -> str:
        return MEDIA_TYPES[self.extension]


def sniff(data: bytes) -> str | None:
    """png or jpg from the magic bytes alone, else None."""
    for magic, extension in _MAGIC.items():
        if data.startswith(magic):
            return extension
    return None


def check_image(data: bytes) -> ImageInfo:
    if len(data) > MAX_IMAGE_BYTES:
        raise ImageRefused(message("image-too-large", mib=MAX_IMAGE_BYTES // 2**20))
    extension = sniff(data)
    if extension is None:
        raise ImageRefused(message("image-not-image"))
    from PIL import Image  # only here: attachments are rare, start-up never needs Pillow

    expected = {"png": "PNG", "jpg": "JPEG"}[extension]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=[expected]) as image:
                width, height = image.size
                if width < 1 or height < 1 or width * height > MAX_PIXELS:
                    raise ImageRefused(message("image-pixels", width=width, height=height))
                image.load()  # decodes every pixel: a cut-off or corrupted image fails here
    except ImageRefused:
        raise
    except (
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
    ) as exc:
        raise ImageRefused(message("image-undecodable", kind=expected, error=type(exc).__name__)) from None
    return ImageInfo(extension, width, height)
