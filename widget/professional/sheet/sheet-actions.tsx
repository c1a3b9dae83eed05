// What the worker does with the sheet: print it alone (widget/professional/print-host.ts) and, when a
// regeling has a reminder, download the .ics with the dates to apply (again).
import type { RefObject } from 'preact';
import { useWidget } from '../../shared/context.ts';
import { downloadTextFile } from '../../text/download-file.ts';
import { buildIcs, type Reminder } from '../ics.ts';
import { printSheet } from '../print-host.ts';

export interface SheetActionsProps {
  /** The sheet's own element: only it is printed. */
  sheet: RefObject<HTMLElement | null>;
  reminders: Reminder[];
  date: string;
}

export function SheetActions({ sheet, reminders, date }: SheetActionsProps) {
  const { t } = useWidget();
  return (
    <div class="vw-actions vw-no-print">
      <button
        type="button"
        class="utrecht-button utrecht-button--primary-action"
        onClick={() => sheet.current && printSheet(sheet.current)}
      >
        {t('professional.sheet.print')}
      </button>
      {reminders.length > 0 && (
        <button
          type="button"
          class="utrecht-button utrecht-button--secondary-action"
          onClick={() => downloadTextFile('herinnering-regelingen.ics', buildIcs(reminders, date), 'text/calendar')}
        >
          {t('professional.ics.button', { count: reminders.length })}
        </button>
      )}
    </div>
  );
}
