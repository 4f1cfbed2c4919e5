# helper leaf module
leaf_value = "leaf"
name = __name__
