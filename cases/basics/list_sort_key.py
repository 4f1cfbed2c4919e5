# list.sort with key functions
words = ["pear", "fig", "banana", "kiwi"]
words.sort(key=len)
print(words)
words.sort(key=lambda w: w[::-1])
print(words)
nums = [-4, 1, -2, 3]
nums.sort(key=abs, reverse=True)
print(nums)
recs = [{"n": "b", "v": 2}, {"n": "a", "v": 3}]
recs.sort(key=lambda r: r["n"])
print([r["v"] for r in recs])
print(nums.sort())
