# helper submodule, only loaded on demand
a_value = "lazy a"
