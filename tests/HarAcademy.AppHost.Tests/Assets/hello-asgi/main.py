"""A minimal ASGI app (no framework) for the uvicorn integration's tests: it reports the configuration it was given."""
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
        "cache": os.environ.get("ConnectionStrings__cache", ""),
        "service_name": os.environ.get("OTEL_SERVICE_NAME"),
        "otlp_protocol": os.environ.get("OTEL_EXPORTER_OTLP_PROTOCOL"),
    }).encode()
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body})
