import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '@/components/ErrorMessage';
import { Loading } from '@/components/States';
import { RequireAuth } from '@/components/RequireAuth';
import { useDocumentTitle } from '@/hooks/useDocumentTitle';
import type { SandboxOutcome, SandboxSession } from '../api/types';
import { useCancelSandbox } from '../api/useCancelSandbox';
import { useConfirmSandbox } from '../api/useConfirmSandbox';
import { useSandboxSession } from '../api/useSandboxSession';
import { SandboxCheckoutForm } from '../components/SandboxCheckoutForm';
import { inAppPath } from '../lib/appPath';
import '../payments.css';

/**
 * /checkout/sandbox/:sessionId: the test checkout that stands in for Stripe when the platform runs without it.
 * Paying or cancelling leads where Stripe would: the success or the cancelled page.
 */
export function SandboxCheckoutPage() {
  return (
    <RequireAuth>
      <SandboxCheckout />
    </RequireAuth>
  );
}

function SandboxCheckout() {
  const { sessionId = '' } = useParams();
  const { t } = useTranslation('payments');
  useDocumentTitle(t('sandbox.title'));
  const session = useSandboxSession(sessionId);
  return (
    <section className="page narrow pay-sandbox" data-testid="sandbox-checkout">
      <p className="pay-sandbox-banner" data-testid="sandbox-mode-label">
        <strong>{t('sandbox.modeLabel')}</strong>
      </p>
      <h1>{t('sandbox.title')}</h1>
      {session.isPending ? (
        <Loading />
      ) : session.error || !session.data ? (
        <ErrorMessage error={session.error} onRetry={() => void session.refetch()} />
      ) : session.data.status === 'open' ? (
        <OpenSession session={session.data} />
      ) : (
        <ClosedSession session={session.data} />
      )}
    </section>
  );
}

function OpenSession({ session }: { session: SandboxSession }) {
  const navigate = useNavigate();
  const confirm = useConfirmSandbox(session.session_id);
  const cancel = useCancelSandbox(session.session_id);
  // The cancelled page is the same address for a declined card and a cancelled payment: it is told which.
  const leave = (outcome: SandboxOutcome) =>
    navigate(inAppPath(outcome.redirect_url), { replace: true, state: { reason: outcome.status === 'failed' ? 'declined' : outcome.status === 'expired' ? 'cancelled' : undefined } });
  return (
    <SandboxCheckoutForm
      session={session}
      onPay={(digits) => confirm.mutate(digits, { onSuccess: leave })}
      onCancel={() => cancel.mutate(undefined, { onSuccess: leave })}
      // Kept busy once answered, until the next page shows.
      paying={confirm.isPending || confirm.isSuccess}
      cancelling={cancel.isPending || cancel.isSuccess}
      error={confirm.error ?? cancel.error}
    />
  );
}

/** Already paid, or expired (cancelled, or left too long): say so, and where to go. */
function ClosedSession({ session }: { session: SandboxSession }) {
  const { t } = useTranslation('payments');
  const complete = session.status === 'complete';
  const retry = session.course_id ? `/checkout/course/${session.course_id}` : session.plan ? `/checkout/plan/${session.plan}` : '/courses';
  return (
    <div className="card pay-closed" role="status" data-status={session.status}>
      <p className="alert-title">{complete ? t('sandbox.complete', { description: session.description }) : t('sandbox.expired', { description: session.description })}</p>
      <div className="actions">
        {complete ? (
          <Link to={inAppPath(session.success_url)} className="button">
            {t('sandbox.seeResult')}
          </Link>
        ) : (
          <Link to={retry} className="button">
            {t('sandbox.startAgain')}
          </Link>
        )}
      </div>
    </div>
  );
}
