import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { requestJson } from '@/lib/api/client';
import { queryKeys } from '@/lib/api/queryKeys';
import { transactionsPath } from '../lib/transactionFilters';
import type { Page, Transaction, TransactionFilters } from './types';

/** GET /api/v1/payments/transactions (admins): search by email, id or course title, filter by status, kind, dates. */
export function useAdminTransactions(filters: TransactionFilters) {
  return useQuery({
    queryKey: queryKeys.adminTransactions(filters),
    queryFn: () => requestJson<Page<Transaction>>('GET', transactionsPath(filters)),
    placeholderData: keepPreviousData,
  });
}
