/** Props of ErrorNotice. */
export interface ErrorNoticeProps {
  /** What went wrong, for people; nothing is shown when undefined. */
  message: string | undefined;
}

/** A failed action's message, announced as an alert where the action is (e.g. under a form). */
export function ErrorNotice({ message }: ErrorNoticeProps) {
  if (!message) return null;
  return (
    <p className="notice notice--error" role="alert">
      {message}
    </p>
  );
}
