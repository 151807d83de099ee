/** The workbench's dialogs: the shared modal dialog in the workbench's style. */
import type { ComponentProps } from 'react';
import { ModalDialog } from '../ModalDialog';

export function WbDialog(props: Omit<ComponentProps<typeof ModalDialog>, 'className'>) {
  return <ModalDialog {...props} className="wb-dialog" />;
}
