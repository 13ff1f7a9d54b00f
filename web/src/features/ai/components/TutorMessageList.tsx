import { useTranslation } from 'react-i18next';
import { Markdown } from '@/components/Markdown';
import type { ThreadMessage, TutorMessage } from '../lib/tutorThread';
import { CitationList } from './CitationList';

/**
 * The conversation: the learner's questions and the tutor's answers, each answer with its sources. Not a live region
 * itself (it would read every token aloud): the panel announces each finished answer once.
 */
export function TutorMessageList({ courseId, messages }: { courseId: string; messages: ThreadMessage[] }) {
  const { t } = useTranslation('ai');
  if (messages.length === 0) return null;
  return (
    <ol className="tutor-messages">
      {messages.map((message) =>
        message.role === 'user' ? (
          <li key={message.id} className="tutor-message tutor-message-user">
            <p className="tutor-author">{t('tutor.you')}</p>
            <p className="tutor-question">{message.text}</p>
          </li>
        ) : (
          <li key={message.id} className="tutor-message tutor-message-tutor">
            <TutorAnswer courseId={courseId} message={message} />
          </li>
        ),
      )}
    </ol>
  );
}

function TutorAnswer({ courseId, message }: { courseId: string; message: TutorMessage }) {
  const { t } = useTranslation('ai');
  const notInCourse = message.answeredFromCourse === false;

  if (message.status === 'streaming') {
    return (
      <div className="tutor-answer" aria-busy="true">
        <p className="tutor-author">{t('tutor.tutor')}</p>
        {message.text ? (
          <p className="tutor-streaming">
            {message.text}
            <span className="tutor-caret" aria-hidden="true" />
          </p>
        ) : (
          <p className="tutor-writing muted">{t('tutor.writing')}</p>
        )}
      </div>
    );
  }

  return (
    <div
      className={notInCourse ? 'tutor-answer tutor-answer-not-found' : 'tutor-answer'}
      data-testid={message.status === 'done' ? 'tutor-answer' : undefined}
    >
      <p className="tutor-author">{t('tutor.tutor')}</p>
      {notInCourse && (
        <p className="tutor-not-found-label">
          <span className="tutor-info-icon" aria-hidden="true">
            i
          </span>
          {t('tutor.notInCourse')}
        </p>
      )}
      {message.text && <Markdown source={message.text} className="tutor-answer-text" />}
      {message.status === 'stopped' && <p className="tutor-interrupted muted">{t('tutor.stopped')}</p>}
      {message.status === 'failed' && <p className="tutor-interrupted muted">{t('tutor.cutOff')}</p>}
      <CitationList courseId={courseId} citations={message.citations} />
    </div>
  );
}
