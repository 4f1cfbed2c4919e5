# nested dictionaries
cfg = {"db": {"host": "localhost", "port": 5432}, "debug": False}
print(cfg["db"]["port"])
cfg["db"]["port"] += 1
cfg.setdefault("cache", {})["size"] = 10
print(cfg)
print(cfg.get("missing", {}).get("x", "deep default"))
copy = dict(cfg)
copy["db"]["host"] = "remote"
print(cfg["db"]["host"])
print(len(cfg), sorted(cfg))
