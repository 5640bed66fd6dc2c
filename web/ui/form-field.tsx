import { type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";

/** Attributes FormField hands to its control so that label, hint and error are announced with it. */
export interface FormControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
}

/** Props of FormField. */
export interface FormFieldProps {
  label: ReactNode;
  /** Renders the control (input, select, textarea) with the given attributes spread on it. */
  children: (control: FormControlProps) => ReactNode;
  /** Shown under the label and read with the control, e.g. "At least 10 characters". */
  hint?: ReactNode;
  /** The problem with the current value; marks the control invalid. */
  error?: string;
  /** Marks the field as required for people and assistive technology (forms use `noValidate` and check themselves). */
  required?: boolean;
  /** A fixed id for the control, e.g. so an error summary can link to it. */
  id?: string;
  className?: string;
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const present = ids.filter(Boolean);
  return present.length > 0 ? present.join(" ") : undefined;
}

/**
 * A labelled form control with an optional hint and error message, tied to the control with `aria-describedby`.
 * Forms check their values themselves (with translated messages) and show the server's details the same way.
 */
export function FormField({ label, children, hint, error, required, id, className }: FormFieldProps) {
  const { t } = useTranslation();
  const generated = useId();
  const controlId = id ?? generated;
  const hintId = hint ? `${controlId}-hint` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return (
    <div className={["form-field", className].filter(Boolean).join(" ")} data-invalid={error ? true : undefined}>
      <label htmlFor={controlId} className="form-field__label">
        {label}
        {required && (
          <span className="form-field__required">
            <span aria-hidden="true"> *</span>
            <span className="visually-hidden"> ({t("ui.form.required")})</span>
          </span>
        )}
      </label>
      {hint && (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      )}
      {children({
        id: controlId,
        "aria-describedby": describedBy(hintId, errorId),
        "aria-invalid": error ? true : undefined,
        "aria-required": required ? true : undefined,
      })}
      {error && (
        <p id={errorId} className="form-field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </div>
  );
}

/** Props of FormFieldset. */
export interface FormFieldsetProps {
  legend: ReactNode;
  children: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Id of the first control, the target of an error summary's link. */
  id?: string;
  className?: string;
}

/** A group of related controls (checkboxes, radios) under one legend, with an optional hint and error. */
export function FormFieldset({ legend, children, hint, error, id, className }: FormFieldsetProps) {
  const generated = useId();
  const baseId = id ?? generated;
  const hintId = hint ? `${baseId}-hint` : undefined;
  const errorId = error ? `${baseId}-error` : undefined;
  return (
    <fieldset
      className={["form-fieldset", className].filter(Boolean).join(" ")}
      aria-describedby={describedBy(hintId, errorId)}
      aria-invalid={error ? true : undefined}
      data-invalid={error ? true : undefined}
    >
      <legend className="form-fieldset__legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p id={errorId} className="form-field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
    </fieldset>
  );
}
