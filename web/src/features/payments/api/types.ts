// The payments service's JSON shapes: the types generated from its OpenAPI document (src/lib/api/schema/payments.ts,
// npm run api:types), with the service's vocabularies (statuses, kinds, plans) narrowed to their values. A field the
// service renames or drops fails the type check here. Amounts are integer minor units (cents).
import type { components } from '@/lib/api/schema/payments';

type Schemas = components['schemas'];
/** The generated shape with some fields narrowed. */
type Narrow<T, N> = Omit<T, keyof N> & N;

export type PlanName = 'basic' | 'pro' | 'enterprise';
export type TransactionStatus = 'pending' | 'completed' | 'failed' | 'refunded';
export type TransactionKind = 'course' | 'subscription';
export type PaymentMode = 'stripe' | 'sandbox';

export type Refund = Narrow<Schemas['RefundView'], { status: 'pending' | 'succeeded' | 'failed' }>;

export type Transaction = Narrow<
  Schemas['TransactionView'],
  {
    kind: TransactionKind;
    plan: PlanName | null;
    /** A partial refund keeps "completed", with amount_refunded > 0. */
    status: TransactionStatus;
    payment_method: 'card' | 'bank_transfer' | 'free' | null;
    mode: PaymentMode;
    refunds: Refund[];
  }
>;

export type Page<T> = Narrow<Schemas['TransactionPage'], { items: T[] }>;

export type Plan = Narrow<Schemas['PlanView'], { plan: PlanName; grants: 'beginner_courses' | 'all_courses' }>;

export type SubscriptionStatus = 'active' | 'paused' | 'cancelled' | 'expired';

export type Subscription = Narrow<Schemas['SubscriptionView'], { plan: PlanName; status: SubscriptionStatus; mode: PaymentMode }>;

export type InvoiceLine = Schemas['InvoiceLineView'];

export type Invoice = Schemas['InvoiceView'];

export type SandboxSession = Narrow<
  Schemas['SandboxSessionView'],
  { kind: TransactionKind; plan: PlanName | null; status: 'open' | 'complete' | 'expired' }
>;

export type CheckoutRequest = { course_id: string } | { plan: PlanName };
export type CheckoutStarted = Narrow<Schemas['CheckoutResponse'], { mode: PaymentMode }>;

/** "processing": paid, the webhook not delivered yet (the success page waits for it). */
export type SandboxOutcome = Narrow<Schemas['SandboxOutcome'], { status: 'complete' | 'processing' | 'failed' | 'expired' }>;

export type SubscriptionChange = { plan?: PlanName; cancel_at_period_end?: boolean };

export type RefundRequest = { amount?: number; reason: string };

export type TransactionFilters = {
  q: string;
  status: TransactionStatus | '';
  kind: TransactionKind | '';
  from: string;
  to: string;
  page: number;
};

export type RevenueDay = Schemas['RevenueDay'];
export type RevenueByCourse = Schemas['CourseRevenue'];
export type RevenueByPlan = Narrow<Schemas['PlanRevenue'], { plan: PlanName }>;

export type Revenue = Narrow<Schemas['RevenueReport'], { by_plan: RevenueByPlan[] }>;
