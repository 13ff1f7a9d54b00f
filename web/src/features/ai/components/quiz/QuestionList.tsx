import type { DraftQuestion, QuestionReview } from '../../types';
import { DraftQuestionCard } from './DraftQuestionCard';

type Props = {
  questions: DraftQuestion[];
  readOnly: boolean;
  /** The question whose decision is being sent, and the last decision's failure with the question it was about. */
  pendingId: string | null;
  failed: { questionId: string; error: unknown } | null;
  onReview: (questionId: string, body: QuestionReview) => void;
};

/** What the service has for a question: its card starts afresh when this changes (and keeps its edits otherwise). */
const contentKey = (question: DraftQuestion) => JSON.stringify(question);

export function QuestionList({ questions, readOnly, pendingId, failed, onReview }: Props) {
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
          onReview={(body) => onReview(question.id, body)}
        />
      ))}
    </ol>
  );
}
