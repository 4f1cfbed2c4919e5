# loads of literals and numbers.
import json

for s in ("null", "true", "false", "0", "-0", "42", "-17", "123456789012345678901234567890",
          "1.5", "-0.0", "1e5", "1E+2", "2.5e-3", "-1.25E2", "1e400", "-1e400", "0.1"):
    v = json.loads(s)
    print(s, repr(v), type(v).__name__)
# NaN and the infinities are accepted, as CPython does.
print(json.loads("NaN") != json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))
print(json.loads("  7  "), json.loads("\n\t[ 1 ]\r\n"))
