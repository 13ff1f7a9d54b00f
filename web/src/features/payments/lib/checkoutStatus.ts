import type { Transaction } from '../api/types';

export type CheckoutStatus = 'pending' | 'completed' | 'failed' | 'refunded' | 'enrolled';

/**
 * What the success page says: the transaction's status, except that a course bought and already visible among the
 * learner's enrollments is "enrolled" (the courses service enrolls a second or so after the payment completes).
 */
export function checkoutStatus(transaction: Pick<Transaction, 'status' | 'kind' | 'course_id'>, enrolledCourseIds: readonly string[] | undefined): CheckoutStatus {
  if (transaction.status !== 'completed') return transaction.status;
  if (transaction.kind === 'course' && transaction.course_id && enrolledCourseIds?.includes(transaction.course_id)) return 'enrolled';
  return 'completed';
}

/** Still waiting for something: the payment itself, or the enrollment that follows a course purchase. */
export function isWaiting(status: CheckoutStatus, kind: Transaction['kind']): boolean {
  return status === 'pending' || (status === 'completed' && kind === 'course');
}
