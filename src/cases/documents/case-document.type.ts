import { Field, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'A printable document of a case (.docx, for Word or WPS): its name, MIME type and bytes in base64.',
})
export class CaseDocumentFile {
  @Field({ description: 'e.g. 人民调解协议书_西北调字〔2026〕第15号.docx' })
  filename: string;

  @Field({ description: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' })
  contentType: string;

  @Field({ description: 'The file, base64-encoded.' })
  contentBase64: string;
}
