# translating exceptions while keeping the original as cause
class ConfigError(Exception):
    pass
def load(d, key):
    try:
        return d[key]
    except KeyError as e:
        raise ConfigError("missing " + key) from e
try:
    load({}, "port")
except ConfigError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__)
print(load({"port": 80}, "port"))
