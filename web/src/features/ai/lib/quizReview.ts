import type { DraftQuestion, QuizDraft, SaveQuizRequest } from '../types';

/** How far the review is: the footer's count and the page's summary. */
export function reviewCounts(questions: DraftQuestion[]): { approved: number; rejected: number; pending: number } {
  const count = (status: DraftQuestion['status']) => questions.filter((question) => question.status === status).length;
  return { approved: count('approved'), rejected: count('rejected'), pending: count('pending') };
}

/** A saved or discarded draft can no longer change (the service answers 409). */
export const isReadOnly = (draft: Pick<QuizDraft, 'status'>) => draft.status !== 'draft';

/** The passing score as typed: a whole number from 0 to 100, or null when it is not one. */
export function parsePassingScore(text: string): number | null {
  if (!/^\s*\d{1,3}\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= 0 && value <= 100 ? value : null;
}

/** The save request: the passing score, and the title only when one was written (the service names it otherwise). */
export function saveBody(passingScore: number, title: string): SaveQuizRequest {
  const trimmed = title.trim();
  return trimmed ? { passing_score: passingScore, title: trimmed } : { passing_score: passingScore };
}

/** The drafts an instructor may still open from a lesson: this lesson's, being reviewed or saved, latest first. */
export function lessonDrafts(drafts: QuizDraft[], lessonId: string): QuizDraft[] {
  return drafts
    .filter((draft) => draft.lesson_id === lessonId && draft.status !== 'discarded')
    .sort((a, b) => b.created_at.localeCompare(a.created_at));
}

/** The question count asked for: whole, from 1 to 20 (the service's limits); null otherwise. */
export function parseQuestionCount(text: string): number | null {
  if (!/^\s*\d{1,2}\s*$/.test(text)) return null;
  const value = Number(text);
  return value >= 1 && value <= 20 ? value : null;
}
