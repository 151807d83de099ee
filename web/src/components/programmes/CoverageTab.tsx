/** PLACEHOLDER owned by the programme tabs slice. */
import type { ProgrammeTabProps } from './tab-props';

export function CoverageTab(props: ProgrammeTabProps) {
  return <div data-placeholder="CoverageTab" data-programme={props.programme.id} />;
}
