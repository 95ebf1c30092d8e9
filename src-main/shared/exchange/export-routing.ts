import type { Recipient, Routing } from '../routing/route-record.ts';
import type { BodyKind } from './exchange-body.ts';

// Which kind of body each recipient the rule names is, so routing can pick the key files to seal to.
export const RECIPIENT_BODY_KINDS: Readonly<Record<Recipient, BodyKind>> = {
  unitDisciplineBody: '单位纪检组织',
  organsDisciplineCommission: '部直属机关纪委',
  stationedInspectionGroup: '驻部纪检监察组',
};

export interface KeyedBody {
  body: { kind: BodyKind; unit: string; name: string };
  fingerprint: string;
}

export interface ExportRoute {
  recipient: Recipient;
  name: string;
  reason: string;
  // The checked key files of that kind: none means the handler must first import and compare one.
  bodies: KeyedBody[];
}

export function exportRoutes(routing: Routing, trusted: readonly KeyedBody[]): ExportRoute[] {
  return routing.recipients.map(({ recipient, name, reason }) => ({
    recipient,
    name,
    reason,
    bodies: trusted.filter(({ body }) => body.kind === RECIPIENT_BODY_KINDS[recipient]),
  }));
}
