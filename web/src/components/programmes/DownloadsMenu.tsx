/** PLACEHOLDER owned by the programme tabs slice. */
import type { ProgrammeTabProps } from './tab-props';

export function DownloadsMenu(props: ProgrammeTabProps) {
  return <div data-placeholder="DownloadsMenu" data-programme={props.programme.id} />;
}
