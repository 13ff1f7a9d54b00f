"""Learner performance analysis shapes (every figure derived from the courses service's events; see app/analytics)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Literal, Optional

from pydantic import BaseModel


class LessonRef(BaseModel):
    lesson_id: uuid.UUID
    lesson_title: str


class Topic(BaseModel):
    lesson_id: uuid.UUID
    lesson_title: str
    best_score: float
    attempts: int


class WeakTopic(Topic):
    lessons_to_revisit: list[LessonRef]


class WeekActivity(BaseModel):
    week_start: date
    lessons_completed: int
    quiz_attempts: int


class CourseAnalysis(BaseModel):
    course_id: uuid.UUID
    title: str
    total_lessons: int
    completed_lessons: int
    progress_percentage: float
    enrolled_at: datetime
    completed_at: Optional[datetime]
    last_activity_at: datetime
    lessons_per_week: float
    estimated_completion: Optional[date]
    average_quiz_score: Optional[float]
    strengths: list[Topic]
    weak_topics: list[WeakTopic]


class LearnerSummary(BaseModel):
    courses: int
    completed_courses: int
    lessons_completed: int
    average_quiz_score: Optional[float]
    active_days_last_30: int
    lessons_per_week: float


class MyAnalysis(BaseModel):
    mode: Literal["local", "llm"]
    summary: LearnerSummary
    weekly_activity: list[WeekActivity]
    courses: list[CourseAnalysis]


class QuizTopic(BaseModel):
    lesson_id: uuid.UUID
    lesson_title: str
    learners: int
    average_best_score: Optional[float]
    pass_rate: Optional[float]
    lessons_to_revisit: list[LessonRef]


class LearnerAtRisk(BaseModel):
    learner_id: uuid.UUID
    name: Optional[str]
    progress_percentage: float
    last_activity_at: datetime
    days_inactive: int
    average_quiz_score: Optional[float]
    reasons: list[Literal["inactive", "low_scores", "repeated_failures"]]
    weak_topics: list[str]
    lessons_to_revisit: list[LessonRef]


class RiskThresholds(BaseModel):
    inactive_days: int
    low_average: int
    repeated_failures: int
    weak_score: int
    strong_score: int


class CourseLearnersAnalysis(BaseModel):
    mode: Literal["local", "llm"]
    course_id: uuid.UUID
    title: str
    learners: int
    average_progress: float
    median_lessons_per_week: float
    quiz_topics: list[QuizTopic]
    weak_topics: list[QuizTopic]
    at_risk: list[LearnerAtRisk]
    weekly_activity: list[WeekActivity]
    thresholds: RiskThresholds
