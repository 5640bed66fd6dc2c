import type { EvidenceFile, FrameworkView, RoundView } from "../../../contract/api/assessments.schema.ts";
import { iso, isoOrNull } from "../../../contract/dates.ts";
import type { EvidenceRow, FrameworkRow, RoundRow } from "./assessments.repository.ts";

/** A framework version; `locked` once a round using it has scores. */
export function presentFramework(row: FrameworkRow): FrameworkView {
  return {
    id: row.id,
    networkId: row.networkId,
    familyId: row.familyId,
    frameworkVersion: row.frameworkVersion,
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    descriptionVi: row.descriptionVi,
    descriptionEn: row.descriptionEn,
    isExample: row.isExample,
    locked: row.lockedAt !== null,
    version: row.version,
    elements: row.elements,
    updatedAt: iso(row.updatedAt),
  };
}

/** A round without its hubs (lists). */
export function presentRound(row: RoundRow): Omit<RoundView, "hubs"> {
  return {
    id: row.id,
    networkId: row.networkId,
    framework: {
      id: row.frameworkId,
      nameVi: row.frameworkNameVi,
      nameEn: row.frameworkNameEn,
      frameworkVersion: row.frameworkVersion,
    },
    nameVi: row.nameVi,
    nameEn: row.nameEn,
    status: row.status,
    selfDeadline: row.selfDeadline,
    assessorDeadline: row.assessorDeadline,
    consolidation: row.consolidation,
    spreadThreshold: Number(row.spreadThreshold),
    tiers: row.tiers,
    closedAt: isoOrNull(row.closedAt),
    publishedAt: isoOrNull(row.publishedAt),
    version: row.version,
  };
}

/** An evidence file as listed with a hub's submissions. */
export function presentEvidence(row: EvidenceRow): EvidenceFile {
  return {
    id: row.id,
    indicator: row.indicator,
    filename: row.filename,
    contentType: row.contentType,
    size: row.size,
    uploadedBy: row.uploadedBy,
    createdAt: iso(row.createdAt),
  };
}
