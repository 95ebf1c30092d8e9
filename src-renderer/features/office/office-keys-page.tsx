import { KeysPage } from '../exchange/keys-page.tsx';
import type { OwnKey } from '../exchange/own-key-card.tsx';

const OFFICE_KEY: OwnKey = {
  channels: { status: 'office.status', saveKeyFile: 'office.saveKeyFile', printKeyNotice: 'office.printKeyNotice' },
  cardTitle: '本办公室的公钥',
  identity: (body) => [
    ['所在单位', body.unit],
    ['名称', body.name],
  ],
  handOver: '把公钥文件交给各单位纪检组织，同时交付加盖公章的密钥告知单；各单位导入后须逐组核对指纹，一致才可用它加密报送年度汇总。',
};

const UNIT_BODY_KEYS = {
  title: '各单位纪检组织的公钥',
  intro: '导入各单位纪检组织的公钥文件，并与其盖章的密钥告知单核对指纹。导入了公钥的单位即为应报送年度汇总的单位；未报送的单位列在“汇总”页。',
};

// 密钥: the office's own key file and notice, which each unit's discipline body imports to seal its summary here,
// and the units' key files the office checked: those units are the ones expected to report every year.
export function OfficeKeysPage() {
  return <KeysPage title="密钥" ownKey={OFFICE_KEY} trustedKeys={UNIT_BODY_KEYS} />;
}
