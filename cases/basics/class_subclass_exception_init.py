# exception subclass with extra state passed through super().__init__
class HTTPError(Exception):
    def __init__(self, code, reason="unknown"):
        super().__init__(code, reason)
        self.code = code
        self.reason = reason
try:
    raise HTTPError(404, "not found")
except HTTPError as e:
    print(e.code, e.reason, e.args)
try:
    raise HTTPError(500)
except Exception as e:
    print(type(e).__name__, e.args)
