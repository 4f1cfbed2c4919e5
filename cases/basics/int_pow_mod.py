print(pow(3, 4, 5), pow(2, 100, 97), pow(-3, 3, 7), pow(3, 3, -7))
print(pow(2, 10**20, 10**9 + 7))
print(pow(7, -1, 13), pow(3, -2, 11))
print(pow(12345678901234567890, 98765, 1000000007))
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 4)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
