# retry loop with exceptions, else and finally
attempts = []
def flaky(n):
    attempts.append(n)
    if n < 2:
        raise OSError("fail %d" % n)
    return "ok on %d" % n
for i in range(5):
    try:
        result = flaky(i)
    except OSError as e:
        print("error:", e)
        continue
    else:
        print("success:", result)
        break
    finally:
        print("attempt", i, "done")
print(attempts)
