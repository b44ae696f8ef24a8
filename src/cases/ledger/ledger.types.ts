import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum LedgerFormat {
  CSV = 'CSV',
  XLSX = 'XLSX',
}
registerEnumType(LedgerFormat, {
  name: 'LedgerFormat',
  description: 'The file format of an exported work ledger (工作台账格式).',
  valuesConfig: {
    CSV: { description: 'RFC 4180, UTF-8 with a byte-order mark (so Excel reads the Chinese), CRLF line ends.' },
    XLSX: { description: 'An Excel workbook: bold frozen header row, set column widths, A4 landscape print setup.' },
  },
});

@ArgsType()
export class WorkLedgerArgs {
  @Field({
    description:
      'Cases taken in (created) from this time, inclusive. The start of a day in Asia/Shanghai (e.g. 2026-05-01T00:00:00+08:00).',
  })
  from: Date;

  @Field({
    description:
      'Cases taken in before this time (exclusive). The start of a day in Asia/Shanghai, at most 366 days after "from".',
  })
  until: Date;

  @Field(() => LedgerFormat, { description: 'The file format to export (台账格式): CSV or XLSX.' })
  format: LedgerFormat;
}

@ObjectType({
  description: 'A generated file: its name, MIME type, how many case rows it holds, and its bytes in base64.',
})
export class LedgerFile {
  @Field({ description: 'The file name (文件名), 工作台账_<first day>_<last day>.csv or .xlsx.' })
  filename: string;

  @Field({ description: "The file's MIME type (文件类型)." })
  contentType: string;

  @Field(() => Int, { description: 'Case rows, not counting the header row.' })
  rowCount: number;

  @Field({ description: "The file's bytes, base64-encoded (文件内容)." })
  contentBase64: string;
}
