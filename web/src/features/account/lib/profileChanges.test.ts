import { describe, expect, it } from 'vitest';
import { profileChanges, type ProfileValues } from './profileChanges';
import { parseTags, validateApplication } from './expertiseTags';

const before: ProfileValues = {
  first_name: 'Sarah',
  last_name: 'Benali',
  avatar_url: 'https://example.com/me.png',
  language: 'fr',
  email_notifications: true,
  marketing_emails: false,
  newsletter: false,
};

describe('profileChanges', () => {
  it('sends only what changed, null for the rest', () => {
    expect(profileChanges(before, { ...before, language: 'en', newsletter: true })).toEqual({
      first_name: null,
      last_name: null,
      avatar_url: null,
      language: 'en',
      notification_settings: { email_notifications: null, marketing_emails: null, newsletter: true },
    });
  });

  it('sends nothing when nothing changed (an emptied avatar cannot be cleared by the service)', () => {
    expect(profileChanges(before, { ...before })).toBeNull();
    expect(profileChanges(before, { ...before, avatar_url: '' })).toBeNull();
  });
});

describe('instructor application', () => {
  it('turns typed tags into the list the service keeps', () => {
    expect(parseTags(' Python, R ;data   Science,python,, ')).toEqual(['python', 'r', 'data science']);
  });

  it('asks for a bio of 20 characters and at least one tag', () => {
    const t = (key: string) => key;
    expect(validateApplication('Too short', [], t)).toEqual({ bio: 'validation.bioLength', tags: 'validation.tagsCount' });
    expect(validateApplication('I have taught Python for ten years.', ['python'], t)).toEqual({});
  });
});
