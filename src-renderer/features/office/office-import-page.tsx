import { Alert } from 'antd';
import { useCall } from '../../app/use-call.ts';
import { FileImportPage } from '../exchange/file-import-page.tsx';
import { importTally } from '../exchange/import-tally.ts';
import { SummaryImportTable } from './summary-import-table.tsx';

// 导入汇总: the units' sealed summary files, picked or a whole folder, each verified on its own; a refused file
// writes nothing and the batch goes on, ending with one line per file.
export function OfficeImportPage() {
  const call = useCall();
  return (
    <FileImportPage
      title="导入汇总"
      intro="选择各单位纪检组织报送的加密年度汇总文件（扩展名 .liuhen），或存放它们的文件夹（例如U盘）。每个文件逐一核验：未通过核验的文件不会导入，也不影响其他文件。"
      progressChannel="office.importProgress"
      importFrom={(source) => call(source === 'folder' ? 'office.importFolder' : 'office.importFiles', {})}
      renderReports={(reports) => {
        const troubled = reports.some(({ outcome, code }) => outcome === 'refused' || code === 'SUMMARY_EQUIVOCATION');
        return (
          <>
            <Alert type={troubled ? 'warning' : 'success'} showIcon title={`${importTally(reports)}。`} />
            <SummaryImportTable reports={reports} />
          </>
        );
      }}
    />
  );
}
