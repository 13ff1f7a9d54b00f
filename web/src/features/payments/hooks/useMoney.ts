import { useFormat } from '@/lib/format';
import { fromMinor } from '../lib/money';

/** A payment amount (minor units) written as the reader's language writes prices: `money(1250, 'EUR')` → "12,50 €". */
export function useMoney() {
  const format = useFormat();
  return (amount: number, currency: string) => format.price(fromMinor(amount), currency);
}
