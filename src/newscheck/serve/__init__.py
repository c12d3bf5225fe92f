"""``newscheck serve``: an HTTP service for CMS webhooks (the ``serve`` extra).

Starlette on uvicorn, imported from `newscheck.serve.app` (``create_app``) so that the CLI
loads them only for ``serve``. Bodies are size-capped, checks are time-capped, each worker thread
owns its engine (grammar backends are not thread-safe), and article text is never logged.
"""
