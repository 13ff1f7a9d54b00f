// Data shaped like the courses service's answers, for the tests of components that take their data as props.
import type { EnrollmentView, ModuleOutline, QuestionView, QuizAttemptResult, QuizView } from '../types';

export function enrollment(overrides: Partial<EnrollmentView> = {}): EnrollmentView {
  return {
    id: 'e1',
    course_id: 'c1',
    status: 'active',
    source: 'free',
    enrolled_at: '2026-01-10T09:00:00Z',
    completed_at: null,
    completed_lessons: 3,
    total_lessons: 7,
    progress_percentage: 42.86,
    last_lesson_id: 'l3',
    last_accessed_at: '2026-01-12T09:00:00Z',
    certificate_number: null,
    course: {
      id: 'c1',
      title: 'Python Basics for Data Analysis',
      subtitle: 'Before pandas',
      language: 'en',
      domain: 'Python',
      stack: ['python'],
      category: 'programming-basics',
      level: 'beginner',
      keywords: [],
      instructor_id: 'i1',
      instructor_name: 'Amina Haddad',
      thumbnail_url: null,
      price: { amount: 0, currency: 'EUR', pricing_model: 'free' },
      status: 'published',
      total_lessons: 7,
      total_duration_hours: 1.5,
      enrollments_count: 10,
      average_rating: 4.5,
      reviews_count: 2,
      published_at: '2026-01-01T00:00:00Z',
    },
    ...overrides,
  };
}

function lesson(id: string, title: string, type: string, position: number) {
  return { id, title, type, position, duration_seconds: 300, is_preview: false };
}

/** Two modules given out of order, their lessons too: the outline must sort them by position. */
export const modules: ModuleOutline[] = [
  { id: 'm2', title: 'Control flow', description: '', position: 1, lessons: [lesson('l5', 'Functions', 'text', 1), lesson('l4', 'Loops', 'video', 0)] },
  {
    id: 'm1',
    title: 'Getting started',
    description: '',
    position: 0,
    lessons: [lesson('l1', 'Why Python?', 'video', 0), lesson('l3', 'Quiz: basics', 'quiz', 2), lesson('l2', 'Variables', 'text', 1)],
  },
];

export const questions: QuestionView[] = [
  { id: 'q1', type: 'single_choice', prompt: 'What does sales[1] return?', options: ['10', '20', '30'], points: 1, correct_options: null, correct_boolean: null, accepted_answers: null, explanation: null },
  { id: 'q2', type: 'multiple_choice', prompt: 'Which are numbers?', options: ['int', 'str', 'float'], points: 2, correct_options: null, correct_boolean: null, accepted_answers: null, explanation: null },
  { id: 'q3', type: 'true_false', prompt: '"42" + "1" is 43.', options: [], points: 1, correct_options: null, correct_boolean: null, accepted_answers: null, explanation: null },
  { id: 'q4', type: 'short_answer', prompt: 'Which function counts items?', options: [], points: 1, correct_options: null, correct_boolean: null, accepted_answers: null, explanation: null },
];

export const quiz: QuizView = { passing_score: 70, max_attempts: 3, questions };

export function attemptResult(overrides: Partial<QuizAttemptResult> = {}): QuizAttemptResult {
  return {
    id: 'a1',
    number: 1,
    score: 60,
    passed: false,
    passing_score: 70,
    attempts_left: 2,
    questions: [
      { question_id: 'q1', correct: true, points: 1, earned: 1, explanation: '', correct_options: null, correct_boolean: null, accepted_answers: null },
      { question_id: 'q2', correct: true, points: 2, earned: 2, explanation: '', correct_options: null, correct_boolean: null, accepted_answers: null },
      { question_id: 'q3', correct: false, points: 1, earned: 0, explanation: '', correct_options: null, correct_boolean: null, accepted_answers: null },
      { question_id: 'q4', correct: false, points: 1, earned: 0, explanation: '', correct_options: null, correct_boolean: null, accepted_answers: null },
    ],
    enrollment: enrollment(),
    ...overrides,
  };
}
