import { useTranslation } from 'react-i18next';
import { Field, SelectField } from '@/components/Field';

/** Currencies people here pay in; a course already in another one keeps it. */
const currencies = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'MAD', 'TND', 'DZD', 'XOF'];

type Props = {
  pricingModels: string[];
  pricingModel: string;
  amount: string;
  currency: string;
  onChange: (change: Partial<{ pricingModel: string; amount: string; currency: string }>) => void;
  amountError?: string | undefined;
  currencyError?: string | undefined;
  pricingError?: string | undefined;
};

export function PriceFields({ pricingModels, pricingModel, amount, currency, onChange, amountError, currencyError, pricingError }: Props) {
  const { t } = useTranslation('authoring');
  const currencyOptions = (currencies.includes(currency) ? currencies : [currency, ...currencies]).map((code) => ({ value: code, label: code }));
  return (
    <div className="form-row">
      <SelectField
        label={t('form.pricing')}
        value={pricingModel}
        error={pricingError}
        onChange={(event) => onChange({ pricingModel: event.target.value })}
        options={pricingModels.map((model) => ({ value: model, label: t(`pricing.${model}`, { defaultValue: model }) }))}
        data-testid="course-pricing-select"
      />
      {pricingModel !== 'free' && (
        <>
          <Field
            label={t('form.amount')}
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            error={amountError}
            onChange={(event) => onChange({ amount: event.target.value })}
            data-testid="course-amount-input"
          />
          <SelectField label={t('form.currency')} value={currency} error={currencyError} onChange={(event) => onChange({ currency: event.target.value })} options={currencyOptions} />
        </>
      )}
    </div>
  );
}
