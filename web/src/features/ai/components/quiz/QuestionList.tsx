import type { DraftQuestion, QuestionReview } from '../../types';
import { DraftQuestionCard, type ReviewAction } from './DraftQuestionCard';

type Props = {
  questions: DraftQuestion[];
  readOnly: boolean;
  /** The question whose decision is being sent, and the last decision's failure with the question it was about. */
  pendingId: string | null;
  failed: { questionId: string; error: unknown } | null;
  /** The last decision sent: its card, remounted with the answer, gives the focus back to the button used. */
  lastDecision: { questionId: string; action: ReviewAction } | null;
  onReview: (questionId: string, body: QuestionReview, action: ReviewAction) => void;
};

/** What the service has for a question: its card starts afresh when this changes (and keeps its edits otherwise). */
const contentKey = (question: DraftQuestion) => JSON.stringify(question);

export function QuestionList({ questions, readOnly, pendingId, failed, lastDecision, onReview }: Props) {
  return (
    <ol className="quiz-question-list">
      {questions.map((question, index) => (
        <DraftQuestionCard
          key={contentKey(question)}
          question={question}
          number={index + 1}
          readOnly={readOnly}
          pending={pendingId === question.id}
          error={failed?.questionId === question.id ? failed.error : null}
          refocus={lastDecision?.questionId === question.id ? lastDecision.action : null}
          onReview={(body, action) => onReview(question.id, body, action)}
        />
      ))}
    </ol>
  );
}
