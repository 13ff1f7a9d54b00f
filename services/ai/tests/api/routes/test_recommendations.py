"""Next courses from co-enrollment, content similarity and popularity, learned from the courses service's events."""

from __future__ import annotations

import uuid

import pytest

from tests.conftest import AiUnderTest, eventually
from tests.fixtures import EXCEL_LOOKUP, SQL_JOINS, lessons
from tests.platform import Course, Lesson, Platform, User

GGPLOT = Lesson("Graphiques avec ggplot2", """# ggplot2

La fonction `ggplot()` crée un graphique à partir d'un data frame ; `aes()` associe les colonnes aux axes et aux couleurs.
On ajoute des couches avec `+`, par exemple `geom_point()` pour un nuage de points et `geom_line()` pour des courbes.
La fonction `facet_wrap()` répète le graphique pour chaque valeur d'une variable.
""")
GGPLOT_THEMES = Lesson("Thèmes et échelles ggplot2", """# Mettre en forme un graphique ggplot2

Les thèmes de ggplot2 (`theme_minimal()`, `theme_bw()`) changent l'apparence d'un graphique créé avec `ggplot()`.
Les échelles (`scale_x_log10()`, `scale_color_brewer()`) transforment les axes et les couleurs définis dans `aes()`.
On combine `geom_point()` et `facet_wrap()` comme dans tout graphique ggplot2.
""")


async def enrollments_known(ai: AiUnderTest, course: Course) -> int:
    async with ai.services.pool.connection() as connection:
        row = await (await connection.execute("SELECT count(*) AS n FROM enrollments WHERE course_id = %s", (course.id,))).fetchone()
    return row["n"]


async def enrollment_known(ai: AiUnderTest, learner: User, course: Course) -> bool:
    async with ai.services.pool.connection() as connection:
        return await (await connection.execute("SELECT 1 FROM enrollments WHERE learner_id = %s AND course_id = %s",
                                               (learner.id, course.id))).fetchone() is not None


async def current_learners(ai: AiUnderTest, course: Course) -> int:
    async with ai.services.pool.connection() as connection:
        row = await (await connection.execute(
            "SELECT count(*) AS n FROM enrollments WHERE course_id = %s AND ended_at IS NULL", (course.id,))).fetchone()
    return row["n"]


async def indexed(ai: AiUnderTest, course: Course) -> bool:
    async with ai.services.pool.connection() as connection:
        return await (await connection.execute("SELECT 1 FROM courses WHERE id = %s AND status = 'published'", (course.id,))).fetchone() is not None


@pytest.fixture(scope="module")
async def catalog(ai: AiUnderTest, platform: Platform) -> dict[str, Course]:
    instructor = await platform.instructor()
    tag = uuid.uuid4().hex[:6]
    # A function name of this run's own, in both ggplot2 courses: copies left by earlier runs on a reused graph do not share it.
    own = f"\n\nLe paquet du cours fournit `palette_{tag}()` pour les couleurs de ggplot2.\n"
    courses = {
        "graphs": await platform.course(instructor, f"Visualiser avec R {tag}", [Lesson(GGPLOT.title, GGPLOT.markdown + own)]),
        "themes": await platform.course(instructor, f"ggplot2 avancé {tag}", [Lesson(GGPLOT_THEMES.title, GGPLOT_THEMES.markdown + own)]),
        "excel": await platform.course(instructor, f"Excel pour l'analyse {tag}", lessons(EXCEL_LOOKUP), domain="Excel"),
        "sql": await platform.course(instructor, f"SQL pour débuter {tag}", lessons(SQL_JOINS), domain="Other"),
    }
    for course in courses.values():
        await eventually(lambda: indexed(ai, course), bool)
    # Three learners take the graphs course and the Excel one.
    for name in ("Ines", "Hugo", "Lea"):
        learner = await platform.learner(name)
        await platform.enroll(learner, courses["graphs"])
        await platform.enroll(learner, courses["excel"])
    await eventually(lambda: enrollments_known(ai, courses["excel"]), lambda count: count == 3)
    return courses


