import { apiUrl } from "../../../lib/api-client.ts";

/** Where a round's results download as an XLSX workbook (Results, Indicators, Metadata); the same visibility as the JSON. */
export const resultsXlsxUrl = (id: string) => apiUrl(`/rounds/${encodeURIComponent(id)}/results.xlsx`);
