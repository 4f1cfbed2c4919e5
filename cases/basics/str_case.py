print('Hello World'.lower(), 'Hello World'.upper(), 'Hello World'.swapcase(), 'hello world'.capitalize(), 'HELLO wORLD'.capitalize())
print('hello world'.title(), "they're bill's".title(), 'a1b2c3'.title(), 'ABC def'.title(), ''.upper(), '123'.lower())
