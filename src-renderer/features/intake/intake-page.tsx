import { Alert } from 'antd';
import type { Output } from '../../../src-main/contract/index.ts';
import { useCall } from '../../app/use-call.ts';
import { FileImportPage } from '../exchange/file-import-page.tsx';
import { importTally } from '../exchange/import-tally.ts';
import { ImportReportTable } from './import-report-table.tsx';

type Reports = Output<'intake.importFolder'>['reports'];

function summary(reports: Reports): string {
  const flagged = reports.filter((report) => report.flags.length > 0).length;
  return `${importTally(reports)}${flagged > 0 ? `；其中 ${String(flagged)} 个需要核实（见标记）` : ''}。`;
}

// 导入记录文件: files or a whole folder (a USB stick), each verified and opened on its own; a refused file writes
// nothing and the batch goes on, ending with one line per file.
export function IntakePage() {
  const call = useCall();
  return (
    <FileImportPage
      title="导入记录文件"
      intro="选择承办人员送来的记录文件（扩展名 .liuhen），或存放它们的文件夹（例如U盘）。每个文件逐一核验：未通过核验的文件不会导入，也不影响其他文件。"
      progressChannel="intake.progress"
      importFrom={(source) => call(source === 'folder' ? 'intake.importFolder' : 'intake.importFiles', {})}
      renderReports={(reports) => {
        const refused = reports.some(({ outcome, flags }) => outcome === 'refused' || flags.length > 0);
        return (
          <>
            <Alert role="status" type={refused ? 'warning' : 'success'} showIcon title={summary(reports)} />
            <ImportReportTable reports={reports} />
          </>
        );
      }}
    />
  );
}
