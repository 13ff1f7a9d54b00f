import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { formatterFor } from '@/lib/format';
import { courseAnalysis, learnerAtRisk } from '../test/fixtures';
import { completionText, formatDay, inactivityText, paceText, reasonText, scoreText, weeklySummary } from './analysisText';

const t = i18next.getFixedT('fr', 'ai');
const format = formatterFor('fr');
const en = i18next.getFixedT('en', 'ai');
// Intl writes French with narrow no-break spaces; compare with plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('analysis in words', () => {
  it('writes the pace in lessons a week, singular or plural, or says there is none yet', () => {
    expect(paceText(t, format, 2.5)).toBe('≈ 2,5 leçons par semaine');
    expect(paceText(t, format, 1)).toBe('≈ 1 leçon par semaine');
    expect(paceText(t, format, 0)).toBe('Pas encore de leçon terminée');
    expect(paceText(en, formatterFor('en'), 2.5)).toBe('≈ 2.5 lessons a week');
  });

  it('writes the course’s end: completed, estimated (a calendar day, whatever the time zone) or not yet known', () => {
    expect(formatDay('fr', '2026-12-14')).toBe('14 déc. 2026');
    expect(completionText(t, 'fr', courseAnalysis)).toBe('Vers le 14 déc. 2026');
    expect(completionText(t, 'fr', { ...courseAnalysis, completed_at: '2026-11-29T18:00:00Z' })).toBe('Terminé le 29 nov. 2026');
    expect(completionText(t, 'fr', { ...courseAnalysis, estimated_completion: undefined })).toBe('À estimer après vos premières leçons terminées');
    expect(completionText(t, 'fr', { ...courseAnalysis, estimated_completion: undefined, completed_lessons: 9 })).toBe('Toutes les leçons sont terminées');
  });

  it('gives each risk reason its text, with its figure', () => {
    const learner = learnerAtRisk();
    expect(reasonText(t, format, learner, 'inactive')).toBe('Inactif depuis 21 jours');
    expect(plain(reasonText(t, format, learner, 'low_scores'))).toBe('Scores faibles (moy. 35 %)');
    expect(reasonText(t, format, { ...learner, average_quiz_score: undefined }, 'low_scores')).toBe('Scores faibles');
    expect(reasonText(t, format, learner, 'repeated_failures')).toBe('Échecs répétés à un quiz');
    expect(reasonText(en, formatterFor('en'), { ...learner, days_inactive: 1 }, 'inactive')).toBe('Inactive for 1 day');
    expect(inactivityText(t, 0)).toBe('aujourd’hui');
    expect(plain(scoreText(t, format, 62.5))).toBe('63 %');
    expect(scoreText(t, format, undefined)).toBe('Aucun quiz tenté');
  });

  it('sums the weekly activity up in one sentence', () => {
    const weeks = [
      { week_start: '2026-11-10', lessons_completed: 1, quiz_attempts: 0 },
      { week_start: '2026-11-17', lessons_completed: 3, quiz_attempts: 2 },
      { week_start: '2026-11-24', lessons_completed: 0, quiz_attempts: 1 },
    ];
    expect(plain(weeklySummary(t, format, 'fr', weeks))).toBe(
      'Sur les 3 dernières semaines : 4 leçons terminées et 3 tentatives de quiz ; la semaine la plus active commence le 17 nov. 2026.',
    );
    expect(weeklySummary(t, format, 'fr', weeks.map((week) => ({ ...week, lessons_completed: 0, quiz_attempts: 0 })))).toBe('Aucune activité ces 3 dernières semaines.');
  });
});
