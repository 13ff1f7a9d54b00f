"""A minimal ASGI app (no framework) for the engine's Python resource test: it reports the configuration it was given."""
import json
import os


async def app(scope, receive, send):
    if scope["type"] == "lifespan":
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
    body = json.dumps({
        "path": scope["path"],
        "port": os.environ.get("PORT"),
        "redis": os.environ.get("ConnectionStrings__redis", ""),
        "service_name": os.environ.get("OTEL_SERVICE_NAME"),
    }).encode()
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body})
