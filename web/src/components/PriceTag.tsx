import { useTranslation } from 'react-i18next';
import { useFormat } from '@/lib/format';
import type { Price } from '@/lib/api/types';

export function PriceTag({ price }: { price: Price }) {
  const { t } = useTranslation();
  const format = useFormat();
  const free = price.pricing_model === 'free' || price.amount === 0;
  return <span className={free ? 'price price-free' : 'price'}>{free ? t('price.free') : format.price(price.amount, price.currency)}</span>;
}