async def recommendations(ai: AiUnderTest, user: User, **params: object) -> list[dict]:
    response = await ai.client.get("/api/v1/ai/recommendations", headers=user.headers, params=params)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["mode"] == "local"
    return body["items"]


async def test_learners_of_the_same_course_lead_to_what_they_also_took(ai: AiUnderTest, platform: Platform, catalog) -> None:
    learner = await platform.learner("Nora")
    await platform.enroll(learner, catalog["graphs"])
    await eventually(lambda: enrollment_known(ai, learner, catalog["graphs"]), bool)
    items = await recommendations(ai, learner, limit=10)
    assert items[0]["course_id"] == str(catalog["excel"].id)
    assert items[0]["reason_code"] == "co_enrollment"
    assert items[0]["because_course_id"] == str(catalog["graphs"].id)
    assert catalog["graphs"].lessons and str(catalog["graphs"].id) not in [item["course_id"] for item in items]
    assert "suivent aussi" in items[0]["reason"]


async def test_a_course_close_in_content_is_recommended_for_that_reason(ai: AiUnderTest, platform: Platform, catalog) -> None:
    learner = await platform.learner("Zoe")
    await platform.enroll(learner, catalog["graphs"])
    # Her own enrollment, not a count: the other tests' learners take the same course.
    await eventually(lambda: enrollment_known(ai, learner, catalog["graphs"]), bool)
    items = await recommendations(ai, learner, limit=20, language="en")
    themes = next((item for item in items if item["course_id"] == str(catalog["themes"].id)), None)
    assert themes is not None, [item["title"] for item in items]
    assert themes["reason_code"] == "similar_content"
    assert themes["because_course_id"] == str(catalog["graphs"].id)
    assert themes["reason"].startswith("Close to")


async def test_a_new_learner_gets_the_most_followed_courses(ai: AiUnderTest, platform: Platform, catalog) -> None:
    newcomer = await platform.learner("Sam")
    items = await recommendations(ai, newcomer, limit=3)
    assert len(items) == 3  # the module's catalog has four courses; other tests may have published more
    assert all(item["reason_code"] == "popular" for item in items)
    async with ai.services.pool.connection() as connection:
        most = (await (await connection.execute(
            "SELECT max(n) AS n FROM (SELECT count(*) AS n FROM enrollments e JOIN courses c ON c.id = e.course_id "
            "WHERE c.status = 'published' AND e.ended_at IS NULL GROUP BY e.course_id) counts")).fetchone())["n"]
    assert await enrollments_known(ai, Course(uuid.UUID(items[0]["course_id"]), uuid.uuid4())) == most
    assert [item["score"] for item in items] == sorted((item["score"] for item in items), reverse=True)


async def test_a_dropped_course_leaves_the_learners_signals_and_is_not_offered_to_them_again(
        ai: AiUnderTest, platform: Platform, catalog) -> None:
    learner = await platform.learner("Remy")
    enrollment = await platform.enroll(learner, catalog["sql"])
    await eventually(lambda: enrollment_known(ai, learner, catalog["sql"]), bool)
    assert any(item["course_id"] == str(catalog["sql"].id)
               for item in (await ai.client.get("/api/v1/ai/analytics/me", headers=learner.headers)).json()["courses"])
    followers = await current_learners(ai, catalog["sql"])

    await platform.drop(learner, enrollment)
    await eventually(lambda: current_learners(ai, catalog["sql"]), lambda count: count == followers - 1)
    assert str(catalog["sql"].id) not in [item["course_id"] for item in await recommendations(ai, learner, limit=20)]
    analysis = (await ai.client.get("/api/v1/ai/analytics/me", headers=learner.headers)).json()
    assert all(item["course_id"] != str(catalog["sql"].id) for item in analysis["courses"])

    await platform.enroll(learner, catalog["sql"])  # back again: counted again
    await eventually(lambda: current_learners(ai, catalog["sql"]), lambda count: count == followers)


async def test_the_limit_is_checked(ai: AiUnderTest, platform: Platform) -> None:
    learner = await platform.learner()
    response = await ai.client.get("/api/v1/ai/recommendations", headers=learner.headers, params={"limit": 0})
    assert response.status_code == 400
    assert "limit" in response.json()["errors"]
