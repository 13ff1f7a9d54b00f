import type { CourseAnalysis, CourseLearnersAnalysis, DraftQuestion, LearnerAtRisk, QuizDraft } from '../types';

// Shapes as the AI service answers them (services/ai/app/models), for the components' tests.

/** French as the locales write it: a no-break space before « : ; ? ! % » and after «. */
export const nbsp = (text: string) => text.replace(/ ([:;?!%»])/g, '\u00a0$1').replace(/« /g, '«\u00a0');

export const singleChoice: DraftQuestion = {
  id: 'q1',
  type: 'single_choice',
  prompt: 'Quel outil résume un tableau ?',
  options: ['Tableau croisé dynamique', 'Mise en forme', 'Filtre'],
  correct_options: [0],
  accepted_answers: [],
  explanation: 'Le tableau croisé dynamique résume les données.',
  source_sentence: 'Le tableau croisé dynamique résume les données en quelques clics.',
  status: 'pending',
};

export const shortAnswer: DraftQuestion = {
  id: 'q2',
  type: 'short_answer',
  prompt: 'Quel raccourci crée un tableau ?',
  options: [],
  correct_options: [],
  accepted_answers: ['Ctrl+T'],
  explanation: '',
  source_sentence: 'Le raccourci Ctrl+T crée un tableau.',
  status: 'approved',
};

export const trueFalse: DraftQuestion = {
  id: 'q3',
  type: 'true_false',
  prompt: 'Un segment filtre un tableau croisé dynamique.',
  options: [],
  correct_options: [],
  correct_boolean: true,
  accepted_answers: [],
  explanation: '',
  source_sentence: 'Un segment filtre un tableau croisé dynamique.',
  status: 'rejected',
};

export const draft = (questions: DraftQuestion[], overrides: Partial<QuizDraft> = {}): QuizDraft => ({
  id: 'd1',
  course_id: 'c1',
  lesson_id: 'l1',
  lesson_title: 'Créer un tableau croisé',
  language: 'fr',
  status: 'draft',
  mode: 'local',
  questions,
  created_at: '2026-11-30T10:00:00Z',
  updated_at: '2026-11-30T10:00:00Z',
  ...overrides,
});

export const courseAnalysis: CourseAnalysis = {
  course_id: 'c1',
  title: 'Maîtriser les tableaux croisés dynamiques',
  total_lessons: 9,
  completed_lessons: 4,
  progress_percentage: 44.4,
  enrolled_at: '2026-10-01T08:00:00Z',
  last_activity_at: '2026-11-28T08:00:00Z',
  lessons_per_week: 2.5,
  estimated_completion: '2026-12-14',
  average_quiz_score: 62.5,
  strengths: [{ lesson_id: 'qz1', lesson_title: 'Quiz : bases', best_score: 90, attempts: 1 }],
  weak_topics: [
    {
      lesson_id: 'qz2',
      lesson_title: 'Quiz : regroupements',
      best_score: 40,
      attempts: 3,
      lessons_to_revisit: [
        { lesson_id: 'l5', lesson_title: 'Regrouper des dates' },
        { lesson_id: 'l6', lesson_title: 'Champs calculés' },
      ],
    },
  ],
};

export const learnerAtRisk = (overrides: Partial<LearnerAtRisk> = {}): LearnerAtRisk => ({
  learner_id: 'u1',
  name: 'Sarah Benali',
  progress_percentage: 33.3,
  last_activity_at: '2026-11-09T08:00:00Z',
  days_inactive: 21,
  average_quiz_score: 35,
  reasons: ['inactive', 'low_scores', 'repeated_failures'],
  weak_topics: ['Quiz : regroupements'],
  lessons_to_revisit: [{ lesson_id: 'l5', lesson_title: 'Regrouper des dates' }],
  ...overrides,
});

export const courseLearners = (overrides: Partial<CourseLearnersAnalysis> = {}): CourseLearnersAnalysis => ({
  mode: 'local',
  course_id: 'c1',
  title: 'Maîtriser les tableaux croisés dynamiques',
  learners: 4,
  average_progress: 52.5,
  median_lessons_per_week: 1.5,
  quiz_topics: [
    { lesson_id: 'qz1', lesson_title: 'Quiz : bases', learners: 3, average_best_score: 82, pass_rate: 1, lessons_to_revisit: [] },
    { lesson_id: 'qz2', lesson_title: 'Quiz : regroupements', learners: 3, average_best_score: 45.5, pass_rate: 0.33, lessons_to_revisit: [] },
    { lesson_id: 'qz3', lesson_title: 'Quiz : tableaux de bord', learners: 0, lessons_to_revisit: [] },
  ],
  weak_topics: [{ lesson_id: 'qz2', lesson_title: 'Quiz : regroupements', learners: 3, average_best_score: 45.5, pass_rate: 0.33, lessons_to_revisit: [] }],
  at_risk: [learnerAtRisk()],
  weekly_activity: [],
  thresholds: { inactive_days: 14, low_average: 50, repeated_failures: 2, weak_score: 60, strong_score: 80 },
  ...overrides,
});
