"""recruitwatch: turn news reports on military recruitment into a sourced evidence base."""

from recruitwatch.model import Document, RawRecord
from recruitwatch.options import Options

__all__ = ["Document", "Options", "RawRecord", "__version__"]
__version__ = "0.1.0"
