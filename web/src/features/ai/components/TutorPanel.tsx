import { useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { isProblem } from '@/lib/api/problem';
import { useMyEnrollments } from '@/lib/api/hooks/useMyEnrollments';
import { useCurrentUser } from '@/lib/auth/useSession';
import { useOpenConversation } from '../api/useOpenConversation';
import { useTutorChat } from '../api/useTutorChat';
import { useTutorConversations } from '../api/useTutorConversations';
import { serviceLanguage } from '../lib/language';
import { coursePath } from '../lib/paths';
import { tutorAccess } from '../lib/tutorAccess';
import { ConversationHistory } from './ConversationHistory';
import { TutorComposer } from './TutorComposer';
import { TutorMessageList } from './TutorMessageList';
import { TutorModeLabel } from './TutorModeLabel';
import '../ai.css';

/** Where the lesson player is one column (learning.css): the panel starts closed there, so the lesson comes first. */
const wideScreen = '(min-width: 901px)';

/**
 * The course tutor beside a lesson (the `lessonAside` slot): a panel that opens and closes, with the learner's
 * conversation about this course. It stays mounted from lesson to lesson of a course, so the conversation follows
 * the learner through the course; another course starts another conversation.
 */
export function TutorPanel({ courseId }: { courseId: string; lessonId: string }) {
  const { t } = useTranslation('ai');
  const user = useCurrentUser();
  const [open, setOpen] = useState(() => typeof window.matchMedia !== 'function' || window.matchMedia(wideScreen).matches);
  const titleId = useId();
  const bodyId = useId();
  if (!user) return null;
  return (
    <section className="tutor" data-testid="tutor-panel" aria-labelledby={titleId}>
      <h2 className="tutor-heading" id={titleId}>
        <button type="button" className="tutor-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((value) => !value)}>
          <span className="tutor-icon" aria-hidden="true">
            ?
          </span>
          <span className="tutor-toggle-text">{t('tutor.title')}</span>
          <span className="tutor-chevron" aria-hidden="true" />
        </button>
      </h2>
      {/* Hidden rather than unmounted: an answer keeps coming while the panel is closed. */}
      <div id={bodyId} className="tutor-body" hidden={!open}>
        <TutorConversation key={courseId} courseId={courseId} />
      </div>
    </section>
  );
}

function TutorConversation({ courseId }: { courseId: string }) {
  const { t, i18n } = useTranslation('ai');
  const user = useCurrentUser();
  const enrollments = useMyEnrollments(user?.role === 'learner');
  const access = tutorAccess(user, enrollments.data?.map((enrollment) => enrollment.course_id), courseId);
  const chat = useTutorChat(courseId, serviceLanguage(i18n.language));
  const { thread } = chat;
  const conversations = useTutorConversations(courseId, access !== 'not-enrolled');
  const opening = useOpenConversation();
  const [draft, setDraft] = useState('');
  const inputRef = useRef<HTMLTextAreaElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const historyId = useId();

  // Follow the answer as it is written, then its sources (the list scrolls on its own, the page does not jump).
  const lastMessage = thread.messages.at(-1);
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [lastMessage]);

  const refused = isProblem(thread.error, 403);
  if (access === 'not-enrolled' || refused) return <NotEnrolled courseId={courseId} />;

  const send = async (question: string) => {
    setDraft('');
    // Sent with the button, which is disabled while the answer comes: the next question is written here.
    inputRef.current?.focus();
    const outcome = await chat.ask(question);
    // Unanswered: the question comes back, unless the learner has started another one meanwhile.
    if (outcome === 'failed') setDraft((current) => current || question);
  };

  const openConversation = (conversationId: string) => {
    opening.mutate(conversationId, {
      onSuccess: (messages) => {
        chat.load(conversationId, messages);
        inputRef.current?.focus();
      },
    });
  };

  const startAfresh = () => {
    chat.reset();
    opening.reset();
    inputRef.current?.focus();
  };

  const stop = () => {
    chat.stop();
    // The Stop button goes away with the answer it stopped: focus goes back to the question.
    inputRef.current?.focus();
  };

  const empty = thread.messages.length === 0;
  const retryAfter = isProblem(thread.error, 429) ? thread.error.extensions.retryAfterSeconds : undefined;

  return (
    <div className="tutor-conversation">
      <div className="tutor-toolbar">
        {thread.mode && <TutorModeLabel mode={thread.mode} />}
        {!empty && (
          <button type="button" className="button button-ghost tutor-new" onClick={startAfresh}>
            <span aria-hidden="true">+ </span>
            {t('tutor.newConversation')}
          </button>
        )}
      </div>

      {empty && (
        <>
          <p className="tutor-intro">{t('tutor.intro')}</p>
          {conversations.data && (
            <ConversationHistory
              conversations={conversations.data.slice(0, 5)}
              onOpen={openConversation}
              openingId={opening.isPending ? (opening.variables ?? null) : null}
              headingId={historyId}
            />
          )}
          {conversations.error && <ErrorMessage error={conversations.error} onRetry={() => void conversations.refetch()} />}
          {opening.error && opening.variables && (
            <ErrorMessage error={opening.error} onRetry={() => opening.variables && openConversation(opening.variables)} />
          )}
        </>
      )}

      {!empty && (
        <div className="tutor-scroll" ref={listRef} tabIndex={0} role="group" aria-label={t('tutor.thread')}>
          <TutorMessageList courseId={courseId} messages={thread.messages} />
        </div>
      )}
      {/* What screen readers hear: each finished answer once, not every word as it arrives. */}
      <div className="visually-hidden" aria-live="polite">
        {chat.announcement && t('tutor.announce', { answer: chat.announcement })}
      </div>

      {thread.error !== null && !thread.streaming && (
        <div className="tutor-error">
          <ErrorMessage error={thread.error} onRetry={draft.trim() ? () => void send(draft.trim()) : undefined} />
          {typeof retryAfter === 'number' && <p className="muted">{t('tutor.retryAfter', { seconds: retryAfter })}</p>}
        </div>
      )}

      <TutorComposer value={draft} onChange={setDraft} onSend={(question) => void send(question)} onStop={stop} streaming={thread.streaming} inputRef={inputRef} />
    </div>
  );
}

/** The service only answers learners of the course: said calmly, with the way to become one. */
function NotEnrolled({ courseId }: { courseId: string }) {
  const { t } = useTranslation('ai');
  return (
    <div className="alert alert-info tutor-not-enrolled">
      <p className="alert-title">{t('tutor.notEnrolledTitle')}</p>
      <p className="alert-details">{t('tutor.notEnrolled')}</p>
      <Link to={coursePath(courseId)}>{t('tutor.seeCourse')}</Link>
    </div>
  );
}
