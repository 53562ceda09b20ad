"""Named constants that programs may use as arguments (mutation swaps them within a type)."""

from batt_jax.dsl.registry import constant

constant("F", "Boolean", False)
constant("T", "Boolean", True)

# The names of the integers 0..10 (colours among them), in order.
INTEGER_NAMES = ("ZERO", "ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE",
                 "TEN")

for _value, _name in enumerate(INTEGER_NAMES):
  constant(_name, "Integer", _value)
constant("NEG_ONE", "Integer", -1)
constant("NEG_TWO", "Integer", -2)

for _name, _value in (
    ("ORIGIN", (0, 0)), ("UNITY", (1, 1)), ("NEG_UNITY", (-1, -1)),
    ("DOWN", (1, 0)), ("RIGHT", (0, 1)), ("UP", (-1, 0)), ("LEFT", (0, -1)),
    ("UP_RIGHT", (-1, 1)), ("DOWN_LEFT", (1, -1)), ("TWO_BY_TWO", (2, 2)),
    ("THREE_BY_THREE", (3, 3)), ("ZERO_BY_TWO", (0, 2)), ("TWO_BY_ZERO", (2, 0)),
    ("NEG_TWO_BY_ZERO", (-2, 0)), ("ZERO_BY_NEG_TWO", (0, -2))):
  constant(_name, "Point", _value)
