# program: recursive serializer for nested data
def dump(obj, indent=0):
    pad = "  " * indent
    if isinstance(obj, dict):
        lines = [pad + "{"]
        for k, v in obj.items():
            lines.append(pad + "  " + repr(k) + ":")
            lines.append(dump(v, indent + 2))
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(obj, (list, tuple)):
        open_, close = ("[", "]") if isinstance(obj, list) else ("(", ")")
        return pad + open_ + ", ".join(dump(x).strip() for x in obj) + close
    if isinstance(obj, bool):
        return pad + ("yes" if obj else "no")
    return pad + repr(obj)
print(dump({"name": "cfg", "values": [1, 2, (3, 4)], "nested": {"on": True, "off": None}}))
