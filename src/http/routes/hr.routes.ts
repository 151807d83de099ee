/**
 * The HR staff register over HTTP, under an organisation: staff records, imports and exports,
 * attestation (policy, commissions, schedule, stages, protocol PDF, calendar), development plans,
 * the dashboard; and the worker's own view under /me. File formats are written here.
 */
import { icalendar } from '../../domain/hr/icalendar.js';
import { stringifyCsv } from '../../domain/shared/csv.js';
import { XLSX_MEDIA_TYPE } from '../../exports/career-xlsx.js';
import { attestationProtocolFileName, renderAttestationProtocol } from '../../exports/pdf/attestation-protocol.js';
import { renderDashboardPdf } from '../../exports/pdf/hr-dashboard-pdf.js';
import { staffTable } from '../../exports/staff-table.js';
import { tableToXlsx } from '../../exports/table-xlsx.js';
import { MAX_IMPORT_ROWS } from '../../services/hr/staff-import.ops.js';
import type { Operations } from '../../services/operations/catalogue.js';
import { isLang } from '../locale.js';
import { type HttpBinding, bind } from '../operation-route.js';
import { tableUploadFormats } from '../table-upload.js';
import { dashboardTable } from '../../exports/hr-dashboard-table.js';

const tags = { staff: ['Staff'], attestation: ['Attestation'], plans: ['Development plans'] };
const ORG = '/v1/orgs/{orgId}';
/** Staff lists are files: larger than other writes, still bounded before they are read. */
const MAX_STAFF_FILE_BYTES = 20 * 1024 * 1024;
const langOf = (input: Record<string, unknown>) => (isLang(input.lang) ? input.lang : 'kk');

