# helper submodule listed in the package's __all__
sub_attr = "star_sub attr"
