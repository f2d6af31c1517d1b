import { Arg, Ctx, DateScalar, listGnlcMemberships, Query, Resolver, type RequestContext } from '@hoctap/plugin-sdk';
import { DONG_THAP_GNLC_CITIES, PLAN_INTENT_SOURCE } from './gnlc.data.js';
import { DongThapGnlcCityType, DongThapGnlcStatus, DongThapGnlcIntent } from './gnlc.types.js';

const onOldMap = (day: string) => day <= '2025-06-30';

@Resolver()
export class DongThapGnlcResolver {
  @Query(() => [DongThapGnlcCityType], {
    description:
      "Đồng Tháp's cities in its 2021–2030 plan's GNLC task (II.2.b: Sa Đéc keeps its membership, Cao Lãnh and Hồng Ngự consider applying), each with its membership on the day asked (Cao Lãnh joined in 2022), and the source of each. Public, as UNESCO's list is.",
  })
  async dongThapGnlcCities(
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Default today.' }) asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<DongThapGnlcCityType[]> {
    const members = await listGnlcMemberships(ctx, asOf ?? ctx.today);
    return DONG_THAP_GNLC_CITIES.map((city) => {
      // Codes are reused across the 2025 reform: a membership is the city's when its code names a unit on the same map.
      const membership =
        members.find((m) => m.unitCode === city.unitCode && onOldMap(m.unitAsOf) === onOldMap(city.unitAsOf)) ?? null;
      return {
        unitCode: city.unitCode,
        name: city.name,
        intent: city.planIntent as DongThapGnlcIntent,
        intentSource: PLAN_INTENT_SOURCE,
        status: membership ? DongThapGnlcStatus.MEMBER : DongThapGnlcStatus.NOT_A_MEMBER,
        statusSource: membership?.source ?? null,
        membership,
      };
    });
  }
}
