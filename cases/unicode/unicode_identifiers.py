été = 1
π = 3.14
中文 = 'zh'
def für(x):
    return x * 2
class Ünïcode:
    ñ = 'enye'
print(été, π, 中文, für(2), Ünïcode.ñ, Ünïcode.__name__)
print('café'.isidentifier(), '1a'.isidentifier(), '_é'.isidentifier(), 'a-b'.isidentifier())
d = {'ключ': 'значение'}
print(d['ключ'], len('ключ'), 'ключ'.upper())
