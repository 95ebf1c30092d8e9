import { Button, Result, Spin } from 'antd';
import { useEffect, useState } from 'react';
import type { Output } from '../../../src-main/contract/index.ts';
import { useCall } from '../../app/use-call.ts';
import { RecordEditor } from './record-editor.tsx';
import type { UnsavedWork } from './unsaved-work.ts';

type Detail = Output<'record.get'>;
type Loaded = { kind: 'loading' } | { kind: 'missing' } | { kind: 'ready'; detail: Detail };

interface EditorPageProps {
  recordId: string;
  onBack: () => void;
  unsavedWork: UnsavedWork;
}

// Reads the record out of the vault and hands the latest version to the editor. The record lives only in this
// page's state (and the form inside it), so leaving the page or locking the vault lets all of it go.
export function EditorPage({ recordId, onBack, unsavedWork }: EditorPageProps) {
  const call = useCall();
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  // After finalizing, amending or marking, the new state is announced by focusing the record's heading.
  const [changed, setChanged] = useState(false);

  useEffect(() => {
    void call('record.get', { recordId }).then((detail) => setLoaded(detail ? { kind: 'ready', detail } : { kind: 'missing' }));
  }, [call, recordId]);

  if (loaded.kind === 'loading') return <Spin aria-label="正在读取记录表" />;
  if (loaded.kind === 'missing') {
    return (
      <Result
        status="warning"
        title="未能打开这份记录表"
        extra={
          <Button type="primary" onClick={onBack}>
            返回列表
          </Button>
        }
      />
    );
  }
  const { detail } = loaded;
  return (
    <RecordEditor
      key={`${detail.version}-${detail.status}`}
      detail={detail}
      onDetail={(next) => {
        setChanged(true);
        setLoaded({ kind: 'ready', detail: next });
      }}
      focusHeading={changed}
      onBack={onBack}
      unsavedWork={unsavedWork}
    />
  );
}
