import { useNamespaceT } from "../../../lib/i18n.ts";
import type messages from "../../../lib/locales/assessments.vi.json";

/** The assessments namespace's translate function, typed by its Vietnamese messages (English has the same keys). */
export const useAssessmentsT = () => useNamespaceT<typeof messages>("assessments");
