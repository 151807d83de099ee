// Placeholder until the page lands in this session's work on issue 12.
import { NotFoundPage } from '../NotFoundPage';

export default function SpecificationPage(_props: { orgId: string; specId: string }) {
  return <NotFoundPage />;
}
