"""Fixed capacities of the encodings, shared by the reference and the JAX DSL.

They are read once, at import, from the environment (so that a whole process,
its traced shapes included, agrees on them). A value that would exceed a
capacity is *invalid* in both implementations, never truncated.
"""

import os


def _env_int(name: str, default: int) -> int:
  value = os.environ.get(name)
  return int(value) if value else default


# Grids are padded to SIDE x SIDE; every patch's bounding box must fit it too.
SIDE = 30
# Objects / IndicesSet hold at most this many elements.
MAX_OBJECTS = _env_int("BATT_MAX_OBJECTS", 48)
# IntegerSet / IntegerList hold at most this many elements.
MAX_INTS = _env_int("BATT_MAX_INTS", 64)
# GridTuple holds at most this many grids.
MAX_GRIDS = _env_int("BATT_MAX_GRIDS", 16)
# Integers stay within [-INT_LIMIT, INT_LIMIT]; outside is invalid (no int32 wrap).
INT_LIMIT = 1 << 20
NUM_COLORS = 10
