# upper, lower, capitalize, title, swapcase, is* predicates
s = "Hello World 42"
print(s.upper(), s.lower())
print("hello world".capitalize(), "hello world".title())
print(s.swapcase())
print("abc".isalpha(), "ab1".isalpha(), "123".isdigit(), "12a".isdigit())
print("   ".isspace(), "".isspace(), "ABC".isupper(), "abc".islower(), "aBc".islower())
print("abc1".isalnum(), "ab c".isalnum())
