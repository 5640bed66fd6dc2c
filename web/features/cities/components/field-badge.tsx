import type { CSSProperties } from "react";
import { useLanguage } from "../../../lib/i18n.ts";
import { localizedName } from "../../../lib/localized-names.ts";
import { fieldColor } from "../utils/field-colors.ts";

/** A creative field as the API names it. */
type Field = { slug: string; name: string; nameVi?: string | null };

/** Props of FieldBadge. */
export interface FieldBadgeProps {
  field: Field;
  /** Text after the field name, such as the designation year. */
  suffix?: string;
}

/** A creative field's name with its colour dot, the same colour as its map markers and chart series. */
export function FieldBadge({ field, suffix }: FieldBadgeProps) {
  const { language } = useLanguage();
  return (
    <span className="field-badge" style={{ "--field-color": fieldColor(field.slug) } as CSSProperties}>
      <span className="field-badge__dot" aria-hidden="true" />
      {localizedName(field, language)}
      {suffix && <span className="field-badge__suffix">{suffix}</span>}
    </span>
  );
}
