"""`python -m oai`: the `oai` command, for when the script is not on PATH."""

import sys

from ._cli import main

__all__: list[str] = []

if __name__ == "__main__":
    sys.exit(main())
