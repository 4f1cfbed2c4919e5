# nested replacement fields inside the format spec
width = 8
prec = 3
val = 2.5
print(f"[{val:{width}.{prec}f}]")
print(f"[{'x':{'>'}{width}}]")
for w in range(3, 6):
    print(f"[{w:{w}}]")
fill = '-'
print(f"[{'mid':{fill}^{width}}]")
