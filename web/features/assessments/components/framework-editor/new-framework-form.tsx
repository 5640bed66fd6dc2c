import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useNavigate } from "react-router";
import type { FrameworkView } from "../../../../../contract/api/assessments.schema.ts";
import { ApiError } from "../../../../lib/api-client.ts";
import { useLanguage } from "../../../../lib/i18n.ts";
import { paths } from "../../../../lib/paths.ts";
import { FormField } from "../../../../ui/form-field.tsx";
import { useCreateFramework } from "../../api/create-framework.ts";
import { getFrameworkQueryOptions } from "../../api/get-framework.ts";
import type { Frameworks } from "../../api/get-frameworks.ts";
import { useAssessmentsT } from "../../hooks/use-assessments-t.ts";
import { starterElements } from "../../utils/framework-draft.ts";
import { bilingual } from "../../utils/labels.ts";

/** Props of NewFrameworkForm. */
export interface NewFrameworkFormProps {
  network: string;
  /** The network's frameworks, any of which can be the start of the new one (the example first). */
  frameworks: Frameworks["items"];
}

/**
 * Creates a new framework (version 1) for the network's administrators, from scratch (one dimension with one
 * indicator to rename) or as a copy of an existing one such as the example, then opens it in the editor.
 */
export function NewFrameworkForm({ network, frameworks }: NewFrameworkFormProps) {
  const t = useAssessmentsT();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const create = useCreateFramework();
  const sorted = [...frameworks].sort((a, b) => Number(b.isExample) - Number(a.isExample));
  const [nameVi, setNameVi] = useState("");
  const [nameEn, setNameEn] = useState("");
  const [start, setStart] = useState<string>(sorted[0]?.id ?? "");
  const [errors, setErrors] = useState<{ nameVi?: string; nameEn?: string; load?: string }>({});

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      nameVi: nameVi.trim() ? undefined : t("editor.check.nameViRequired"),
      nameEn: nameEn.trim() ? undefined : t("editor.check.nameEnRequired"),
    };
    setErrors(problems);
    if (problems.nameVi || problems.nameEn) return;
    let source: FrameworkView | undefined;
    if (start) {
      try {
        source = await queryClient.fetchQuery(getFrameworkQueryOptions(start));
      } catch (error) {
        setErrors({ load: error instanceof Error ? error.message : String(error) });
        return;
      }
    }
    create.mutate(
      {
        network,
        body: {
          nameVi: nameVi.trim(),
          nameEn: nameEn.trim(),
          descriptionVi: source?.descriptionVi ?? null,
          descriptionEn: source?.descriptionEn ?? null,
          elements:
            source?.elements ??
            starterElements({
              dimensionVi: t("editor.starter.dimensionVi"),
              dimensionEn: t("editor.starter.dimensionEn"),
              indicatorVi: t("editor.starter.indicatorVi"),
              indicatorEn: t("editor.starter.indicatorEn"),
            }),
        },
      },
      { onSuccess: (framework) => navigate(paths.assessments.framework(framework.id)) },
    );
  };
  const detail = (field: string) =>
    create.error instanceof ApiError
      ? create.error.details.find((d) => d.path === `body.${field}`)?.message
      : undefined;

  return (
    <section className="panel new-framework" aria-labelledby="new-framework-title">
      <h2 id="new-framework-title" className="section-title">
        {t("editor.newTitle")}
      </h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="form-grid">
          <FormField label={t("editor.frameworkNameVi")} error={errors.nameVi ?? detail("nameVi")} required>
            {(p) => (
              <input {...p} className="input" lang="vi" value={nameVi} onChange={(e) => setNameVi(e.target.value)} />
            )}
          </FormField>
          <FormField label={t("editor.frameworkNameEn")} error={errors.nameEn ?? detail("nameEn")} required>
            {(p) => (
              <input {...p} className="input" lang="en" value={nameEn} onChange={(e) => setNameEn(e.target.value)} />
            )}
          </FormField>
        </div>
        <FormField label={t("editor.startFrom")} hint={t("editor.startHint")}>
          {(p) => (
            <select {...p} className="select" value={start} onChange={(e) => setStart(e.target.value)}>
              <option value="">{t("editor.fromScratch")}</option>
              {sorted.map((f) => (
                <option key={f.id} value={f.id}>
                  {t("editor.copyOf", {
                    name: bilingual(f.nameVi, f.nameEn, language),
                    version: f.frameworkVersion,
                  })}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {(create.isError || errors.load) && (
          <p className="form-field__error" role="alert">
            {errors.load ?? create.error?.message}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={create.isPending}>
            {t("editor.create")}
          </button>
        </div>
      </form>
    </section>
  );
}
