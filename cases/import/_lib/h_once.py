# helper: prints when its body runs, so cases can see it runs once
print("h_once body executing")
loads = 1
