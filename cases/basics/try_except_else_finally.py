# every combination of except/else/finally
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise RuntimeError
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(run(False))
print(run(True))
def run2(fail):
    try:
        if fail:
            raise RuntimeError
    finally:
        print("finally only")
run2(False)
try:
    run2(True)
except RuntimeError:
    print("propagated")
try:
    pass
except Exception:
    print("no")
else:
    print("else without finally")
