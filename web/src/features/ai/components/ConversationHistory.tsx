import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { ConversationSummary } from '../types';

/** The learner's recent conversations on this course, to pick one up again. */
export function ConversationHistory({
  conversations,
  onOpen,
  openingId,
  headingId,
}: {
  conversations: ConversationSummary[];
  onOpen: (conversationId: string) => void;
  /** The conversation being fetched, if any: its button says so and the others wait. */
  openingId: string | null;
  headingId: string;
}) {
  const { t } = useTranslation('ai');
  const format = useFormat();
  if (conversations.length === 0) return null;
  return (
    <div className="tutor-history">
      <h3 id={headingId} className="tutor-history-title">
        {t('tutor.recent')}
      </h3>
      <ul aria-labelledby={headingId}>
        {conversations.map((conversation) => (
          <li key={conversation.id}>
            <button
              type="button"
              className="tutor-history-item"
              disabled={openingId !== null}
              aria-busy={openingId === conversation.id || undefined}
              onClick={() => onOpen(conversation.id)}
            >
              <span className="tutor-history-question">{conversation.first_question || t('tutor.untitled')}</span>
              <span className="tutor-history-date muted">
                {openingId === conversation.id ? t('tutor.opening') : format.relative(conversation.updated_at)}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
