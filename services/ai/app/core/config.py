"""Settings from the environment, in Aspire's configuration contract (REFERENCE.md): the AppHost hands the service its
connection strings (`ConnectionStrings__aidb`, `__redis`, `__chroma`) and the courses and auth services' addresses
(`services__courses__http__0`), exactly as it does for the C# services. Read once at start-up."""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import quote

from pydantic import BaseSettings, Field


class Settings(BaseSettings):
    """Every setting the AI service reads; names are the environment variables'."""

    database: str = Field("", env="ConnectionStrings__aidb")
    redis: str = Field("", env="ConnectionStrings__redis")
    chroma: str = Field("", env="ConnectionStrings__chroma")
    courses_url: str = Field("", env="services__courses__http__0")
    auth_url: str = Field("", env="services__auth__http__0")

    # Access tokens, as every Har service checks them (HarAcademy.ServiceDefaults' AccessTokenValidation).
    token_issuer: str = Field("har-academy-auth", env="Auth__Issuer")
    token_audience: str = Field("har-academy-api", env="Auth__Audience")

    # The operator's key for /internal/* (the dashboard's "Re-index course content" command sends it), and the key the
    # courses service asks for before it re-announces its published content.
    operator_key: str = Field("", env="Ai__OperatorKey")
    content_sync_key: str = Field("", env="Ai__ContentSyncKey")

    # An OpenAI-compatible endpoint (OpenAI, Azure OpenAI, Ollama, vLLM). Without a chat model the tutor answers in local
    # mode (extractive answers), labelled so in every response; without an embedding model, retrieval uses the local
    # TF-IDF/LSA vectors only (it falls back to them anyway whenever the endpoint's are missing or it fails).
    llm_base_url: str = Field("", env="Ai__Llm__BaseUrl")
    llm_api_key: str = Field("", env="Ai__Llm__ApiKey")
    llm_chat_model: str = Field("", env="Ai__Llm__ChatModel")
    llm_embedding_model: str = Field("", env="Ai__Llm__EmbeddingModel")

    # Tutor messages per user per minute (the tutor's answers are the costly requests).
    chat_messages_per_minute: int = Field(20, env="Ai__Chat__MessagesPerMinute")

    environment: str = Field("Production", env="ASPNETCORE_ENVIRONMENT")

    class Config:
        case_sensitive = False

    @property
    def llm_configured(self) -> bool:
        return bool(self.llm_base_url and self.llm_chat_model)

    @property
    def embeddings_configured(self) -> bool:
        return bool(self.llm_base_url and self.llm_embedding_model)

    @property
    def postgres_conninfo(self) -> str:
        return npgsql_to_libpq(self.database)

    @property
    def redis_url(self) -> str:
        return stackexchange_to_redis_url(self.redis)


@lru_cache
def get_settings() -> Settings:
    return Settings()


_NPGSQL_KEYS = {"host": "host", "server": "host", "port": "port", "username": "user", "user id": "user",
                "userid": "user", "user": "user", "password": "password", "database": "dbname"}


def npgsql_to_libpq(connection_string: str) -> str:
    """`Host=h;Port=p;Username=u;Password=x;Database=d` (what Aspire gives .NET's Npgsql) → a libpq key/value string."""
    parts: list[str] = []
    for item in connection_string.split(";"):
        if "=" not in item:
            continue
        key, value = item.split("=", 1)
        name = _NPGSQL_KEYS.get(key.strip().lower())
        if name:
            escaped = value.strip().replace("\\", "\\\\").replace("'", "\\'")
            parts.append(f"{name}='{escaped}'")
    return " ".join(parts)


def stackexchange_to_redis_url(connection_string: str) -> str:
    """`host:port,password=x` (StackExchange.Redis' format, what Aspire gives) → `redis://:x@host:port/0`."""
    endpoint, *options = [part.strip() for part in connection_string.split(",") if part.strip()]
    password = next((option.split("=", 1)[1] for option in options if option.lower().startswith("password=")), "")
    credentials = f":{quote(password, safe='')}@" if password else ""
    return f"redis://{credentials}{endpoint}/0"
