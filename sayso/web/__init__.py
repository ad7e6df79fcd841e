"""The web faces of sayso: the JSON API and the server-rendered UI, in one FastAPI app."""
from .app import create_app

__all__ = ["create_app"]
