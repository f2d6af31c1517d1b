import { Arg, Query, Resolver } from 'type-graphql';
import { PROVINCE_DOCUMENTS, type ProvinceDocument } from './province-documents.data.js';
import { ProvinceDocumentType } from './province-documents.types.js';

/** Public documents, as plans are: every caller may read them. */
@Resolver(() => ProvinceDocumentType)
export class ProvinceDocumentResolver {
  @Query(() => [ProvinceDocumentType], {
    description:
      'Provincial learning-society documents no province plugin carries, e.g. a Standing Committee’s review of its Chỉ thị 19-CT/TU whose province the source does not name.',
  })
  provinceDocuments(
    @Arg('provinceCode', () => String, {
      nullable: true,
      description: 'Only documents of this province; leave out for all, including those whose province is unknown.',
    })
    provinceCode: string | null,
  ): ProvinceDocument[] {
    return PROVINCE_DOCUMENTS.filter((d) => !provinceCode || d.provinceCode === provinceCode);
  }
}
