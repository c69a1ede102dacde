import type { Translate } from '../../src/i18n/translate';
import { downloadText } from '../widget-kit/download';
import type { MatrixUi } from './actions';
import type { AdrExportProps } from './adr-export';

interface Props {
  exportProps: AdrExportProps;
  ui: MatrixUi;
  tr: Translate;
  disabled: boolean;
  onNotice: (notice: NonNullable<MatrixUi['notice']>) => void;
}

/** "Download as ADR" (the record is written by adr-export.ts, loaded on the first click) and "Print the brief". */
export function ExportControls({ exportProps, ui, tr, disabled, onNotice }: Props) {
  const downloadAdr = async () => {
    try {
      const { adrFile, localDate } = await import('./adr-export');
      const file = adrFile(exportProps, ui, tr, localDate(new Date()), `${window.location.origin}${window.location.pathname}`);
      downloadText(file.fileName, file.text, 'text/markdown;charset=utf-8');
      onNotice({ key: 'matrix.adrSaved', vars: { file: file.fileName } });
    } catch {
      onNotice({ key: 'matrix.adrFailed' });
    }
  };
  return (
    <>
      <button type="button" data-export="adr" disabled={disabled} onClick={downloadAdr}>{tr('matrix.downloadAdr')}</button>
      <button type="button" data-export="print" disabled={disabled} onClick={() => window.print()}>{tr('matrix.print')}</button>
    </>
  );
}
