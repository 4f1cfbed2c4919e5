# helper package that does not import its submodules
init_value = 1
