import { describe, expect, it } from 'vitest';
import { shortAnswer, singleChoice, trueFalse } from '../test/fixtures';
import { changedFields, editOf, hintsFromProblem, parseAcceptedAnswers, reviewBody, toggleCorrect, validateEdit } from './questionEdits';

describe('question edits → PATCH body', () => {
  it('sends nothing but the status when nothing changed', () => {
    expect(reviewBody(singleChoice, editOf(singleChoice), 'approved')).toEqual({ status: 'approved' });
    expect(reviewBody(trueFalse, editOf(trueFalse), 'rejected')).toEqual({ status: 'rejected' });
  });

  it('sends the changed fields of the question’s type, trimmed, with the status', () => {
    const edit = { ...editOf(singleChoice), prompt: '  Quel outil résume des données ? ', options: ['Tableau croisé dynamique', ' Graphique ', 'Filtre'], correctOptions: [0] };
    expect(reviewBody(singleChoice, edit, 'approved')).toEqual({
      prompt: 'Quel outil résume des données ?',
      options: ['Tableau croisé dynamique', 'Graphique', 'Filtre'],
      status: 'approved',
    });
    // Accepted answers typed as a comma list; an unchanged list is not sent.
    expect(changedFields(shortAnswer, { ...editOf(shortAnswer), acceptedAnswers: 'Ctrl+T, Ctrl + T' })).toEqual({ accepted_answers: ['Ctrl+T', 'Ctrl + T'] });
    expect(changedFields(shortAnswer, { ...editOf(shortAnswer), acceptedAnswers: ' Ctrl+T ,' })).toEqual({});
    expect(changedFields(trueFalse, { ...editOf(trueFalse), correctBoolean: false })).toEqual({ correct_boolean: false });
  });

  it('parses accepted answers and ticks right options by type', () => {
    expect(parseAcceptedAnswers('TCD, tableau croisé , , tcd,TCD')).toEqual(['TCD', 'tableau croisé', 'tcd']);
    // The service's own list, read back, is no edit.
    expect(changedFields({ ...shortAnswer, accepted_answers: ['SOMME', 'somme'] }, editOf({ ...shortAnswer, accepted_answers: ['SOMME', 'somme'] }))).toEqual({});
    expect(toggleCorrect('single_choice', [0], 2)).toEqual([2]);
    expect(toggleCorrect('multiple_choice', [2], 0)).toEqual([0, 2]);
    expect(toggleCorrect('multiple_choice', [0, 2], 2)).toEqual([0]);
  });
});

describe('validation hints', () => {
  it('finds what keeps a question from being approved, by field', () => {
    const edit = editOf(singleChoice);
    expect(validateEdit('single_choice', edit, true)).toEqual({});
    expect(validateEdit('single_choice', { ...edit, correctOptions: [] }, true)).toEqual({ correct_options: 'correctMissing' });
    expect(validateEdit('single_choice', { ...edit, correctOptions: [0, 1] }, true)).toEqual({ correct_options: 'correctExactlyOne' });
    expect(validateEdit('multiple_choice', { ...edit, options: ['A', 'a', 'B'] }, true)).toEqual({ options: 'optionsDuplicate' });
    expect(validateEdit('single_choice', { ...edit, prompt: '  ', options: ['A', ''] }, true)).toEqual({ prompt: 'promptRequired', options: 'optionEmpty' });
    expect(validateEdit('short_answer', { ...editOf(shortAnswer), acceptedAnswers: ' , ' }, true)).toEqual({ accepted_answers: 'acceptedMissing' });
    expect(validateEdit('true_false', { ...editOf(trueFalse), correctBoolean: null }, true)).toEqual({ correct_boolean: 'booleanMissing' });
    // Saving edits without approving only needs well-formed fields.
    expect(validateEdit('single_choice', { ...edit, correctOptions: [] }, false)).toEqual({});
  });

  it('reads a 400’s errors as hints on the fields they name', () => {
    expect(
      hintsFromProblem({
        correct_options: ['a single-choice question has exactly one right option'],
        'options.1': ['ensure this value has at least 1 characters'],
        course_id: ['is not a course'],
      }),
    ).toEqual({ correct_options: 'correctExactlyOne', options: 'invalid' });
  });
});
