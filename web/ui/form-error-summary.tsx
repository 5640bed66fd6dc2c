import { useEffect, useId, useRef } from "react";
import { useTranslation } from "react-i18next";

/** One problem in the summary, linking to the control it is about. */
export interface FormErrorSummaryItem {
  /** Id of the control (or the first control of a group). */
  id: string;
  label: string;
  message: string;
}

/** Props of FormErrorSummary. */
export interface FormErrorSummaryProps {
  /** E.g. "The hub could not be saved". */
  title: string;
  /** A problem that belongs to no single field (the server's message, a network failure). */
  message?: string;
  items: FormErrorSummaryItem[];
}

/**
 * The list of a form's problems, shown above it after a failed submit and focused, so keyboard and screen-reader
 * users learn at once what went wrong; each item moves focus to its field (the GOV.UK pattern).
 */
export function FormErrorSummary({ title, message, items }: FormErrorSummaryProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();

  // Focus on first showing and whenever the problems change (a second failed submit), not on every render.
  const signature = `${message ?? ""}|${items.map((item) => `${item.id}:${item.message}`).join("|")}`;
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed on the problems' content, not the array's identity.
  useEffect(() => {
    ref.current?.focus();
  }, [signature]);

  return (
    <div ref={ref} className="form-error-summary" role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <p id={titleId} className="form-error-summary__title">
        {title}
      </p>
      {message && <p className="form-error-summary__message">{message}</p>}
      {items.length > 0 && (
        <ul aria-label={t("ui.form.problems")}>
          {items.map((item) => (
            <li key={item.id}>
              <a
                href={`#${item.id}`}
                onClick={(event) => {
                  const target = document.getElementById(item.id);
                  if (!target) return;
                  event.preventDefault();
                  target.focus();
                  target.scrollIntoView({ block: "center" });
                }}
              >
                {item.label}: {item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
