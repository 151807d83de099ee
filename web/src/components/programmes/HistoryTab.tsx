/** PLACEHOLDER owned by the programme tabs slice. */
import type { ProgrammeTabProps } from './tab-props';

export function HistoryTab(props: ProgrammeTabProps) {
  return <div data-placeholder="HistoryTab" data-programme={props.programme.id} />;
}
