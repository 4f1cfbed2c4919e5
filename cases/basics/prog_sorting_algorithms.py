# program: quicksort, mergesort and insertion sort
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, rest = xs[0], xs[1:]
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
def mergesort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = mergesort(xs[:mid]), mergesort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
def insertion(xs):
    xs = list(xs)
    for i in range(1, len(xs)):
        k = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > k:
            xs[j + 1] = xs[j]
            j -= 1
        xs[j + 1] = k
    return xs
data = [(i * 7919) % 101 for i in range(30)]
print(data)
print(quicksort(data))
print(mergesort(data) == quicksort(data) == insertion(data) == sorted(data))
