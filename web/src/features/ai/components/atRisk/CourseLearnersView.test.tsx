import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '@/test/render';
import { courseLearners, learnerAtRisk, nbsp } from '../../test/fixtures';
import { CourseLearnersView } from './CourseLearnersView';

const plain = (text: string | null) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('CourseLearnersView', () => {
  it('lists the learners who need support: name or a neutral one, reasons in words, lessons to revisit in the editor', () => {
    renderWithProviders(<CourseLearnersView courseId="c1" analysis={courseLearners({ at_risk: [learnerAtRisk(), learnerAtRisk({ learner_id: 'u2', name: undefined, reasons: ['repeated_failures'] })] })} />);
    const [first, second] = screen.getAllByTestId('at-risk-learner');
    const one = within(first!);
    expect(one.getByText('Sarah Benali')).toBeInTheDocument();
    expect(one.getAllByRole('listitem').slice(0, 3).map((item) => plain(item.textContent))).toEqual([
      'Inactif depuis 21 jours',
      'Scores faibles (moy. 35 %)',
      'Échecs répétés à un quiz',
    ]);
    expect(one.getByRole('progressbar', { name: nbsp('Progression de Sarah Benali : 33 %') })).toBeInTheDocument();
    expect(one.getByText('il y a 21 jours')).toBeInTheDocument();
    expect(one.getByRole('link', { name: 'Regrouper des dates' })).toHaveAttribute('href', '/teach/courses/c1/lessons/l5');
    expect(within(second!).getByText('Apprenant·e sans nom')).toBeInTheDocument();
  });

  it('marks the weak quizzes in words and states the thresholds', () => {
    renderWithProviders(<CourseLearnersView courseId="c1" analysis={courseLearners()} />);
    const rows = screen.getAllByTestId('at-risk-quiz');
    expect(rows.map((row) => plain(row.textContent))).toEqual([
      'Quiz : basesSatisfaisant100 %82 %3',
      'Quiz : regroupements⚠ À renforcer33 %46 %3',
      'Quiz : tableaux de bordPas encore tenté——0',
    ]);
    expect(plain(screen.getByText(/^Repères/).textContent)).toContain('inactif = 14 jours sans activité');
  });

  it('says so when nobody is at risk', () => {
    renderWithProviders(<CourseLearnersView courseId="c1" analysis={courseLearners({ at_risk: [] })} />);
    expect(screen.getByText('Aucun apprenant à risque')).toBeInTheDocument();
    expect(screen.queryByTestId('at-risk-learner')).not.toBeInTheDocument();
  });
});
