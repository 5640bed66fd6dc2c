import type { ReactNode } from "react";

/** The messages of one field of the element being edited (its live checks and the server's details). */
export type FieldMessages = (field: string) => string[];

/** Attributes EditorField hands to its control. */
export interface EditorControlProps {
  id: string;
  /** "Label: element": the visible label is short, the accessible name unique (it starts with the visible label). */
  "aria-label": string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

/** Props of EditorField. */
export interface EditorFieldProps {
  id: string;
  /** The visible, short label ("Weight"). */
  label: string;
  /** The element's name, added for assistive technology so every control is named uniquely ("Weight: Events"). */
  name: string;
  messages: string[];
  hint?: ReactNode;
  className?: string;
  children: (control: EditorControlProps) => ReactNode;
}

/**
 * A labelled control of the framework editor with its problems right under it. The accessible name is
 * "Label: element", the visible label only "Label", so a long tree stays readable.
 */
export function EditorField({ id, label, name, messages, hint, className, children }: EditorFieldProps) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : "", messages.length > 0 ? errorId : ""].filter(Boolean).join(" ");
  return (
    <div
      className={["form-field", className].filter(Boolean).join(" ")}
      data-invalid={messages.length > 0 || undefined}
    >
      <label htmlFor={id} className="form-field__label">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      )}
      {children({
        id,
        "aria-label": `${label}: ${name}`,
        "aria-invalid": messages.length > 0 ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {messages.length > 0 && (
        <p id={errorId} className="form-field__error">
          {messages.join(" ")}
        </p>
      )}
    </div>
  );
}
