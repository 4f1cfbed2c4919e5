import sys
print(sys.float_info.max if hasattr(sys, 'float_info') else 1.7976931348623157e308)
print(5e-324 / 2, 5e-324 * 0.6, 2.2250738585072014e-308)
print(1.7976931348623157e308 * 1.0000000000000002)
