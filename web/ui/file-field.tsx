import type { ChangeEvent, RefObject } from "react";
import { FormField } from "./form-field.tsx";

/** Props of FileField. */
export interface FileFieldProps {
  label: string;
  /** What may be sent (types, largest size), under the label. */
  hint: string;
  /** The problem with the chosen file, or the server's refusal. */
  error: string | undefined;
  /** MIME types the picker offers. */
  accept: readonly string[];
  /** To empty the input after an upload. */
  inputRef: RefObject<HTMLInputElement | null>;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}

/** A labelled file picker with its hint and problem. */
export function FileField({ label, hint, error, accept, inputRef, onChange }: FileFieldProps) {
  return (
    <FormField label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          ref={inputRef}
          className="input"
          type="file"
          accept={accept.join(",")}
          onChange={onChange}
        />
      )}
    </FormField>
  );
}
