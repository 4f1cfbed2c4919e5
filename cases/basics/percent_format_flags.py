for fmt in ('%5d', '%-5d', '%05d', '%+5d', '% 5d', '%+05d', '%-+5d', '%.3d', '%8.3d', '%-8.3f', '%+.2e', '%#.0f', '%#g', '%10.4s', '%-10s|', '%.0s|'):
    v = 'hello' if 's' in fmt else 42
    print(repr(fmt), repr(fmt % v))
