# user-defined exception hierarchy
class AppError(Exception):
    pass
class DBError(AppError):
    pass
class ConnError(DBError):
    def __init__(self, host):
        super().__init__("cannot connect to " + host)
        self.host = host
for exc in (AppError("app"), DBError("db"), ConnError("h1")):
    try:
        raise exc
    except ConnError as e:
        print("ConnError", e, e.host)
    except DBError as e:
        print("DBError", e)
    except AppError as e:
        print("AppError", e)
print(issubclass(ConnError, AppError), issubclass(AppError, DBError))
print([c.__name__ for c in (ConnError, DBError, AppError) if issubclass(c, Exception)])
