// Placeholder until the sessions list lands in this session's work on issue 12.
export function SessionsSection(_props: { orgId: string }) {
  return null;
}
