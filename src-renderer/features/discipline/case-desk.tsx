import { useState } from 'react';
import type { UnsavedWork } from '../editor/unsaved-work.ts';
import { CasePage } from './case-page.tsx';
import { InboxPage } from './inbox-page.tsx';
import { IntervenersPage } from './interveners-page.tsx';
import { PaperEntryPage } from './paper-entry-page.tsx';

type Place = { at: 'list' } | { at: 'paper' } | { at: 'case'; recordId: string };

// The inbox and what opens from it (a record, the paper entry form), as one page of the workspace: going back
// returns to the inbox, which reads its rows again.
export function CaseDesk({ unsavedWork }: { unsavedWork: UnsavedWork }) {
  const [place, setPlace] = useState<Place>({ at: 'list' });
  const back = () => setPlace({ at: 'list' });
  switch (place.at) {
    case 'list':
      return <InboxPage onOpen={(recordId) => setPlace({ at: 'case', recordId })} onKeyInPaper={() => setPlace({ at: 'paper' })} />;
    case 'paper':
      return <PaperEntryPage unsavedWork={unsavedWork} onBack={back} onDone={(recordId) => setPlace({ at: 'case', recordId })} />;
    case 'case':
      return <CasePage key={place.recordId} recordId={place.recordId} onBack={back} />;
  }
}

// The interveners, from which a record opens in place.
export function IntervenerDesk() {
  const [recordId, setRecordId] = useState<string>();
  return recordId === undefined ? (
    <IntervenersPage onOpen={setRecordId} />
  ) : (
    <CasePage key={recordId} recordId={recordId} onBack={() => setRecordId(undefined)} />
  );
}
