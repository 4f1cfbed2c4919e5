# random() values spread over [0, 1): each tenth of the interval gets
# some of 2000 draws.
try:
    import urandom as random
except ImportError:
    import random

random.seed(8)
bins = [0] * 10
for _ in range(2000):
    bins[int(random.random() * 10)] += 1
print(all(100 < b < 300 for b in bins), sum(bins))
