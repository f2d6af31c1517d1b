import { Arg, Ctx, DateScalar, Query, Resolver, type RequestContext } from '@hoctap/plugin-sdk';
import { listReportedResults, type ReportedResultView } from './reported-result.service.js';
import { HaNamReportedResultType } from './reported-result.types.js';

@Resolver(() => HaNamReportedResultType)
export class HaNamReportedResultResolver {
  @Query(() => [HaNamReportedResultType], {
    description:
      "Hà Nam's published learning-society results (steering committees, literacy and universal-education standards, community learning centres), by reporting day then indicator. Public.",
  })
  haNamReportedResults(
    @Arg('reportedBefore', () => DateScalar, {
      nullable: true,
      description: 'Only results reported strictly before this day; default all.',
    })
    reportedBefore: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportedResultView[]> {
    return listReportedResults(ctx, reportedBefore);
  }
}
