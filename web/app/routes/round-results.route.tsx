import { useParams } from "react-router";
import { ResultsPage } from "../../features/assessments/components/results-page.tsx";

/** `/rounds/:id/results`: public once published; a preview for administrators and hub managers before. */
export function RoundResultsRoute() {
  const { id = "" } = useParams();
  return <ResultsPage roundId={id} />;
}