export function hrRoutes(ops: Operations): HttpBinding[] {
  const { staff, staffImport, attestation, attestationDocs, attestationTests, calendarFeeds, plans, hr } = ops;
  const ics = (calendar: {
    name: string;
    events: { uid: string; date: string; summary: string; description?: string | undefined }[];
  }) => ({
    file: {
      contentType: 'text/calendar; charset=utf-8',
      filename: 'attestations.ics',
      body: icalendar({ name: calendar.name, events: calendar.events, now: new Date() }),
    },
  });
  return [
    bind({ op: staff.list, method: 'get', path: `${ORG}/staff`, tags: tags.staff, language: true }),
    bind({ op: staff.create, method: 'post', path: `${ORG}/staff`, tags: tags.staff, status: 201, language: true }),
    bind({ op: staff.get, method: 'get', path: `${ORG}/staff/{staffId}`, tags: tags.staff, language: true }),
    bind({ op: staff.update, method: 'put', path: `${ORG}/staff/{staffId}`, tags: tags.staff, language: true }),
    bind({ op: staff.remove, method: 'delete', path: `${ORG}/staff/{staffId}`, tags: tags.staff }),
    bind({ op: staff.link, method: 'put', path: `${ORG}/staff/{staffId}/user`, tags: tags.staff }),
    bind({ op: staff.recompute, method: 'post', path: `${ORG}/staff-categories/recompute`, tags: tags.staff }),
    bind({
      op: staffImport.preview,
      method: 'post',
      path: `${ORG}/staff-imports`,
      tags: tags.staff,
      status: 201,
      language: true,
      description:
        'Body: the staff list as CSV (`text/csv`) or XLSX, or JSON `{rows}`. Headers and values may be Kazakh, Russian or English («Білімі: жоғары», «Образование: высшее»); `mappingId` reads the file with a saved mapping. Nothing is written to the register: the answer shows what would be added, changed and rejected (with reasons in `lang`), and its `importId` commits exactly that.',
      body: {
        field: 'file',
        maxBytes: MAX_STAFF_FILE_BYTES,
        formats: tableUploadFormats(
          'Табель №,Т.А.Ә.,Карточка коды,Деңгейі,Лауазымға тағайындалған күні,Білімі,Мамандығы\nT-001,Асанова Әйгерім,2635-3-001,5,01.09.2019,жоғары,әлеуметтік жұмыс',
          MAX_IMPORT_ROWS,
        ),
      },
    }),
    bind({ op: staffImport.commit, method: 'post', path: `${ORG}/staff-imports/{importId}/commit`, tags: tags.staff }),
    bind({ op: staffImport.mappings, method: 'get', path: `${ORG}/staff-mappings`, tags: tags.staff }),
    bind({ op: staffImport.saveMapping, method: 'put', path: `${ORG}/staff-mappings`, tags: tags.staff }),
    bind({
      op: staffImport.exportList,
      method: 'get',
      path: `${ORG}/staff-export`,
      tags: tags.staff,
      language: true,
      files: ['application/json', 'text/csv', XLSX_MEDIA_TYPE],
      description: 'The register in the import layout, headers and values in `lang`: `format=csv|xlsx` for a file.',
      render: async (result, input) => {
        if (input.format !== 'csv' && input.format !== 'xlsx') return undefined;
        const table = staffTable(result.records, langOf(input));
        return input.format === 'csv'
          ? { file: { contentType: 'text/csv; charset=utf-8', filename: 'staff.csv', body: stringifyCsv(table) } }
          : {
              file: {
                contentType: XLSX_MEDIA_TYPE,
                filename: 'staff.xlsx',
                body: new Uint8Array(await tableToXlsx('staff', table)),
              },
            };
      },
    }),
    bind({ op: attestation.policyGet, method: 'get', path: `${ORG}/attestation-policy`, tags: tags.attestation }),
    bind({ op: attestation.policySet, method: 'put', path: `${ORG}/attestation-policy`, tags: tags.attestation }),
    bind({ op: attestation.commissions, method: 'get', path: `${ORG}/commissions`, tags: tags.attestation }),
    bind({ op: attestation.commissionSave, method: 'post', path: `${ORG}/commissions`, tags: tags.attestation }),
    bind({ op: attestation.schedule, method: 'get', path: `${ORG}/attestation-schedule`, tags: tags.attestation }),
    bind({ op: attestation.create, method: 'post', path: `${ORG}/attestations`, tags: tags.attestation, status: 201 }),
    bind({
      op: attestationTests.onlineTests,
      method: 'get',
      path: `${ORG}/staff/{staffId}/online-tests`,
      tags: tags.attestation,
    }),
    bind({
      op: attestationTests.testingFromOnlineTest,
      method: 'post',
      path: `${ORG}/attestations/{attestationId}/testing-from-online-test`,
      tags: tags.attestation,
      language: true,
    }),
    bind({
      op: attestation.record,
      method: 'post',
      path: `${ORG}/attestations/{attestationId}/steps`,
      tags: tags.attestation,
      language: true,
    }),
    bind({
      op: attestationDocs.protocol,
      method: 'get',
      path: `${ORG}/attestations/{attestationId}/protocol`,
      tags: tags.attestation,
      language: true,
      files: ['application/pdf'],
      disposition: 'inline',
      description:
        'The commission’s protocol of a decided attestation, A4 PDF, in `lang` (kk or ru; en for reference).',
      render: async (protocol) => ({
        file: {
          contentType: 'application/pdf',
          filename: attestationProtocolFileName(protocol),
          body: new Uint8Array(await renderAttestationProtocol({ ...protocol, generatedAt: new Date() })),
        },
      }),
    }),
    bind({
      op: attestationDocs.calendar,
      method: 'get',
      path: `${ORG}/attestation-calendar`,
      tags: tags.attestation,
      language: true,
      files: ['text/calendar'],
      description:
        'Attestation dates as an iCalendar file: scheduled meetings, and each person’s due date until one is set.',
      render: async (calendar) => ics(calendar),
    }),
    bind({ op: calendarFeeds.list, method: 'get', path: `${ORG}/calendar-feeds`, tags: tags.attestation }),
    bind({
      op: calendarFeeds.create,
      method: 'post',
      path: `${ORG}/calendar-feeds`,
      tags: tags.attestation,
      status: 201,
    }),
    bind({
      op: calendarFeeds.revoke,
      method: 'delete',
      path: `${ORG}/calendar-feeds/{feedId}`,
      tags: tags.attestation,
    }),
    bind({
      op: calendarFeeds.read,
      method: 'get',
      path: '/v1/calendar-feeds/{secret}',
      tags: tags.attestation,
      files: ['text/calendar'],
      disposition: 'inline',
      description:
        'The subscription address a calendar application fetches: the attestation dates of one organisation, in the language chosen when the address was made. 404 once revoked, or once its maker may no longer read the register.',
      render: async (calendar) => ics(calendar),
    }),
    bind({
      op: plans.create,
      method: 'post',
      path: `${ORG}/staff/{staffId}/plans`,
      tags: tags.plans,
      status: 201,
      language: true,
    }),
    bind({
      op: plans.updateItem,
      method: 'put',
      path: `${ORG}/plans/{planId}/items/{itemId}`,
      tags: tags.plans,
    }),
    bind({
      op: plans.createOwn,
      method: 'post',
      path: '/v1/me/orgs/{orgId}/staff/{staffId}/plans',
      tags: tags.plans,
      status: 201,
      language: true,
    }),
    bind({ op: hr.mine, method: 'get', path: '/v1/me/staff', tags: tags.staff, language: true }),
    bind({
      op: hr.dashboard,
      method: 'get',
      path: `${ORG}/hr-dashboard`,
      tags: tags.staff,
      language: true,
      files: ['application/json', XLSX_MEDIA_TYPE, 'application/pdf'],
      description:
        'The dashboard as JSON, or `format=xlsx` (the category counts) or `format=pdf` (everything, A4 landscape), in `lang`.',
      render: async (result, input) => {
        if (input.format === 'pdf') {
          const pdf = await renderDashboardPdf({ ...result, lang: langOf(input), generatedAt: new Date() });
          return { file: { contentType: 'application/pdf', filename: 'hr-dashboard.pdf', body: new Uint8Array(pdf) } };
        }
        if (input.format !== 'xlsx') return undefined;
        const body = await tableToXlsx('dashboard', dashboardTable(result, langOf(input)));
        return { file: { contentType: XLSX_MEDIA_TYPE, filename: 'hr-dashboard.xlsx', body: new Uint8Array(body) } };
      },
    }),
    bind({ op: hr.aggregate, method: 'get', path: '/v1/hr/aggregate', tags: tags.staff }),
  ];
}
