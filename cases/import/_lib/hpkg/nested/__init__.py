# helper nested package
nested_attr = "nested init"
