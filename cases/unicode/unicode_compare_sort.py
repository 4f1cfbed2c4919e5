words = ['\u00e9clair', 'eclair', 'Eclair', '\u00c9clair', 'zebra', '\u4e2d', '\U0001f600', 'a']
print(sorted(words), max(words), min(words), '\u00e9' > 'e', '\uffff' < '\U00010000')
