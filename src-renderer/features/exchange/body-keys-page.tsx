import { KeysPage } from './keys-page.tsx';
import type { OwnKey } from './own-key-card.tsx';
import { SignCalendarCard } from './sign-calendar-card.tsx';

const BODY_KEY: OwnKey = {
  channels: { status: 'body.status', saveKeyFile: 'body.saveKeyFile', printKeyNotice: 'body.printKeyNotice' },
  cardTitle: '本纪检组织的公钥',
  identity: (body) => [
    ['纪检组织类别', body.kind],
    ['所在单位', body.unit],
    ['纪检组织名称', body.name],
  ],
  handOver:
    '把公钥文件交给报送记录的承办人员（或需要向本机转送的纪检组织），同时交付加盖本单位公章的密钥告知单。对方导入公钥文件后，须把屏幕上的指纹与告知单逐组核对，一致才可使用。',
};

const PEER_BODY_KEYS = {
  title: '其他纪检组织的公钥',
  intro: '转送记录给其他纪检组织，或接收其他纪检组织转送的记录，都须先导入对方的公钥文件，并与对方盖章的密钥告知单核对指纹。',
};

// 本机密钥: what a handler (or another body) needs to send records here. The key file travels on a USB stick; the
// notice, sealed by the unit, vouches for it on paper. Only a body signs calendar packs.
export function BodyKeysPage() {
  return (
    <KeysPage title="本机密钥" ownKey={BODY_KEY} trustedKeys={PEER_BODY_KEYS}>
      <SignCalendarCard />
    </KeysPage>
  );
}
