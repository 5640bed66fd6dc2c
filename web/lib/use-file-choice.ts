import { type ChangeEvent, useRef, useState } from "react";
import { type FileProblem, fileProblem } from "./file-checks.ts";

/**
 * The state of a form that uploads one file: the file chosen, what is wrong with it before it is sent, and whether
 * the last upload went through. The messages are the caller's, translated.
 * @param limits what the server accepts (checked again there from the content).
 */
export function useFileChoice(
  limits: { maxBytes: number; types: readonly string[] },
  messages: { choose: string; problem: (found: FileProblem) => string },
) {
  const [file, setFile] = useState<File>();
  const [problem, setProblem] = useState<string>();
  const [done, setDone] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  return {
    file,
    /** What is wrong with the chosen file (or that none is), once the form was sent. */
    problem,
    /** Whether the last upload went through. */
    done,
    /** For the file input's `ref`, to empty it after an upload. */
    input,
    /** For the file input's `onChange`: takes the new file and forgets the previous outcome. */
    choose(event: ChangeEvent<HTMLInputElement>) {
      setFile(event.target.files?.[0]);
      setProblem(undefined);
      setDone(false);
    },
    /** On submit: the file to send, or undefined after noting what is wrong (none chosen, too large, wrong type). */
    checked(): File | undefined {
      setDone(false);
      if (!file) {
        setProblem(messages.choose);
        return undefined;
      }
      const found = fileProblem(file, limits.maxBytes, limits.types);
      if (found) {
        setProblem(messages.problem(found));
        return undefined;
      }
      setProblem(undefined);
      return file;
    },
    /** After a successful upload: the input is emptied and the form says it is done. */
    uploaded() {
      setFile(undefined);
      setDone(true);
      if (input.current) input.current.value = "";
    },
  };
}
