/** PLACEHOLDER owned by the programme tabs slice. */
import type { ProgrammeTabProps } from './tab-props';

export function ProgrammeActions(props: ProgrammeTabProps) {
  return <div data-placeholder="ProgrammeActions" data-programme={props.programme.id} />;
}
