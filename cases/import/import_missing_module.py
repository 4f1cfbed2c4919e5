# importing a module that does not exist raises ImportError
try:
    import no_such_module_xyz
except ImportError:
    print("ImportError for import")
try:
    from no_such_module_xyz import thing
except ImportError:
    print("ImportError for from-import")
try:
    import no_such_pkg_xyz.sub
except ImportError:
    print("ImportError for dotted import")
print(isinstance(ImportError(), Exception))
