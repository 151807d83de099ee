/** PLACEHOLDER owned by the programme tabs slice. */
import type { ProgrammeTabProps } from './tab-props';

export function ImpactTab(props: ProgrammeTabProps) {
  return <div data-placeholder="ImpactTab" data-programme={props.programme.id} />;
}
