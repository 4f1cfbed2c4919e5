# program: word frequency count
text = """the quick brown fox jumps over the lazy dog
the dog barks and the fox runs
a quick end"""
counts = {}
for line in text.split("\n"):
    for word in line.split():
        counts[word] = counts.get(word, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:5]:
    print("%-6s %d" % (word, n))
print(len(counts), sum(counts.values()))
print(sorted(w for w, n in counts.items() if n == 1)[:4])
