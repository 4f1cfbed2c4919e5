# program: event dispatch with decorator registration
handlers = {}
def on(event):
    def register(fn):
        handlers.setdefault(event, []).append(fn)
        return fn
    return register
@on("start")
def log_start(data):
    return "log: start " + str(data)
@on("start")
def count_start(data):
    return "count: " + str(len(data))
@on("stop")
def log_stop(data):
    return "log: stop"
def emit(event, data=()):
    return [h(data) for h in handlers.get(event, [])]
print(emit("start", [1, 2]))
print(emit("stop"))
print(emit("unknown"))
print(sorted(handlers), [len(v) for v in handlers.values()])
