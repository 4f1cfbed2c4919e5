# program: a coroutine-style state machine with send()
def parser():
    state = "idle"
    out = []
    while True:
        ch = yield state
        if ch is None:
            break
        if state == "idle" and ch == "<":
            state = "tag"
            cur = ""
        elif state == "tag":
            if ch == ">":
                out.append(cur)
                state = "idle"
            else:
                cur += ch
    yield out
p = parser()
next(p)
states = []
for ch in "a<b>c<div>d":
    states.append(p.send(ch))
print(states)
print(p.send(None))
