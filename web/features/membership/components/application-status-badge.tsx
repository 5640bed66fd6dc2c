import { useTranslation } from "react-i18next";
import type { ApplicationStatus } from "../../../../contract/api/membership.schema.ts";
import { Badge } from "../../../ui/badge.tsx";
import { applicationTone } from "../utils/application-status.ts";

/** An application's state in words, with a colour cue. */
export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation();
  return <Badge tone={applicationTone(status)}>{t(`membership.status.${status}`)}</Badge>;
}
