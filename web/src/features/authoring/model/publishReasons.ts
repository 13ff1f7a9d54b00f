import { ApiProblem } from '@/lib/api/problem';

/** Why the service refused to publish, each reason in the reader's language when it is one we know, as sent otherwise. */
export type PublishReason = { key: string; values?: Record<string, string | number> } | { text: string };

/** Every reason the 422 gave: its `reasons` extension, else its field errors, else its detail. */
export function publishReasons(error: unknown): string[] {
  if (!(error instanceof ApiProblem)) return [];
  const reasons = error.extensions.reasons;
  if (Array.isArray(reasons)) return reasons.filter((reason): reason is string => typeof reason === 'string');
  const fieldMessages = Object.values(error.errors).flat();
  if (fieldMessages.length > 0) return fieldMessages;
  return error.detail ? [error.detail] : [];
}

// The sentences of the courses service's PublishRules (services/HarAcademy.Courses/Authoring/PublishRules.cs).
const known: [RegExp, (match: RegExpExecArray) => PublishReason][] = [
  [/^The course needs at least one module with at least one lesson\.$/, () => ({ key: 'publish.reason.noLesson' })],
  [/^The description needs at least (\d+) characters\.$/, (m) => ({ key: 'publish.reason.description', values: { count: Number(m[1]) } })],
  [/^A paid course needs a price above zero\.$/, () => ({ key: 'publish.reason.price' })],
  [/^Lesson "(.*)" has no video\.$/s, (m) => ({ key: 'publish.reason.noVideo', values: { title: m[1] ?? '' } })],
  [/^Lesson "(.*)" has no text\.$/s, (m) => ({ key: 'publish.reason.noText', values: { title: m[1] ?? '' } })],
  [/^Lesson "(.*)" has no questions\.$/s, (m) => ({ key: 'publish.reason.noQuestions', values: { title: m[1] ?? '' } })],
  [/^Lesson "(.*)" has no instructions\.$/s, (m) => ({ key: 'publish.reason.noInstructions', values: { title: m[1] ?? '' } })],
];

export function readReason(reason: string): PublishReason {
  for (const [pattern, build] of known) {
    const match = pattern.exec(reason);
    if (match) return build(match);
  }
  return { text: reason };
}
