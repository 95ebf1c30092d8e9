import { describe, expect, it } from 'vitest';
import { exportRoutes, type KeyedBody } from '../../../src-main/shared/exchange/export-routing.ts';
import { routeRecord } from '../../../src-main/shared/routing/route-record.ts';

const unitBody: KeyedBody = { body: { kind: '单位纪检组织', unit: '某省通信管理局', name: '纪检组' }, fingerprint: 'a'.repeat(64) };
const group: KeyedBody = { body: { kind: '驻部纪检监察组', unit: '工业和信息化部', name: '驻部纪检监察组' }, fingerprint: 'b'.repeat(64) };

describe('picking the key files a record is exported to', () => {
  it('offers the unit’s body for a record routed there, and the stationed group for a 司局级 intervener', () => {
    const unit = { unitHasDisciplineBody: true, alsoReportBureauLevelToUnitBody: true };
    const routes = exportRoutes(routeRecord({ entries: [{ intervener: { level: 'departmentPrincipal' } }], unit }), [unitBody, group]);
    expect(routes.map((route) => [route.recipient, route.bodies.map((body) => body.fingerprint)])).toEqual([
      ['stationedInspectionGroup', [group.fingerprint]],
      ['unitDisciplineBody', [unitBody.fingerprint]],
    ]);
  });

  it('shows a recipient with no checked key file as having none, rather than dropping it', () => {
    const routes = exportRoutes(routeRecord({ entries: [{ intervener: { level: 'divisionPrincipal' } }], unit: { unitHasDisciplineBody: false } }), [unitBody]);
    expect(routes).toMatchObject([{ recipient: 'organsDisciplineCommission', bodies: [] }]);
  });
});
