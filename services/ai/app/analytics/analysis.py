"""Learner performance analysis, with the rules stated once here: pace (lessons a week), strengths and weak topics
from quiz results (a quiz lesson is a topic; the lessons to revisit for it are the ones before it in its module), and
who is at risk (inactive, low scores, repeated failures)."""

from __future__ import annotations

import statistics
import uuid
from datetime import datetime, timedelta, timezone

from app.analytics.learning_records import CourseRecords, LearnerRecord, LessonInfo

STRONG_SCORE = 80  # a best quiz score at or above this is a strength
WEAK_SCORE = 60  # below this (or never passed) is a weak topic
INACTIVE_DAYS = 14  # no activity for this long, course not finished: at risk
LOW_AVERAGE = 50  # average best quiz score below this: at risk
REPEATED_FAILURES = 2  # this many failed attempts on one quiz without passing: at risk


def now() -> datetime:
    return datetime.now(timezone.utc)


def lessons_to_revisit(quiz: LessonInfo, lessons: list[LessonInfo]) -> list[LessonInfo]:
    """The lessons a quiz checks: those before it in its module (what it was written about)."""
    before = [lesson for lesson in lessons if lesson.module_title == quiz.module_title and lesson.position < quiz.position and lesson.type != "quiz"]
    return before[-3:]


def pace_per_week(record: LearnerRecord, at: datetime) -> float:
    weeks = max((at - record.enrolled_at).total_seconds() / (7 * 86400), 1.0)
    return round(len(record.completions) / weeks, 2)


def topics(record: LearnerRecord, course: CourseRecords) -> tuple[list[dict], list[dict]]:
    """(strengths, weak topics) of one learner in one course."""
    by_id = {lesson.id: lesson for lesson in course.lessons}
    strengths, weak = [], []
    for lesson_id, best in record.best_scores().items():
        quiz = by_id.get(lesson_id)
        if quiz is None:
            continue
        passed = any(ok for _, ok, _ in record.attempts[lesson_id])
        topic = {"lesson_id": quiz.id, "lesson_title": quiz.title, "best_score": best, "attempts": len(record.attempts[lesson_id])}
        if best >= STRONG_SCORE:
            strengths.append(topic)
        elif best < WEAK_SCORE or not passed:
            weak.append({**topic, "lessons_to_revisit": [_lesson_ref(l) for l in lessons_to_revisit(quiz, course.lessons)]})
    return strengths, weak


def learner_course(record: LearnerRecord, course: CourseRecords, at: datetime) -> dict:
    total = len(course.lessons)
    completed = len([lesson for lesson in course.lessons if lesson.id in record.completions])
    pace = pace_per_week(record, at)
    remaining = total - completed
    strengths, weak = topics(record, course)
    bests = list(record.best_scores().values())
    return {
        "course_id": course.course_id, "title": course.title, "total_lessons": total, "completed_lessons": completed,
        "progress_percentage": round(100 * completed / total, 1) if total else 0.0,
        "enrolled_at": record.enrolled_at, "completed_at": record.completed_at, "last_activity_at": record.last_activity,
        "lessons_per_week": pace,
        "estimated_completion": (at + timedelta(weeks=remaining / pace)).date() if remaining and pace > 0 else None,
        "average_quiz_score": round(statistics.fmean(bests), 1) if bests else None,
        "strengths": strengths, "weak_topics": weak,
    }


def weekly_activity(records: list[LearnerRecord], at: datetime, weeks: int = 8) -> list[dict]:
    """Lessons completed and quiz attempts per 7-day period, oldest first, the last one ending today (the chart's series)."""
    start = at.date() - timedelta(days=7 * weeks - 1)
    buckets = [{"week_start": start + timedelta(weeks=i), "lessons_completed": 0, "quiz_attempts": 0} for i in range(weeks)]
    for record in records:
        for when in record.completions.values():
            if (index := (when.date() - start).days // 7) in range(weeks):
                buckets[index]["lessons_completed"] += 1
        for tries in record.attempts.values():
            for _, _, when in tries:
                if (index := (when.date() - start).days // 7) in range(weeks):
                    buckets[index]["quiz_attempts"] += 1
    return buckets


def risk(record: LearnerRecord, course: CourseRecords, at: datetime) -> list[str]:
    reasons = []
    if record.completed_at is None and (at - record.last_activity).days >= INACTIVE_DAYS:
        reasons.append("inactive")
    bests = list(record.best_scores().values())
    if bests and statistics.fmean(bests) < LOW_AVERAGE:
        reasons.append("low_scores")
    if any(len(tries) >= REPEATED_FAILURES and not any(ok for _, ok, _ in tries) for tries in record.attempts.values()):
        reasons.append("repeated_failures")
    return reasons


def course_overview(course: CourseRecords, names: dict[uuid.UUID, str], at: datetime) -> dict:
    records = list(course.learners.values())
    total = len(course.lessons)
    progress = [len(r.completions) / total * 100 for r in records] if total else []
    quiz_lessons = [lesson for lesson in course.lessons if lesson.type == "quiz"]
    quiz_topics = []
    for quiz in quiz_lessons:
        tried = [r for r in records if r.attempts.get(quiz.id)]
        bests = [r.best_scores()[quiz.id] for r in tried]
        passed = [r for r in tried if any(ok for _, ok, _ in r.attempts[quiz.id])]
        quiz_topics.append({"lesson_id": quiz.id, "lesson_title": quiz.title, "learners": len(tried),
                            "average_best_score": round(statistics.fmean(bests), 1) if bests else None,
                            "pass_rate": round(len(passed) / len(tried), 2) if tried else None,
                            "lessons_to_revisit": [_lesson_ref(l) for l in lessons_to_revisit(quiz, course.lessons)]})
    at_risk = []
    for record in records:
        reasons = risk(record, course, at)
        if not reasons:
            continue
        _, weak = topics(record, course)
        revisit = {ref["lesson_id"]: ref for topic in weak for ref in topic["lessons_to_revisit"]}
        bests = list(record.best_scores().values())
        at_risk.append({"learner_id": record.learner_id, "name": names.get(record.learner_id),
                        "progress_percentage": round(len(record.completions) / total * 100, 1) if total else 0.0,
                        "last_activity_at": record.last_activity, "days_inactive": (at - record.last_activity).days,
                        "average_quiz_score": round(statistics.fmean(bests), 1) if bests else None,
                        "reasons": reasons, "weak_topics": [topic["lesson_title"] for topic in weak],
                        "lessons_to_revisit": list(revisit.values())})
    at_risk.sort(key=lambda learner: (-len(learner["reasons"]), -learner["days_inactive"]))
    return {
        "course_id": course.course_id, "title": course.title, "learners": len(records),
        "average_progress": round(statistics.fmean(progress), 1) if progress else 0.0,
        "median_lessons_per_week": round(statistics.median([pace_per_week(r, at) for r in records]), 2) if records else 0.0,
        "quiz_topics": quiz_topics,
        "weak_topics": [topic for topic in quiz_topics if topic["pass_rate"] is not None and topic["pass_rate"] < 0.6],
        "at_risk": at_risk, "weekly_activity": weekly_activity(records, at),
        "thresholds": {"inactive_days": INACTIVE_DAYS, "low_average": LOW_AVERAGE, "repeated_failures": REPEATED_FAILURES,
                       "weak_score": WEAK_SCORE, "strong_score": STRONG_SCORE},
    }


def _lesson_ref(lesson: LessonInfo) -> dict:
    return {"lesson_id": lesson.id, "lesson_title": lesson.title}
