// Placeholder until the page lands in this session's work on issue 12.
import { NotFoundPage } from '../NotFoundPage';

export default function SessionPage(_props: { orgId: string; sessionId: string }) {
  return <NotFoundPage />;
}
