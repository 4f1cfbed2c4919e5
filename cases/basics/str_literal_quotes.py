# string literals with different quotes
print('single')
print("double")
print('it\'s', "say \"hi\"")
print("it's", 'say "hi"')
print('''triple single''')
print("""triple double""")
print('''has 'quotes' and "dq"''')
print("" == '', len(''))
