/**
 * The three example queries `hoctap demo` prints, one for each token it prints. The README shows
 * them, and test/e2e/readme.test.ts runs them as printed.
 */
export type DemoTokenHolder = 'communeOfficer' | 'provinceOfficer' | 'analyst';

export interface DemoQuery {
  /** Which printed token runs it. */
  as: DemoTokenHolder;
  title: string;
  query: string;
}

export const DEMO_TOKEN_LABELS: Record<DemoTokenHolder, string> = {
  communeOfficer: 'OFFICER of Xã Mỹ An Hưng (30178), the new commune that succeeded old Xã Tân Mỹ (30175)',
  provinceOfficer: 'OFFICER of Tỉnh Đồng Tháp (82), the new province that succeeded old Đồng Tháp (87)',
  analyst: 'ANALYST (aggregates only, small counts suppressed)',
};

export const DEMO_QUERIES: readonly DemoQuery[] = [
  {
    as: 'communeOfficer',
    title: "The commune's households in 2024, recorded on old Xã Tân Mỹ before the merger",
    // With a year and no asOf, a code is read as it stood that year: 30178 was Xã Mỹ An Hưng B then.
    query: `{
  evaluations(filter: { unitCode: "30178", asOf: "2025-07-01", year: 2024, modelKind: LEARNING_FAMILY }, first: 5) {
    totalCount
    nodes {
      state
      rating
      total
      subject {
        name
      }
      unit {
        name
      }
      recognitionDecision {
        number
        decidedOn
      }
    }
  }
}`,
  },
  {
    as: 'provinceOfficer',
    title: "A commune missing two standards in 2024, the province's study-promotion fund, a city's GNLC application",
    query: `{
  educationStandards(unitCode: "30172", year: 2024) {
    standard
    met
  }
  studyPromotionAssociations(unitCode: "82") {
    name
    funds {
      name
      balanceVnd
      entries {
        date
        kind
        amountVnd
        counterpart
      }
    }
  }
  gnlcApplications(filter: { unitCode: "87", asOf: "2025-06-30" }) {
    nodes {
      state
      callYear
      applicant {
        name
      }
    }
  }
}`,
  },
  {
    as: 'analyst',
    title: 'Learning families in new Đồng Tháp by year, 2023–2025, on the old and the new map alike',
    query: `{
  analytics(
    query: {
      measures: ["LEARNING_FAMILY_SHARE"]
      dimensions: [{ dimension: YEAR }]
      filters: { unitCode: "82", yearFrom: 2023, yearTo: 2025 }
    }
  ) {
    headers {
      name
    }
    rows
    notes
    roundedTo
  }
}`,
  },
];
