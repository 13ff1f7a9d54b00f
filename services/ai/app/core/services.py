"""Everything the routes and background work share, built once in the app's lifespan and closed on shutdown: the
database pool, Redis, HTTP clients to the courses service, Chroma and the language model (each traced, so calls show
in the request's trace: statements, commands and HTTP calls alike), and the features built on them."""

from __future__ import annotations

import asyncio
import logging
import os
import socket
from dataclasses import dataclass
from typing import Awaitable

import httpx
from psycopg_pool import AsyncConnectionPool
from redis.asyncio import Redis

from app.analytics.service import LearnerAnalytics
from app.clients.chroma import ChromaClient
from app.clients.courses import CoursesClient
from app.clients.llm import ChatModel, RemoteEmbedder
from app.core import db
from app.core.config import Settings
from app.core.rate_limit import RateLimiter
from app.core.security import TokenValidator
from app.core.telemetry import Telemetry, TracingTransport, traced_cursor_class, traced_redis_class
from app.events import learning
from app.events.consumer import EventConsumer
from app.indexing.bootstrap import ContentBootstrap
from app.indexing.course_indexer import CourseIndexer
from app.indexing.embedding_models import EmbeddingModels
from app.indexing.remote_vectors import RemoteVectors
from app.quizzes.drafts import QuizDrafts
from app.recommendations.recommender import Recommender
from app.tutor.conversations import Conversations
from app.tutor.retrieval import Retriever
from app.tutor.tutor import Tutor

logger = logging.getLogger("app.services")


def _client(base_url: str, telemetry: Telemetry, timeout: float = 10) -> httpx.AsyncClient:
    return httpx.AsyncClient(base_url=base_url, timeout=timeout, transport=TracingTransport(httpx.AsyncHTTPTransport(), telemetry.tracer))


@dataclass
class Services:
    settings: Settings
    telemetry: Telemetry
    pool: AsyncConnectionPool
    redis: Redis
    http_clients: list[httpx.AsyncClient]
    chroma: ChromaClient
    courses: CoursesClient
    tokens: TokenValidator
    models: EmbeddingModels
    indexer: CourseIndexer
    consumer: EventConsumer
    bootstrap: ContentBootstrap
    tutor: Tutor
    conversations: Conversations
    recommender: Recommender
    quiz_drafts: QuizDrafts
    analytics: LearnerAnalytics
    remote_vectors: RemoteVectors | None  # with an embeddings endpoint configured
    background: list[asyncio.Task]

    @classmethod
    async def start(cls, settings: Settings, telemetry: Telemetry, run_background: bool = True) -> "Services":
        pool = db.create_pool(settings.postgres_conninfo, traced_cursor_class(telemetry.tracer, settings.postgres_conninfo))
        await pool.open(wait=True, timeout=30)
        await db.migrate(pool)
        redis = traced_redis_class(telemetry.tracer).from_url(settings.redis_url)
        courses_http = _client(settings.courses_url, telemetry)
        chroma_http = _client(settings.chroma, telemetry, timeout=30)
        auth_http = _client(settings.auth_url, telemetry)
        clients = [courses_http, chroma_http, auth_http]
        chroma = ChromaClient(chroma_http)
        chat_model, remote_embedder = None, None
        if settings.llm_configured or settings.embeddings_configured:
            llm_http = _client(settings.llm_base_url, telemetry, timeout=60)
            clients.append(llm_http)
            if settings.llm_configured:
                chat_model = ChatModel(llm_http, settings.llm_base_url, settings.llm_api_key, settings.llm_chat_model)
            if settings.embeddings_configured:
                remote_embedder = RemoteEmbedder(llm_http, settings.llm_base_url, settings.llm_api_key, settings.llm_embedding_model)
        courses = CoursesClient(courses_http)
        models = EmbeddingModels(chroma)
        indexer = CourseIndexer(models)
        conversations = Conversations(pool)
        consumer = EventConsumer(redis, pool, telemetry.tracer, {
            "CourseUpdated": indexer.on_course_updated,
            "CourseEnrolled": learning.on_course_enrolled,
            "EnrollmentEnded": learning.on_enrollment_ended,
            "LessonCompleted": learning.on_lesson_completed,
            "CourseCompleted": learning.on_course_completed,
            "QuizAttempted": learning.on_quiz_attempted,
            "UserRegistered": learning.on_user_named,
            "UserUpdated": learning.on_user_named,
            "UserDeleted": learning.on_user_deleted,
        }, consumer_name=f"{socket.gethostname()}-{os.getpid()}")
        remote = RemoteVectors(pool, chroma, remote_embedder, woken_by=consumer.handled) if remote_embedder else None
        tutor = Tutor(courses, Retriever(pool, models, remote), conversations,
                      RateLimiter(redis, "har:ai:chat", settings.chat_messages_per_minute), chat_model)
        bootstrap = ContentBootstrap(pool, courses_http, auth_http, settings.content_sync_key)
        services = cls(settings, telemetry, pool, redis, clients, chroma, courses,
                       TokenValidator(f"{settings.auth_url.rstrip('/')}/api/v1/auth/.well-known/jwks.json",
                                      settings.token_issuer, settings.token_audience, auth_http, redis),
                       models, indexer, consumer, bootstrap, tutor, conversations, Recommender(pool),
                       QuizDrafts(pool, courses), LearnerAnalytics(pool, courses), remote, [])
        if run_background:
            services.background = [asyncio.create_task(consumer.run(), name="event-consumer"),
                                   asyncio.create_task(bootstrap.run_once_when_empty(), name="content-bootstrap")]
            if remote is not None:
                services.background.append(asyncio.create_task(remote.run(), name="remote-embeddings"))
        return services

    async def stop(self, timeout_s: float = 10) -> None:
        """Stops background work and closes connections, each step within `timeout_s`: a stuck step (a socket that never
        closes, a task that ignores its cancellation) is logged by name and left behind, so the process still exits."""
        self.consumer.stop()
        if self.remote_vectors is not None:
            self.remote_vectors.stop()
        if self.background:
            await asyncio.wait(self.background, timeout=self.consumer.stop_within_s)
        for task in self.background:
            task.cancel()
        await close_within("background tasks", asyncio.gather(*self.background, return_exceptions=True), timeout_s)
        for client in self.http_clients:
            await close_within(f"HTTP client {client.base_url}", client.aclose(), timeout_s)
        await close_within("Redis", self.redis.close(), timeout_s)
        await close_within("PostgreSQL pool", self.pool.close(timeout=timeout_s), timeout_s + 1)


async def close_within(what: str, closing: Awaitable[object], timeout_s: float) -> None:
    # asyncio.wait rather than wait_for: wait_for waits for a timed-out step's cancellation to finish, which a step stuck
    # in its own cleanup never does.
    step = asyncio.ensure_future(closing)
    await asyncio.wait({step}, timeout=timeout_s)
    if not step.done():
        step.cancel()
        logger.warning("Shutdown: %s did not close within %.0f s; left behind", what, timeout_s)
    elif not step.cancelled() and step.exception() is not None:  # closing is best effort: the next step must still run
        logger.warning("Shutdown: closing %s failed", what, exc_info=step.exception())
