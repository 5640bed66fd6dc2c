import { FormField, FormFieldset } from "../../../ui/form-field.tsx";
import { useAssessmentsT } from "../hooks/use-assessments-t.ts";
import type { RoundTermsDraft } from "../utils/round-terms.ts";

/** Props of RoundTermsFields. */
export interface RoundTermsFieldsProps {
  /** Prefix of the controls' ids (the error summary links to `${id}-spreadThreshold` and `${id}-tiers`). */
  id: string;
  value: RoundTermsDraft;
  onChange: (next: RoundTermsDraft) => void;
  errors: { spreadThreshold?: string; tiers?: string };
}

/** The disagreement spread and the tiers with their thresholds: fields shared by opening and editing a round. */
export function RoundTermsFields({ id, value, onChange, errors }: RoundTermsFieldsProps) {
  const t = useAssessmentsT();
  const setTier = (i: number, patch: Partial<RoundTermsDraft["tiers"][number]>) =>
    onChange({ ...value, tiers: value.tiers.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <>
      <FormField
        label={t("open.spread")}
        hint={t("open.spreadHint")}
        id={`${id}-spreadThreshold`}
        error={errors.spreadThreshold}
      >
        {(control) => (
          <input
            className="input input--short"
            inputMode="decimal"
            {...control}
            value={value.spread}
            onChange={(e) => onChange({ ...value, spread: e.target.value })}
          />
        )}
      </FormField>
      <FormFieldset legend={t("open.tiers")} hint={t("open.tiersHint")} id={`${id}-tiers`} error={errors.tiers}>
        {value.tiers.map((tier, i) => (
          // The tiers never move, so their position is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed rows, never reordered.
          <div key={i} className="tier-row">
            <label>
              {t("open.tierName", { n: i + 1 })}
              <input
                className="input input--short"
                value={tier.name}
                onChange={(e) => setTier(i, { name: e.target.value })}
              />
            </label>
            <label>
              {t("open.tierMin", { n: i + 1 })}
              <input
                className="input input--short"
                inputMode="decimal"
                value={tier.min}
                onChange={(e) => setTier(i, { min: e.target.value })}
              />
            </label>
          </div>
        ))}
      </FormFieldset>
    </>
  );
}
