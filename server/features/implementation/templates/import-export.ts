/** Templates as JSON and as an Excel workbook (one sheet of phases, one of tasks) a delivery team edits. */
import { spreadsheetRows } from '@server/core/spreadsheets';
import type { CustomerFlag, Segment } from '@shared/domain/customers';
import type { EvidenceKind } from '@shared/domain/implementation/vocab';
import type { Condition, Template, TemplateDraftInput } from '@shared/schemas/implementation';
import ExcelJS from 'exceljs';

export const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const phaseSheet = '阶段';
export const taskSheet = '任务';

const evidenceLabels: Record<EvidenceKind, string> = {
  none: '无',
  photo: '照片',
  file: '文件',
  note: '说明',
  signoff: '客户签字',
};
const segmentLabels: Record<Segment, string> = { smb: '小型', mid: '中型', large: '大型' };
const flagLabels: Record<CustomerFlag, string> = { coCreation: '共创', angel: '天使', benchmark: '标杆' };

const phaseColumns = ['阶段ID', '阶段', '工期(工作日)', '负责角色', '配合角色', '适用规模', '适用标记'];
const taskColumns = ['任务ID', '阶段', '任务', '指引', '凭证', '适用规模', '适用标记'];

/** The JSON a template exports as; POST /templates/import and PUT …/draft take it back unchanged. */
export function templateToJson(template: Template): TemplateDraftInput {
  return {
    name: template.name,
    segment: template.segment,
    description: template.description,
    phases: template.phases,
  };
}

const joinLabels = <K extends string>(keys: readonly K[] | undefined, labels: Record<K, string>) =>
  (keys ?? []).map((key) => labels[key]).join('、');

export async function templateToXlsx(template: Template): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const phases = workbook.addWorksheet(phaseSheet);
  phases.addRow(phaseColumns);
  const tasks = workbook.addWorksheet(taskSheet);
  tasks.addRow(taskColumns);
  for (const phase of template.phases) {
    phases.addRow([
      phase.id,
      phase.name,
      phase.durationDays,
      phase.ownerRole,
      phase.partnerRole ?? '',
      joinLabels(phase.condition?.segments, segmentLabels),
      joinLabels(phase.condition?.flags, flagLabels),
    ]);
    for (const task of phase.tasks) {
      tasks.addRow([
        task.id,
        phase.name,
        task.title,
        task.guidance,
        evidenceLabels[task.evidence],
        joinLabels(task.condition?.segments, segmentLabels),
        joinLabels(task.condition?.flags, flagLabels),
      ]);
    }
  }
  for (const sheet of [phases, tasks]) {
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column) => {
      column.width = 18;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Accepts either the code or the Chinese label; unknown words are passed through for validation to name. */
function fromLabel<K extends string>(value: string, labels: Record<K, string>): K {
  const entry = Object.entries(labels).find(([key, label]) => key === value || label === value);
  return (entry?.[0] ?? value) as K;
}

function conditionFrom(segments: string, flags: string): Condition | null {
  const split = (value: string) => value.split(/[、,，\s]+/).filter(Boolean);
  const condition: Condition = {};
  if (segments) condition.segments = split(segments).map((v) => fromLabel(v, segmentLabels));
  if (flags) condition.flags = split(flags).map((v) => fromLabel(v, flagLabels));
  return condition.segments || condition.flags ? condition : null;
}

/**
 * Reads the workbook into draft phases (unvalidated: the caller runs the schema, so every bad cell is named by
 * its path); tasks join their phase by the phase name in the 阶段 column. Row 1 of each sheet holds the headings.
 */
export async function phasesFromXlsx(bytes: Buffer): Promise<unknown[]> {
  const phases: string[][] = [];
  const tasks: string[][] = [];
  const sheets = new Map([
    [phaseSheet, phases],
    [taskSheet, tasks],
  ]);
  for await (const row of spreadsheetRows(bytes)) {
    const rows = sheets.get(row.sheet);
    const cells = Array.from({ length: 7 }, (_, i) => row.cells[i] ?? '');
    if (rows && row.number > 1 && cells.some(Boolean)) rows.push(cells);
  }
  return phases.map(([id = '', name = '', days = '', owner = '', partner = '', seg = '', flag = '']) => ({
    ...(id ? { id } : {}),
    name,
    durationDays: Number(days),
    ownerRole: owner,
    partnerRole: partner,
    condition: conditionFrom(seg, flag),
    tasks: tasks
      .filter((task) => task[1] === name)
      .map(([taskId = '', , title = '', guidance = '', evidence = '', tSeg = '', tFlag = '']) => ({
        ...(taskId ? { id: taskId } : {}),
        title,
        guidance,
        evidence: evidence ? fromLabel(evidence, evidenceLabels) : 'none',
        condition: conditionFrom(tSeg, tFlag),
      })),
  }));
}
