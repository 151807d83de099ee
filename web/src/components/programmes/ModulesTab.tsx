/** PLACEHOLDER owned by the programme editor slice. */
import type { ProgrammeTabProps } from './tab-props';

export function ModulesTab(props: ProgrammeTabProps) {
  return <div data-placeholder="ModulesTab" data-programme={props.programme.id} />;
}
