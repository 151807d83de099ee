/** The bank's files: export as Moodle XML or GIFT, import either (preview, then commit). */
export function InterchangePanel(_props: {
  orgId: string;
  card: { code: string; level: number };
  onImported: () => void;
}) {
  return null;
}
