# helper submodule, only loaded on demand
b_value = "lazy b"
