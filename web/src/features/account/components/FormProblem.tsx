import { ErrorMessage, useProblemText } from '@/components/ErrorMessage';
import { ApiProblem } from '@/lib/api/problem';
import { otherFields } from '../lib/problems';

/**
 * Above a form: when the service refused only fields the form shows inline, one sentence is enough; anything else
 * (another field, a conflict, the network) gets the full error message.
 */
export function FormProblem({ error, fields }: { error: unknown; fields: string[] }) {
  const problemText = useProblemText();
  if (!error) return null;
  if (error instanceof ApiProblem && error.status === 400 && Object.keys(error.errors).length > 0 && !otherFields(error, fields)) {
    return (
      <p className="alert alert-error" role="alert">
        {problemText(error)}
      </p>
    );
  }
  return <ErrorMessage error={error} />;
}
