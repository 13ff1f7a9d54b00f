"""One tutor turn: who may ask (enrolled in the course, checked with the courses service), the user's budget, the
conversation, retrieval, then the answer, local (extractive, app/nlp/extractive.py) or from the configured language
model, streamed either way. Both modes refuse the same questions: when the course's lessons hold no evidence for the
question, no model is asked to improvise."""

from __future__ import annotations

import asyncio
import logging
import re
import uuid
from dataclasses import dataclass, field
from typing import AsyncIterator

from app.clients.courses import CoursesClient
from app.clients.llm import ChatModel, LlmUnavailable
from app.core.problems import Problem
from app.core.rate_limit import RateLimiter
from app.core.security import CurrentUser
from app.nlp.extractive import Citation, ExtractiveAnswer, Passage, compose_answer, shorten
from app.nlp.text import analyze, detect_language
from app.tutor.conversations import Conversations
from app.tutor.prompt import NOT_IN_COURSE, build_messages, cited_numbers
from app.tutor.retrieval import Retriever

logger = logging.getLogger("app.tutor")
LOCAL, LLM = "local", "llm"
PASSAGES = 5


@dataclass
class Turn:
    """What a question resolves to before any answer is written."""
    user: CurrentUser
    course_id: uuid.UUID
    course_title: str
    conversation_id: uuid.UUID
    question: str
    language: str
    passages: list[Passage]
    evidence: ExtractiveAnswer
    history: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class Reply:
    conversation_id: uuid.UUID
    answer: str
    citations: list[Citation]
    answered_from_course: bool
    mode: str


class Tutor:
    def __init__(self, courses: CoursesClient, retriever: Retriever, conversations: Conversations, limiter: RateLimiter,
                 chat_model: ChatModel | None) -> None:
        self._courses = courses
        self._retriever = retriever
        self._conversations = conversations
        self._limiter = limiter
        self._chat_model = chat_model

    @property
    def mode(self) -> str:
        return LLM if self._chat_model is not None else LOCAL

    async def begin(self, user: CurrentUser, course_id: uuid.UUID, question: str, conversation_id: uuid.UUID | None,
                    language: str | None) -> Turn:
        if not await self._courses.may_use_tutor(course_id, user):
            raise Problem(403, "The tutor answers about courses you are enrolled in.", "Forbidden")
        retry_after = await self._limiter.try_acquire(str(user.id))
        if retry_after is not None:
            raise Problem(429, f"Too many questions: try again in {retry_after} s.", "Too Many Requests",
                          headers={"Retry-After": str(retry_after)})
        conversation = await self._conversations.open(user.id, course_id, conversation_id)
        if conversation is None:
            raise Problem(404, "No such conversation on this course.", "Not Found", {"conversation_id": ["is not one of yours on this course"]})
        history = await self._conversations.history(conversation)
        language = language or detect_language(question)
        passages = await self._retriever.search(course_id, self._retrieval_query(question, history), PASSAGES)
        evidence = await asyncio.to_thread(compose_answer, question, passages, language,  # CPU work, off the event loop
                                           await self._retriever.course_words(course_id))
        return Turn(user, course_id, await self._retriever.course_title(course_id), conversation, question, language, passages,
                    evidence, history)

    async def stream(self, turn: Turn) -> AsyncIterator[str | Reply]:
        """The answer's pieces as they are written, then the whole reply (after it is recorded)."""
        if self._chat_model is None or not turn.evidence.answered:
            # Local mode, or nothing in the course to answer from: the extractive answer (or the refusal), word by word.
            for piece in re.findall(r"\S+\s*", turn.evidence.answer):
                yield piece
            reply = Reply(turn.conversation_id, turn.evidence.answer, turn.evidence.citations, turn.evidence.answered,
                          LOCAL if self._chat_model is None else LLM)
        else:
            reply = None
            async for item in self._stream_from_model(turn, self._chat_model):
                if isinstance(item, Reply):
                    reply = item
                else:
                    yield item
            assert reply is not None
        await self._conversations.record(turn.conversation_id, turn.question, reply.answer, reply.citations,
                                         reply.answered_from_course, reply.mode)
        yield reply

    async def _stream_from_model(self, turn: Turn, model: ChatModel) -> AsyncIterator[str | Reply]:
        messages = build_messages(turn.course_title, turn.question, turn.passages, turn.history, turn.language)
        written = ""
        held = ""  # the start of the answer, held back until it cannot be the refusal sentinel
        try:
            async for piece in model.stream(messages):
                written += piece
                if len(written) < len(NOT_IN_COURSE) and NOT_IN_COURSE.startswith(written.strip()):
                    held = written
                    continue
                if written.strip().startswith(NOT_IN_COURSE):
                    break
                yield held + piece if held else piece
                held = ""
        except LlmUnavailable as error:
            # The model endpoint failed mid-way: the learner still gets the course's own words, labelled local.
            logger.warning("The chat model failed (%s); answering locally", error)
            if not written or written.strip().startswith(NOT_IN_COURSE[: len(written.strip())]):
                for piece in re.findall(r"\S+\s*", turn.evidence.answer):
                    yield piece
                yield Reply(turn.conversation_id, turn.evidence.answer, turn.evidence.citations, turn.evidence.answered, LOCAL)
                return
        if written.strip().startswith(NOT_IN_COURSE):
            refusal = compose_answer("", [], turn.language)
            for piece in re.findall(r"\S+\s*", refusal.answer):
                yield piece
            yield Reply(turn.conversation_id, refusal.answer, [], False, LLM)
            return
        numbers = cited_numbers(written, len(turn.passages)) or list(range(1, min(2, len(turn.passages)) + 1))
        citations = _citations([turn.passages[number - 1] for number in numbers])
        yield Reply(turn.conversation_id, written.strip(), citations, True, LLM)

    @staticmethod
    def _retrieval_query(question: str, history: list[dict]) -> str:
        # "Et pour les colonnes ?" names no topic: lean on the learner's previous question.
        if len(analyze(question)) < 2:
            previous = next((item["content"] for item in reversed(history) if item["role"] == "user"), "")
            return f"{previous} {question}".strip()
        return question


def _citations(passages: list[Passage]) -> list[Citation]:
    citations: dict[str, Citation] = {}
    for passage in passages:
        if passage.lesson_id not in citations:
            citations[passage.lesson_id] = Citation(passage.lesson_id, passage.lesson_title, shorten(passage.text))
    return list(citations.values())
