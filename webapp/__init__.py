"""The review screen: a Telegram Mini App served by the bot's own tornado server.

Server-rendered pages (tornado templates, autoescaped) with one small script and one style
sheet shipped in the package (webapp/static/), nothing fetched from elsewhere. Sits beside
handlers/: it uses services, exports, storage and prompts, never handlers or bot (the layers
contract in pyproject.toml). bot/ mounts `routes(...)` on the webhook's server.
"""

from webapp.server import WebAppContext, routes, settings_for

__all__ = ["WebAppContext", "routes", "settings_for"]
